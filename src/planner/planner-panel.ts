/**
 * The route planner's panel (loaded on demand): a destination, passages to close, the cargo weight
 * per TEU, and the options side by side: a sortable table, how each figure was computed with its
 * sources, the factor table, and a CSV of the same rows. On the map the options' legs stay bright
 * and everything else dims; lanes re-routed round closed passages are drawn over the legs they
 * replace. Text from the data is always set as text.
 */
import './planner.css';
import { formatKm } from '../i18n/format';
import { MODE_NAMES } from '../i18n/strings';
import type { ModelFact } from '../model/schema';
import type { RoutesFile } from '../model/routes';
import type { Mark } from '../geo/frame';
import type { FactId, Lang } from '../model/types';
import type { ModelIndex } from '../state/selectors';
import type { PlannerLane } from '../state/slices/planner-slice';
import type { AtlasState, AtlasStore } from '../state/store';
import { h } from '../ui/dom';
import { renderFact } from '../ui/fact-item';
import { compareRoutes, type Comparison, type RouteRow } from './compare';
import { pt, type PlannerKey } from './strings';
import { comparisonCsv, sortRows, type SortKey } from './table';

export interface PlannerDeps {
  store: AtlasStore;
  index: ModelIndex;
  routes: RoutesFile;
  root: HTMLElement;
  announce: (text: string) => void;
  warn: (text: string) => void;
  /** The link named a view (`map=`): the first comparison keeps it instead of framing the options. */
  linkedView: boolean;
}

/** Pixels kept around every point of an option's lines when the camera frames them. */
const MARK_PAD = 10;

/**
 * What the camera frames for a comparison: both ends of every step of every option, as each leg is
 * drawn (unwrapped from its own start, so Los Angeles lies east of Ningbo, not west of Chongqing).
 * Lanes re-routed round a closed passage are left out: round the Cape or across the Pacific they
 * are wider than any screen, and framing them would push the destination off the map.
 */
export function optionMarks(c: Comparison, legCoords: (leg: string) => ReadonlyArray<readonly [number, number]> | undefined): Mark[] {
  const marks: Mark[] = [];
  for (const r of c.routes) {
    for (const st of r.steps) {
      const coords = legCoords(st.leg);
      const first = coords?.[0];
      const last = coords?.[coords.length - 1];
      for (const p of [first, last]) if (p) marks.push({ lng: p[0], lat: p[1], left: MARK_PAD, right: MARK_PAD, top: MARK_PAD, bottom: MARK_PAD });
    }
  }
  return marks;
}

const COLUMNS: ReadonlyArray<{ key: SortKey | null; label: PlannerKey; numeric: boolean }> = [
  { key: 'option', label: 'colOption', numeric: false },
  { key: 'distanceKm', label: 'colDrawn', numeric: true },
  { key: 'officialKm', label: 'colCited', numeric: true },
  { key: 'days', label: 'colDays', numeric: true },
  { key: 'transshipments', label: 'colTransfers', numeric: true },
  { key: 'borders', label: 'colBorders', numeric: true },
  { key: 'passages', label: 'colPassages', numeric: false },
  { key: 'co2eKgPerTeu', label: 'colCo2Teu', numeric: true },
  { key: 'co2eKgPerTonne', label: 'colCo2Tonne', numeric: true },
];

const num = (n: number, lang: Lang): string => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 });
const days = (min: number, max: number, lang: Lang): string => (Math.round(min) === Math.round(max) ? num(Math.round(min), lang) : `${num(Math.round(min), lang)}–${num(Math.round(max), lang)}`);

function placeName(index: ModelIndex, id: string, lang: Lang): string {
  return index.placeById.get(id)?.properties.name[lang] ?? id;
}

function sourceText(index: ModelIndex, fact: ModelFact | undefined, lang: Lang): string {
  if (!fact) return '';
  const ref = index.model.references.find((r) => r.id === fact.source);
  return ref ? `${pt(lang, 'kindExternal')}: ${ref.publisher}, “${ref.title}”, ${ref.date}` : fact.source;
}

/** "China-Europe Railway Express · rail" and the places where it changes vehicle. */
function optionName(index: ModelIndex, row: RouteRow, lang: Lang): { name: string; via: string } {
  const corridor = row.id.split(':')[0] ?? '';
  const c = index.corridorById.get(corridor);
  const name = c ? c.short[lang] : corridor;
  const via = row.transferPlaces.length ? pt(lang, 'via', { places: row.transferPlaces.map((p) => placeName(index, p, lang)).join(lang === 'zh' ? '、' : ', ') }) : '';
  return { name, via };
}

