/** The corridors as a table (corridor, direction, modes, legs, drawn length, key facts) in a dialog. */
import { asOfText, citationOf } from '../i18n/citation';
import { formatFactValue, t } from '../i18n/format';
import { DIRECTION_NAMES, MODE_NAMES } from '../i18n/strings';
import type { ModelIndex } from '../state/selectors';
import type { AtlasStore } from '../state/store';
import { h } from './dom';
import { mainRouteText } from './main-route-text';

export function mountTableView(dialog: HTMLDialogElement, store: AtlasStore, index: ModelIndex): void {
  const render = (): void => {
    const { lang } = store.getState();
    const close = h('button', { type: 'button', className: 'close', 'aria-label': t(lang, 'close') }, '×');
    close.addEventListener('click', () => store.getState().setTableOpen(false));
    const head = h('tr', {}, ...(['colCorridor', 'colDirection', 'colModes', 'colLegs', 'colDrawn', 'colKeyFacts'] as const).map((k) => h('th', { scope: 'col' }, t(lang, k))));
    const sources = { sourceById: index.sourceById, references: index.model.references };
    const rows = index.model.corridors.map((c) => {
      const name = h('button', { type: 'button', className: 'link', 'data-corridor': c.id }, c.name[lang]);
      name.addEventListener('click', () => {
        store.getState().select({ kind: 'corridor', id: c.id });
        store.getState().setTableOpen(false);
      });
      const facts = c.keyFacts.map((id) => index.factById.get(id)).filter((f) => f !== undefined)
        .map((f) => h('li', { 'data-fact': f.id }, `${f.label[lang]}: ${formatFactValue(f, lang)}`,
          h('span', { className: 'note' }, ` (${asOfText(f, lang)}; ${citationOf(f, sources, lang).kind})`)));
      return h('tr', {},
        h('th', { scope: 'row' }, name),
        h('td', {}, DIRECTION_NAMES[c.direction][lang]),
        h('td', {}, c.modes.map((m) => MODE_NAMES[m][lang]).join(lang === 'zh' ? '、' : ', ')),
        h('td', { className: 'num' }, String(c.legs.length)),
        h('td', { className: 'main-route' }, mainRouteText(index, c, lang)),
        h('td', {}, h('ul', { className: 'plain' }, ...facts)),
      );
    });
    dialog.replaceChildren(close, h('table', { className: 'corridor-table' },
      h('caption', {}, t(lang, 'tableTitle')),
      h('thead', {}, head),
      h('tbody', {}, ...rows),
    ), h('p', { className: 'note' }, t(lang, 'drawnNote')));
  };
  dialog.addEventListener('close', () => store.getState().setTableOpen(false));
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) render();
    if (s.tableOpen !== prev.tableOpen) {
      if (s.tableOpen && !dialog.open) dialog.showModal();
      if (!s.tableOpen && dialog.open) dialog.close();
    }
  });
  render();
}
