/** The headline figures: a compact list of key cited figures, each opening its fact. */
import { formatFactValue, t } from '../i18n/format';
import type { ModelIndex } from '../state/selectors';
import type { AtlasStore } from '../state/store';
import { h } from './dom';
import { factElementId } from './fact-item';

/** Fact ids shown as headline figures, in order. */
export const HEADLINE_FACTS = ['lsc-ports-2022-09', 'lsc-countries-2022-09', 'cer-10000th-train', 'lsc-rail-sea-trains', 'air-intl-routes', 'cer-node-cities'] as const;

/** Select the fact's corridor and bring the fact into view in the details panel. */
export function openFact(store: AtlasStore, index: ModelIndex, factId: string): void {
  const fact = index.factById.get(factId);
  const corridor = fact?.refs.find((r) => index.corridorById.has(r));
  if (!corridor) return;
  store.getState().select({ kind: 'corridor', id: corridor });
  const el = document.getElementById(factElementId(factId));
  if (el) {
    el.classList.add('flash');
    el.scrollIntoView({ block: 'nearest' });
    el.focus({ preventScroll: true });
  }
}

export function mountHeadlinePanel(section: HTMLElement, store: AtlasStore, index: ModelIndex): void {
  const render = (): void => {
    const { lang } = store.getState();
    const items = HEADLINE_FACTS.map((id) => index.factById.get(id)).filter((f) => f !== undefined).map((f) => {
      const button = h('button', { type: 'button', className: 'headline', 'data-fact': f.id },
        h('span', { className: 'headline-value' }, formatFactValue(f, lang)),
        h('span', { className: 'headline-label' }, f.label[lang]),
      );
      button.addEventListener('click', () => openFact(store, index, f.id));
      return h('li', {}, button);
    });
    section.replaceChildren(h('h2', {}, t(lang, 'headlineTitle')), h('ul', { className: 'headline-list' }, ...items));
  };
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) render();
  });
  render();
}
