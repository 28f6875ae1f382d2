/** Search over places and corridors (English and Chinese): a combobox with keyboard navigation. */
import { t } from '../i18n/format';
import { buildSearchEntries, search, type SearchHit } from '../state/search';
import type { ModelIndex } from '../state/selectors';
import type { Selection } from '../state/slices/selection-slice';
import type { AtlasStore } from '../state/store';
import { h } from './dom';

export function mountSearchBox(el: HTMLElement, store: AtlasStore, index: ModelIndex, onPick: (s: Selection) => void): void {
  const entries = buildSearchEntries(index);
  const input = h('input', {
    type: 'search', id: 'search-input', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-results',
    'data-i18n-label': 'searchLabel', 'data-i18n-placeholder': 'searchPlaceholder',
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', className: 'search-results', hidden: true });
  let results: SearchHit[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (entry: SearchHit): void => {
    input.value = '';
    close();
    onPick({ kind: entry.kind, id: entry.id });
  };
  const renderResults = (): void => {
    const { lang } = store.getState();
    if (input.value.trim() === '') {
      close();
      return;
    }
    results = search(entries, input.value, lang);
    list.replaceChildren(...(results.length ? results.map((r, i) => {
      // The other language's name, and the alias that matched ("Laos") so the result explains itself.
      const other = [r.alias, lang === 'zh' ? r.en : r.zh].filter((x) => x !== undefined).join(' · ');
      const li = h('li', { id: `search-option-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-kind': r.kind, 'data-id': r.id },
        h('span', {}, lang === 'zh' ? r.zh : r.en), h('span', { className: 'meta' }, ` ${other}`));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(r);
      });
      return li;
    }) : [h('li', { className: 'empty', role: 'option', 'aria-disabled': 'true' }, t(lang, 'searchNoResults'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    active = -1;
    renderResults();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!results.length) return;
      e.preventDefault();
      active = e.key === 'ArrowDown' ? (active + 1) % results.length : (active - 1 + results.length) % results.length;
      renderResults();
    } else if (e.key === 'Enter') {
      const entry = results[active >= 0 ? active : 0];
      if (entry && !list.hidden) {
        e.preventDefault();
        pick(entry);
      }
    } else if (e.key === 'Escape') {
      if (!list.hidden || input.value) {
        e.stopPropagation();
        input.value = '';
        close();
      }
    }
  });
  input.addEventListener('blur', close);
  el.replaceChildren(input, list);
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang && !list.hidden) renderResults();
  });
}
