/** The mode legend: a swatch and a name per mode, so colour is never the only cue. */
import { MODE_COLORS } from '../map/palette';
import { MODES, type Mode } from '../model/types';

export const MODE_NAMES: Readonly<Record<Mode, string>> = {
  rail: 'Rail', river: 'River', sea: 'Sea', road: 'Road', air: 'Air', data: 'Data link',
};

export function renderLegend(list: HTMLElement, modesInUse: ReadonlySet<Mode>): void {
  list.replaceChildren(...MODES.filter((m) => modesInUse.has(m)).map((mode) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = `rgb(${MODE_COLORS[mode].join(' ')})`;
    const name = document.createElement('span');
    name.textContent = MODE_NAMES[mode];
    li.append(swatch, name);
    return li;
  }));
}
