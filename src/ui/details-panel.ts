/** The details of the selected corridor or place: every fact with its source and quote. */
import { formatKm, t } from '../i18n/format';
import { DIRECTION_NAMES, MODE_NAMES } from '../i18n/strings';
import type { ModelFact } from '../model/schema';
import type { Lang } from '../model/types';
import type { ModelIndex } from '../state/selectors';
import type { Selection } from '../state/slices/selection-slice';
import { selectFacts, selectPlaceCorridors } from '../state/selectors';
import type { AtlasStore } from '../state/store';
import { h } from './dom';
import { mainRouteText } from './main-route-text';
import { renderFact } from './fact-item';

function factList(index: ModelIndex, facts: readonly ModelFact[], lang: Lang): HTMLUListElement {
  const sources = { sourceById: index.sourceById, references: index.model.references };
  return h('ul', { className: 'fact-list' }, ...facts.map((f) => renderFact(f, sources, lang)));
}

/** Background contexts shown with a corridor: a titled section each, apart from its own facts. */
function contextSections(index: ModelIndex, contextIds: readonly string[], lang: Lang): Node[] {
  return index.model.contexts.filter((c) => contextIds.includes(c.id)).flatMap((c) => {
    const facts = index.model.facts.filter((f) => f.context === c.id);
    return facts.length ? [h('h3', { className: 'context-title', 'data-context': c.id }, c.title[lang]), factList(index, facts, lang)] : [];
  });
}

function corridorDetails(index: ModelIndex, id: string, lang: Lang): Node[] {
  const c = index.corridorById.get(id);
  if (!c) return [];
  const facts = selectFacts(index, { kind: 'corridor', id });
  const key = facts.filter((f) => c.keyFacts.includes(f.id));
  const rest = facts.filter((f) => !c.keyFacts.includes(f.id));
  const legs = index.legsByCorridor.get(id) ?? [];
  const nodes: Array<Node | null> = [
    h('h2', { id: 'details-title', className: 'details-title' }, c.name[lang]),
    h('p', { className: 'details-meta' }, `${DIRECTION_NAMES[c.direction][lang]} · ${c.modes.map((m) => MODE_NAMES[m][lang]).join(lang === 'zh' ? '、' : ', ')}`),
    h('p', { className: 'details-route main-route' }, mainRouteText(index, c, lang)),
    h('p', { className: 'details-summary' }, c.summary[lang]),
    h('h3', {}, t(lang, 'keyFactsTitle')),
    factList(index, key, lang),
    h('h3', {}, t(lang, 'legsTitle')),
    h('ul', { className: 'leg-list' }, ...legs.map((l) => h('li', { 'data-leg': l.properties.id },
      h('span', { className: `mode-dot mode-${l.properties.mode}`, 'aria-hidden': 'true' }),
      `${l.properties.name[lang]} — ${MODE_NAMES[l.properties.mode][lang]}, ${t(lang, 'drawnKm', { km: formatKm(l.properties.drawnKm, lang) })}`,
      l.properties.inferred ? h('span', { className: 'badge' }, t(lang, 'inferred')) : null,
      l.properties.onward ? h('span', { className: 'badge', title: t(lang, 'onwardNote') }, t(lang, 'onward')) : null,
    ))),
    h('p', { className: 'note' }, t(lang, 'drawnNote')),
    rest.length ? h('h3', {}, t(lang, 'factsTitle')) : null,
    rest.length ? factList(index, rest, lang) : null,
    ...contextSections(index, c.contexts, lang),
  ];
  return nodes.filter((n): n is Node => n !== null);
}

/** A destination's panel offers the route comparison to it (the planner then takes over the panel). */
function compareButton(store: AtlasStore, id: string, lang: Lang): HTMLButtonElement {
  const button = h('button', { type: 'button', className: 'chip compare-here', id: 'compare-here' }, t(lang, 'compareHere'));
  button.addEventListener('click', () => {
    store.getState().select(null);
    store.getState().setPlanner(id);
  });
  return button;
}

function placeDetails(index: ModelIndex, id: string, lang: Lang, onPick: (s: Selection) => void, store: AtlasStore): Array<Node | null> {
  const p = index.placeById.get(id);
  if (!p) return [];
  const facts = selectFacts(index, { kind: 'place', id });
  const [lon, lat] = p.geometry.coordinates;
  return [
    h('h2', { id: 'details-title', className: 'details-title' }, p.properties.name[lang]),
    h('p', { className: 'details-meta' }, `${lat.toFixed(3)}°, ${lon.toFixed(3)}° · ${t(lang, 'coordSource')}: ${p.properties.coordSource}${p.properties.coordNote ? ` (${p.properties.coordNote})` : ''}`),
    p.properties.role === 'destination' ? compareButton(store, id, lang) : null,
    h('h3', {}, t(lang, 'corridorsHere')),
    h('ul', { className: 'chip-list' }, ...selectPlaceCorridors(index, id).map((c) => {
      const button = h('button', { type: 'button', className: 'chip', 'data-corridor': c.id }, c.short[lang]);
      button.addEventListener('click', () => onPick({ kind: 'corridor', id: c.id }));
      return h('li', {}, button);
    })),
    h('h3', {}, t(lang, 'factsTitle')),
    facts.length ? factList(index, facts, lang) : h('p', { className: 'note' }, t(lang, 'noFacts')),
  ];
}

/** `onPick`: the one selection path (a place's corridor chip selects, fits the camera and focuses the heading). */
export function mountDetailsPanel(section: HTMLElement, store: AtlasStore, index: ModelIndex, onPick: (s: Selection) => void): void {
  const render = (): void => {
    const { selection, lang } = store.getState();
    if (!selection) {
      section.hidden = true;
      section.replaceChildren();
      return;
    }
    const close = h('button', { type: 'button', className: 'close', 'aria-label': t(lang, 'close') }, '×');
    close.addEventListener('click', () => store.getState().select(null));
    const body = selection.kind === 'corridor' ? corridorDetails(index, selection.id, lang) : placeDetails(index, selection.id, lang, onPick, store).filter((n): n is Node => n !== null);
    section.replaceChildren(close, ...body);
    // The heading takes focus when a corridor or place is chosen (not a tab stop of its own).
    section.querySelector('#details-title')?.setAttribute('tabindex', '-1');
    section.hidden = false;
    // Bring the details into view (on a phone the panel is a sheet scrolled to the list).
    section.parentElement?.scrollTo({ top: 0 });
  };
  store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.lang !== prev.lang) render();
  });
  render();
}
