/** The headline figures: a compact list of key cited figures, each opening its fact. */
import { formatFactValue, t } from '../i18n/format';
import type { ModelIndex } from '../state/selectors';
import type { Selection } from '../state/slices/selection-slice';
import type { AtlasStore } from '../state/store';
import { h } from './dom';
import { factElementId } from './fact-item';

/** Fact ids shown as headline figures, in order. */
export const HEADLINE_FACTS = ['lsc-ports-2022-09', 'lsc-countries-2022-09', 'cer-10000th-train', 'lsc-rail-sea-trains', 'air-intl-routes', 'cer-node-cities'] as const;

/**
 * Select the fact's corridor through the one selection path (`onPick`: the camera moves as for the
 * list and search) and bring the fact itself into view and focus in the details panel.
 */
export function openFact(index: ModelIndex, factId: string, onPick: (s: Selection) => void): void {
  const fact = index.factById.get(factId);
  const corridor = fact?.refs.find((r) => index.corridorById.has(r));
  if (!corridor) return;
  onPick({ kind: 'corridor', id: corridor });
  const el = document.getElementById(factElementId(factId));
  if (el) {
    el.classList.add('flash');
    el.scrollIntoView({ block: 'nearest' });
    el.focus({ preventScroll: true });
  }
}

export function mountHeadlinePanel(section: HTMLElement, store: AtlasStore, index: ModelIndex, onPick: (s: Selection) => void): void {
  const render = (): void => {
    const { lang } = store.getState();
    const items = HEADLINE_FACTS.map((id) => index.factById.get(id)).filter((f) => f !== undefined).map((f) => {
      const button = h('button', { type: 'button', className: 'headline', 'data-fact': f.id },
        h('span', { className: 'headline-value' }, formatFactValue(f, lang)),
        h('span', { className: 'headline-label' }, f.label[lang]),
      );
      button.addEventListener('click', () => openFact(index, f.id, onPick));
      return h('li', {}, button);
    });
    section.replaceChildren(h('h2', {}, t(lang, 'headlineTitle')), h('ul', { className: 'headline-list' }, ...items));
  };
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) render();
  });
  render();
}
