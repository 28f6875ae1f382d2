/** The corridors as a keyboard-reachable list of buttons (the map is not needed to reach them). */
import { DIRECTION_NAMES, MODE_NAMES } from '../i18n/strings';
import type { ModelIndex } from '../state/selectors';
import type { Selection } from '../state/slices/selection-slice';
import type { AtlasStore } from '../state/store';
import { h } from './dom';
import { mainRouteText } from './main-route-text';

export function mountCorridorList(list: HTMLElement, store: AtlasStore, index: ModelIndex, onPick: (s: Selection | null) => void): void {
  const render = (): void => {
    const { lang, selection } = store.getState();
    list.replaceChildren(...index.model.corridors.map((c) => {
      const current = selection?.kind === 'corridor' && selection.id === c.id;
      const b = h('button', { type: 'button', className: 'corridor-button', 'data-corridor': c.id, 'aria-current': current ? 'true' : undefined },
        h('span', { className: 'corridor-name' }, c.name[lang]),
        h('span', { className: 'meta' }, `${DIRECTION_NAMES[c.direction][lang]} · ${c.modes.map((m) => MODE_NAMES[m][lang]).join(lang === 'zh' ? '、' : ', ')}`),
        h('span', { className: 'meta main-route' }, mainRouteText(index, c, lang)),
      );
      b.addEventListener('click', () => onPick(current ? null : { kind: 'corridor', id: c.id }));
      return h('li', { 'data-corridor': c.id }, b);
    }));
  };
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.selection !== prev.selection) {
      const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement.dataset.corridor : undefined;
      render();
      if (focused) list.querySelector<HTMLElement>(`button[data-corridor="${focused}"]`)?.focus();
    }
  });
  render();
}
