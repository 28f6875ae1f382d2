/**
 * The corridors as a table (corridor, direction, modes, legs, drawn length, key facts) in a dialog.
 * Below 600 px the same table is laid out as one card per corridor (styles.css, phone17 block):
 * each cell then shows its column's name from a label the table view hides, and explicit roles keep
 * the table's semantics where the browser drops them for a non-table display.
 */
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
    const head = h('tr', { role: 'row' }, ...(['colCorridor', 'colDirection', 'colModes', 'colLegs', 'colDrawn', 'colKeyFacts'] as const).map((k) => h('th', { scope: 'col', role: 'columnheader' }, t(lang, k))));
    // A cell with its column's name, shown only in the card layout (screen readers have the header).
    const cell = (label: 'colDirection' | 'colModes' | 'colLegs' | 'colDrawn' | 'colKeyFacts', className: string, ...content: (Node | string)[]): HTMLTableCellElement =>
      h('td', { role: 'cell', className }, h('span', { className: 'cell-label', 'aria-hidden': 'true' }, t(lang, label)), ...content);
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
      return h('tr', { role: 'row' },
        h('th', { scope: 'row', role: 'rowheader' }, name),
        cell('colDirection', 'direction', DIRECTION_NAMES[c.direction][lang]),
        cell('colModes', 'modes', c.modes.map((m) => MODE_NAMES[m][lang]).join(lang === 'zh' ? '、' : ', ')),
        cell('colLegs', 'num', String(c.legs.length)),
        cell('colDrawn', 'drawn', h('span', { className: 'main-route' }, mainRouteText(index, c, lang))),
        cell('colKeyFacts', 'key-facts', h('ul', { className: 'plain' }, ...facts)),
      );
    });
    dialog.replaceChildren(close, h('table', { className: 'corridor-table', role: 'table' },
      h('caption', {}, t(lang, 'tableTitle')),
      h('thead', { role: 'rowgroup' }, head),
      h('tbody', { role: 'rowgroup' }, ...rows),
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
