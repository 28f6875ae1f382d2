/**
 * The legend is also the filter: toggle directions and modes (buttons with aria-pressed). Below them,
 * what the line styles mean: dashed for an inferred routing, and the origin-destination arcs.
 */
import { t } from '../i18n/format';
import { DIRECTION_NAMES, MODE_NAMES } from '../i18n/strings';
import { FLOW_ARC_COLORS, MODE_COLORS } from '../map/palette';
import { DIRECTIONS, MODES } from '../model/types';
import type { AtlasStore } from '../state/store';
import { h } from './dom';

/** A short arc in the flow colour of each theme (styles.css picks the theme's), faint at its origin. */
function flowSample(): HTMLElement {
  const sample = h('span', { className: 'flow-sample', 'aria-hidden': 'true' });
  sample.style.setProperty('--flow-dark', `rgb(${FLOW_ARC_COLORS.dark.join(' ')})`);
  sample.style.setProperty('--flow-light', `rgb(${FLOW_ARC_COLORS.light.join(' ')})`);
  return sample;
}

export function mountFilterLegend(section: HTMLElement, store: AtlasStore): void {
  const render = (): void => {
    const { lang, directions, modes } = store.getState();
    const dirButtons = DIRECTIONS.map((d) => {
      const b = h('button', { type: 'button', className: 'toggle', 'aria-pressed': String(directions.includes(d)), 'data-direction': d }, DIRECTION_NAMES[d][lang]);
      b.addEventListener('click', () => store.getState().toggleDirection(d));
      return h('li', {}, b);
    });
    const modeButtons = MODES.map((m) => {
      const swatch = h('span', { className: `swatch swatch-${m}`, 'aria-hidden': 'true' });
      swatch.style.setProperty('--swatch', `rgb(${MODE_COLORS[m].join(' ')})`);
      const b = h('button', { type: 'button', className: 'toggle', 'aria-pressed': String(modes.includes(m)), 'data-mode': m }, swatch, MODE_NAMES[m][lang]);
      b.addEventListener('click', () => store.getState().toggleMode(m));
      return h('li', {}, b);
    });
    section.replaceChildren(
      h('h2', {}, t(lang, 'filtersTitle')),
      h('h3', { id: 'dir-title' }, t(lang, 'directionsTitle')),
      h('ul', { className: 'toggle-list', 'aria-labelledby': 'dir-title' }, ...dirButtons),
      h('h3', { id: 'mode-title' }, t(lang, 'modesTitle')),
      h('ul', { className: 'toggle-list', 'aria-labelledby': 'mode-title' }, ...modeButtons),
      h('p', { className: 'note legend-note' }, h('span', { className: 'dash-sample', 'aria-hidden': 'true' }), t(lang, 'inferred')),
      h('p', { className: 'note legend-note legend-flow' }, flowSample(), t(lang, 'flowArcLegend')),
    );
  };
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.directions !== prev.directions || s.modes !== prev.modes) {
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset : undefined;
      const key = focused?.direction ? `[data-direction="${focused.direction}"]` : focused?.mode ? `[data-mode="${focused.mode}"]` : null;
      render();
      if (key) section.querySelector<HTMLElement>(key)?.focus();
    }
  });
  render();
}