function passageNames(routes: RoutesFile, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => routes.passages.find((p) => p.id === id)?.short[lang] ?? id).join(lang === 'zh' ? '、' : ', ') || pt(lang, 'none');
}

function signed(n: number, lang: Lang): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatKm(Math.abs(n), lang)}`;
}

function rowCells(deps: PlannerDeps, row: RouteRow, lang: Lang): HTMLTableRowElement {
  const { index, routes } = deps;
  const { name, via } = optionName(index, row, lang);
  const dash = pt(lang, 'none');
  const basis = row.days ? h('span', { className: `badge badge--${row.days.basis}` }, pt(lang, row.days.basis)) : null;
  const delta = row.distanceKm !== null && row.distanceKm !== row.baseDistanceKm ? h('span', { className: 'planner-delta' }, pt(lang, 'change', { delta: signed(row.distanceKm - row.baseDistanceKm, lang) })) : null;
  const dayDelta = row.days && (row.days.min !== row.baseDays.min || row.days.max !== row.baseDays.max)
    ? h('span', { className: 'planner-delta' }, pt(lang, 'dayChange', { min: num(Math.round(row.days.min - row.baseDays.min), lang), max: num(Math.round(row.days.max - row.baseDays.max), lang) }))
    : null;
  return h('tr', { 'data-option': row.id, 'data-blocked': row.blocked ? 'true' : undefined, tabindex: 0 },
    h('th', { scope: 'row' },
      h('span', { className: 'planner-option' }, name),
      h('span', { className: 'planner-modes' }, row.modes.map((m) => MODE_NAMES[m][lang]).join(' › ')),
      via ? h('span', { className: 'planner-via' }, via) : null,
      row.blocked ? h('span', { className: 'planner-blocked' }, pt(lang, 'blocked')) : null),
    h('td', { className: 'num', 'data-col': 'distanceKm' }, row.distanceKm === null ? dash : formatKm(row.distanceKm, lang), delta),
    h('td', { className: 'num', 'data-col': 'officialKm' }, row.officialKm === null ? dash : formatKm(row.officialKm, lang)),
    h('td', { className: 'num', 'data-col': 'days' }, row.days ? days(row.days.min, row.days.max, lang) : dash, ' ', basis, dayDelta),
    h('td', { className: 'num' }, num(row.transshipments, lang)),
    h('td', { className: 'num' }, num(row.borders, lang)),
    h('td', {}, passageNames(routes, row.passages, lang)),
    h('td', { className: 'num', 'data-col': 'co2eKgPerTeu' }, row.co2eKgPerTeu === null ? dash : num(row.co2eKgPerTeu, lang)),
    h('td', { className: 'num' }, row.co2eKgPerTonne === null ? dash : num(row.co2eKgPerTonne, lang)),
  );
}

/** How each figure of an option was computed: days by stretch with sources or assumptions, CO2 by mode. */
function explanation(deps: PlannerDeps, row: RouteRow, lang: Lang, fact: (id: FactId) => ModelFact | undefined): HTMLDetailsElement {
  const { index } = deps;
  const { name } = optionName(index, row, lang);
  const parts = row.daysParts.map((p) => {
    const vars = { from: placeName(index, p.from, lang), to: placeName(index, p.to, lang), min: num(Math.round(p.min * 10) / 10, lang), max: num(Math.round(p.max * 10) / 10, lang) };
    if (p.basis === 'cited') return h('li', { 'data-basis': 'cited' }, pt(lang, 'partCited', { ...vars, source: p.facts.map((f) => sourceText(index, fact(f), lang)).join('; ') }));
    const a = p.assumption;
    if (a?.kind === 'transfer') return h('li', { 'data-basis': 'estimate' }, pt(lang, 'partTransfer', { ...vars, at: placeName(index, a.at, lang) }));
    if (a?.kind === 'flight') return h('li', { 'data-basis': 'estimate' }, pt(lang, 'partFlight', vars));
    const speed = a?.kind === 'speed' ? deps.routes.assumptions.kmPerDay[a.mode as 'rail' | 'road' | 'river' | 'sea'] : undefined;
    return h('li', { 'data-basis': 'estimate' }, pt(lang, 'partSpeed', { ...vars, km: formatKm(a?.kind === 'speed' ? a.km : 0, lang), mode: a?.kind === 'speed' ? MODE_NAMES[a.mode][lang] : '', min: num(speed?.min ?? 0, lang), max: num(speed?.max ?? 0, lang) }));
  });
  const co2 = row.co2Parts.map((p) => {
    const f = p.fact ? fact(p.fact) : undefined;
    const factor = f && f.kind === 'quantity' ? `${num(f.value, lang)} ${f.unit}` : pt(lang, 'noFactor');
    return h('li', {}, pt(lang, 'co2Part', { mode: MODE_NAMES[p.mode][lang], km: formatKm(p.km, lang), basis: pt(lang, p.kmBasis === 'cited' ? 'kmCited' : 'kmDrawn'), factor, kg: p.kgPerTeu === null ? pt(lang, 'none') : num(p.kgPerTeu, lang) }));
  });
  return h('details', { className: 'planner-how', 'data-option': row.id },
    h('summary', {}, name),
    h('h4', {}, pt(lang, 'colDays')), h('ul', {}, ...parts),
    h('h4', {}, pt(lang, 'colCo2Teu')), h('ul', {}, ...co2),
  );
}

function footnote(deps: PlannerDeps, lang: Lang, fact: (id: FactId) => ModelFact | undefined): HTMLElement {
  const { routes, index } = deps;
  const sources = { sourceById: index.sourceById, references: index.model.references };
  const factors = routes.factors.rows.map((r) => fact(r.fact)).filter((f): f is ModelFact => f !== undefined);
  return h('div', { className: 'planner-footnote' },
    h('p', {}, pt(lang, 'footnote', { assumptions: routes.assumptions.id, factors: routes.factors.id })),
    h('ul', { className: 'fact-list' }, ...factors.map((f) => renderFact(f, sources, lang))),
    h('p', { className: 'note' }, pt(lang, 'inferred')),
  );
}

export function mountPlanner(deps: PlannerDeps): () => void {
  const { store, index, routes, root } = deps;
  const factById = new Map(index.model.facts.map((f) => [f.id, f]));
  const fact = (id: FactId): ModelFact | undefined => factById.get(id);
  let sortKey: SortKey | null = null;
  let sortDir: 'ascending' | 'descending' = 'ascending';
  let last: Comparison | null = null;
  let lastKey = '';
  let keepView = deps.linkedView;
  const destinations = routes.destinations.map((d) => d.place);

  const legsOf = (row: RouteRow): string[] => row.steps.map((s) => s.leg);
  const legById = new Map(index.legs.map((l) => [l.properties.id as string, l.geometry.coordinates]));
  const legCoords = (leg: string): ReadonlyArray<readonly [number, number]> | undefined => legById.get(leg);

  const updateMap = (c: Comparison | null): void => {
    const s = store.getState();
    if (!c) {
      if (s.plannerLegs.length || s.plannerLanes.length) s.setPlannerMap([], []);
      return;
    }
    const legs = [...new Set(c.routes.flatMap(legsOf))];
    const lanes: PlannerLane[] = c.routes.flatMap((r) => r.steps.flatMap((st) => (st.line !== undefined && routes.lines[st.line] ? [{ id: st.leg, path: routes.lines[st.line] as Array<[number, number]> }] : [])));
    const unique = lanes.filter((l, i) => lanes.findIndex((m) => m.id === l.id) === i);
    s.setPlannerMap(legs, unique);
  };

  const download = (c: Comparison): void => {
    const url = URL.createObjectURL(new Blob([comparisonCsv(c)], { type: 'text/csv;charset=utf-8' }));
    const a = h('a', { href: url, download: `routes-chongqing-${c.to}${c.closed.length ? `-closed-${c.closed.join('-')}` : ''}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const render = (s: AtlasState): void => {
    const lang = s.lang;
    if (s.plannerTo === null) {
      root.hidden = true;
      root.replaceChildren();
      last = null;
      lastKey = '';
      updateMap(null);
      return;
    }
    const tonnes = s.tonnesPerTeu ?? routes.factors.defaultTonnesPerTeu;
    const result = compareRoutes(routes, fact, s.plannerTo, s.closed, tonnes);
    if ('error' in result) {
      deps.warn(`to="${s.plannerTo}" is not a destination of the route planner; ignoring it`);
      s.setPlanner(null);
      return;
    }
    const key = `${result.to}|${result.closed.join(',')}`;
    if (key !== lastKey) {
      deps.announce(pt(lang, 'announce', { n: result.routes.length, to: placeName(index, result.to, lang) }));
      if (!keepView) s.requestCamera({ kind: 'frame', marks: optionMarks(result, legCoords) });
      lastKey = key;
      keepView = false;
    }
    last = result;
    const rows = sortKey ? sortRows(result.routes, sortKey, sortDir) : result.routes;

    const select = h('select', { id: 'planner-to' }, ...destinations
      .map((d) => ({ d, name: placeName(index, d, lang) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang === 'zh' ? 'zh-CN' : 'en'))
      .map(({ d, name }) => h('option', { value: d, selected: d === result.to }, name)));
    select.addEventListener('change', () => store.getState().setPlanner(select.value));

    const passages = h('fieldset', { className: 'planner-passages' }, h('legend', {}, pt(lang, 'closedLegend')),
      ...routes.passages.map((p) => {
        const box = h('input', { type: 'checkbox', id: `planner-closed-${p.id}`, value: p.id, checked: result.closed.includes(p.id) });
        box.addEventListener('change', () => {
          const now = store.getState().closed;
          store.getState().setClosed(box.checked ? routes.passages.map((x) => x.id).filter((id) => id === p.id || now.includes(id)) : now.filter((id) => id !== p.id));
        });
        return h('label', { className: 'planner-passage' }, box, ` ${p.name[lang]}`);
      }));

    const tonnesInput = h('input', { type: 'number', id: 'planner-tonnes', min: 1, max: 40, step: 0.5, value: tonnes, inputmode: 'decimal' });
    tonnesInput.addEventListener('change', () => {
      const v = Number(tonnesInput.value);
      store.getState().setTonnesPerTeu(Number.isFinite(v) && v >= 1 && v <= 40 ? v : null);
    });

    const head = h('tr', {}, ...COLUMNS.map((col) => {
      const label = pt(lang, col.label);
      if (!col.key) return h('th', { scope: 'col', className: col.numeric ? 'num' : undefined }, label);
      const key = col.key;
      const button = h('button', { type: 'button', className: 'planner-sort', 'data-sort': key, title: pt(lang, 'sort', { col: label }) }, label);
      button.addEventListener('click', () => {
        sortDir = sortKey === key && sortDir === 'ascending' ? 'descending' : 'ascending';
        sortKey = key;
        render(store.getState());
        root.querySelector<HTMLButtonElement>(`button[data-sort="${key}"]`)?.focus();
      });
      return h('th', { scope: 'col', className: col.numeric ? 'num' : undefined, 'aria-sort': sortKey === key ? sortDir : undefined }, button);
    }));
    const body = h('tbody', {}, ...rows.map((r) => {
      const tr = rowCells(deps, r, lang);
      const focus = (): void => store.getState().setPlannerFocus(legsOf(r));
      const blur = (): void => store.getState().setPlannerFocus([]);
      tr.addEventListener('mouseenter', focus);
      tr.addEventListener('mouseleave', blur);
      tr.addEventListener('focusin', focus);
      tr.addEventListener('focusout', blur);
      return tr;
    }));
    const caption = pt(lang, 'caption', { to: placeName(index, result.to, lang) });
    const close = h('button', { type: 'button', className: 'close', id: 'planner-close', 'aria-label': pt(lang, 'close') }, '×');
    close.addEventListener('click', () => store.getState().setPlanner(null));
    const csv = h('button', { type: 'button', id: 'planner-csv' }, pt(lang, 'csv'));
    csv.addEventListener('click', () => {
      if (last) download(last);
    });
    const focused = document.activeElement?.id;
    root.replaceChildren(
      h('div', { className: 'planner-head' }, h('h2', { id: 'planner-title', tabindex: -1 }, pt(lang, 'title')), close),
      h('div', { className: 'planner-controls' },
        h('label', { className: 'planner-field' }, pt(lang, 'destination'), select),
        passages,
        h('label', { className: 'planner-field' }, pt(lang, 'tonnes'), tonnesInput)),
      h('div', { className: 'planner-scroll', role: 'region', 'aria-labelledby': 'planner-caption', tabindex: 0 },
        h('table', { id: 'planner-table', className: 'planner-table' }, h('caption', { id: 'planner-caption' }, caption), h('thead', {}, head), body)),
      csv,
      h('h3', {}, pt(lang, 'how')),
      ...result.routes.map((r) => explanation(deps, r, lang, fact)),
      footnote(deps, lang, fact),
    );
    root.hidden = false;
    if (focused) document.getElementById(focused)?.focus();
    updateMap(result);
  };

  // A click on a destination while the planner is open compares routes to it.
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.plannerTo !== null && s.selection !== prev.selection && s.selection?.kind === 'place' && destinations.includes(s.selection.id as (typeof destinations)[number])) {
      const id = s.selection.id;
      s.select(null);
      s.setPlanner(id);
      return;
    }
    if (s.plannerTo !== prev.plannerTo || s.closed !== prev.closed || s.tonnesPerTeu !== prev.tonnesPerTeu || s.lang !== prev.lang) {
      const opened = prev.plannerTo === null && s.plannerTo !== null;
      render(s);
      if (opened) root.querySelector<HTMLElement>('#planner-title')?.focus();
    }
  });
  render(store.getState());
  return unsubscribe;
}
