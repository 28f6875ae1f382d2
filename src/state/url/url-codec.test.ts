import { PASSAGE_IDS } from '../../model/routes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../model/issues';
import { DIRECTIONS, MODES } from '../../model/types';
import { formatHash, parseHash, parseQuery } from '../url-state';
import { CHAPTERS_LIMITS, DWELL_LIMITS, IDLE_LIMITS, SCALE_LIMITS, URL_PARAMS, type UrlState } from './params';
import { encodeValue, formatParams, parseParams } from './url-codec';
import { APP_MODES, LANGS, MOTION_SETTINGS, THEME_SETTINGS, UI_LEVELS } from './values';
import { VIEW_LIMITS } from '../../geo/view-limits';

/** Fixed-point numbers with `dp` decimals in [min, max]: exactly what the formatter writes. */
const fixed = (min: number, max: number, dp: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 10 ** dp), max: Math.round(max * 10 ** dp) }).map((k) => k / 10 ** dp);

const anId = fc.stringMatching(ID_PATTERN);
const L = VIEW_LIMITS;

/** One generator per row of the table: a row without one does not compile. */
const VALID: { [K in keyof UrlState]-?: fc.Arbitrary<Exclude<UrlState[K], undefined>> } = {
  view: fc.record({
    zoom: fixed(L.minZoom, L.maxZoom, 2),
    lat: fixed(-L.maxLat, L.maxLat, 4),
    // -180 reads back as 180 (one meridian, one spelling).
    lng: fixed(-L.maxLng + 1e-4, L.maxLng, 4),
    bearing: fixed(-L.maxBearing + 0.1, L.maxBearing, 1),
    pitch: fixed(0, L.maxPitch, 1),
  }),
  sel: fc.option(anId, { nil: null }),
  directions: fc.subarray([...DIRECTIONS]),
  modes: fc.subarray([...MODES]),
  chapter: anId,
  to: fc.option(anId, { nil: null }),
  closed: fc.subarray([...PASSAGE_IDS]),
  mode: fc.constantFrom(...APP_MODES),
  lang: fc.constantFrom(...LANGS),
  theme: fc.constantFrom(...THEME_SETTINGS),
  tour: anId,
  autoplay: fc.boolean(),
  loop: fc.boolean(),
  idle: fc.oneof(fc.constant(IDLE_LIMITS.off), fc.double({ min: IDLE_LIMITS.min, max: IDLE_LIMITS.max, noNaN: true })),
  dwell: fc.double({ min: DWELL_LIMITS.min, max: DWELL_LIMITS.max, noNaN: true }),
  scale: fc.double({ min: SCALE_LIMITS.min, max: SCALE_LIMITS.max, noNaN: true }),
  ui: fc.constantFrom(...UI_LEVELS),
  api: fc.boolean(),
  autoheight: fc.boolean(),
  origin: fc.webUrl({ validSchemes: ['http', 'https'] }).map((u) => new URL(u).origin),
  style: fc.oneof(
    fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
    fc.webPath().map((p) => `/styles${p}`),
  ),
  motion: fc.constantFrom(...MOTION_SETTINGS),
  record: fc.oneof(fc.constant('dialog' as const), fc.record({ width: fc.integer({ min: 80, max: 1920 }).map((n) => n * 2), height: fc.integer({ min: 45, max: 1080 }).map((n) => n * 2) })),
  chapters: fc.integer({ min: CHAPTERS_LIMITS.min, max: CHAPTERS_LIMITS.max }),
};

const anyState: fc.Arbitrary<UrlState> = fc.record(VALID, { requiredKeys: [] });

/**
 * What a link carries: the state without the values that mean the same as absent, written out
 * here independently of the table (an empty or full filter, no selection, and the defaults of
 * lang, theme, api, autoheight and motion).
 */
function carried(state: UrlState): UrlState {
  const out = { ...state };
  if (out.sel === null) delete out.sel;
  if (out.to === null) delete out.to;
  if (out.closed?.length === 0) delete out.closed;
  if (out.directions && (out.directions.length === 0 || out.directions.length === DIRECTIONS.length)) delete out.directions;
  if (out.modes && (out.modes.length === 0 || out.modes.length === MODES.length)) delete out.modes;
  if (out.lang === 'en') delete out.lang;
  if (out.theme === 'dark') delete out.theme;
  if (out.api === false) delete out.api;
  if (out.autoheight === false) delete out.autoheight;
  if (out.motion === 'auto') delete out.motion;
  return out;
}

function roundTrip(state: UrlState): { value: UrlState; warnings: string[] } {
  const hash = parseParams('hash', formatParams('hash', state), (n) => `unknown ${n}`);
  const query = parseParams('query', formatParams('query', state), (n) => `unknown ${n}`);
  return { value: { ...hash.value, ...query.value }, warnings: [...hash.warnings, ...query.warnings] };
}

describe('the URL table', () => {
  it('names every parameter once, hash and query together', () => {
    const names = Object.values(URL_PARAMS).map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['map', 'sel', 'dir', 'modes', 'chapter', 'to', 'closed', 'mode', 'lang', 'theme', 'tour', 'autoplay', 'loop', 'idle', 'dwell', 'scale', 'ui', 'api', 'autoheight', 'origin', 'style', 'motion', 'record', 'chapters']);
  });

  it('round-trips every valid state: parse(format(x)) = x, without warnings', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const { value, warnings } = roundTrip(state);
        expect(warnings).toEqual([]);
        expect(value).toEqual(carried(state));
      }),
      { numRuns: 500 },
    );
  });

  it('formatHash and parseHash agree on every live state', () => {
    const live = fc.record({ view: VALID.view, sel: VALID.sel, directions: VALID.directions, modes: VALID.modes, chapter: fc.option(anId, { nil: null }) });
    fc.assert(
      fc.property(live, (s) => {
        const { value, warnings } = parseHash(`#${formatHash(s)}`);
        expect(warnings).toEqual([]);
        expect(value.view).toEqual(s.view);
        expect(value.sel ?? null).toBe(s.sel);
        expect(value.directions ?? [...DIRECTIONS]).toEqual(s.directions.length ? s.directions : [...DIRECTIONS]);
        expect(value.modes ?? [...MODES]).toEqual(s.modes.length ? s.modes : [...MODES]);
        expect(value.chapter ?? null).toBe(s.chapter);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes each value once: a literal % survives the round trip', () => {
    expect(encodeValue('/styles/100%25.json?a=1&b=2')).toBe('/styles/100%2525.json%3Fa%3D1%26b%3D2');
    expect(parseQuery(`?style=${encodeValue('/styles/100%25.json')}`).value).toEqual({ style: '/styles/100%25.json' });
    expect(parseHash('#sel=%2541').value.sel).toBeUndefined();
    expect(parseHash('#sel=%2541').warnings).toEqual(['sel="%41" is not a valid id; ignoring it']);
  });
});
