import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseModel } from '../model/parse-model';
import type { AtlasModel } from '../model/schema';
import { buildModelIndex } from '../state/selectors';
import { createAtlasStore, type AtlasStore } from '../state/store';
import { createTourPlayer, type TourPlayer } from '../tour/player';
import { tourRefsOf } from '../tour/tour-refs';
import type { Tour } from '../tour/tour-schema';
import { validateTour } from '../tour/validate-tour';
import { EMBED_CAPABILITIES, startEmbedApi, TOUR_CAPABILITIES, type EmbedEnv, type IncomingMessage, type PostTarget } from './embed-api';
import { parseEnvelope, type Envelope } from './protocol';

const model = parseModel(JSON.parse(readFileSync('data/model/atlas.geojson', 'utf8'))) as AtlasModel;
const index = buildModelIndex(model);
const tourData = validateTour(JSON.parse(readFileSync('data/tours/chongqing-four-directions.json', 'utf8')), tourRefsOf(model), 'tour').tour as Tour;

const PARTNER = 'https://partner.example';
const cmd = (type: string, payload?: unknown, id?: string): Record<string, unknown> => ({ source: 'corridor-atlas', v: 1, type, ...(id ? { id } : {}), ...(payload === undefined ? {} : { payload }) });

interface Sent {
  message: Envelope;
  to: string;
}

interface Setup {
  store: AtlasStore;
  sent: Sent[];
  parent: PostTarget;
  /** The selections the API asked the app to frame. */
  framed: Array<string | null>;
  /** A message from the parent (or from `source`, at `origin`). */
  send(data: unknown, from?: Partial<IncomingMessage>): void;
  resize(height: number): void;
  /** Resolve the first frame and let the ready promise run. */
  draw(): Promise<void>;
  stop(): void;
  tour: TourPlayer | null;
  /** Messages of one type. */
  of(type: string): Sent[];
}

const stops: (() => void)[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stops.splice(0).forEach((s) => s());
  vi.useRealTimers();
});

function setup(o: { api?: boolean; allowlist?: string[]; parentOrigin?: string | null; framed?: boolean; tour?: boolean; autoHeight?: boolean; throwing?: boolean } = {}): Setup {
  const store = createAtlasStore();
  const sent: Sent[] = [];
  const parent: PostTarget = {
    postMessage(message, to) {
      if (o.throwing) throw new Error('SyntaxError: invalid target origin');
      const env = parseEnvelope(message);
      if (env) sent.push({ message: env, to });
    },
  };
  let listener: ((e: IncomingMessage) => void) | null = null;
  let heightListener: ((h: number) => void) | null = null;
  const env: EmbedEnv = {
    parent: o.framed === false ? null : parent,
    onMessage(l) {
      listener = l;
      return () => { listener = null; };
    },
    onHeight(l) {
      heightListener = l;
      return () => { heightListener = null; };
    },
  };
  let drawn: () => void = () => undefined;
  const firstFrame = new Promise<void>((resolve) => { drawn = resolve; });
  const tour = o.tour ? createTourPlayer({ store, tour: tourData, loop: false, marks: () => [], crossfade: () => undefined }, { index: 0, playing: false }) : null;
  const framed: Array<string | null> = [];
  const stop = startEmbedApi({
    store,
    index,
    apiEnabled: o.api ?? true,
    allowlist: o.allowlist ?? ['*'],
    parentOrigin: o.parentOrigin === undefined ? PARTNER : o.parentOrigin,
    autoHeight: o.autoHeight ?? false,
    version: '9.9.9',
    firstFrame,
    tour,
    frame: (sel) => framed.push(sel?.id ?? null),
    compareRoutes: async (to, closed) => (to === 'duisburg' ? { ok: true, payload: { to, closed: [...closed], routes: [] } } : { ok: false, error: `unknown destination "${to}"` }),
  }, env);
  stops.push(stop, () => tour?.dispose());
  return {
    store, sent, parent, stop, tour, framed,
    send: (data, from = {}) => listener?.({ data, origin: from.origin ?? PARTNER, source: 'source' in from ? from.source : parent }),
    resize: (h) => heightListener?.(h),
    draw: async () => {
      drawn();
      await Promise.resolve();
      await Promise.resolve();
    },
    of: (type) => sent.filter((s) => s.message.type === type),
  };
}

describe('embed API: commands change the store and are answered', () => {
  it('sends ready to any origin after the first frame only, with version, capabilities and state', async () => {
    const t = setup();
    expect(t.sent).toEqual([]);
    await t.draw();
    expect(t.sent).toHaveLength(1);
    expect(t.sent[0]?.to).toBe('*');
    expect(t.sent[0]?.message).toMatchObject({ type: 'ready', payload: { version: '9.9.9', protocol: 1, capabilities: [...EMBED_CAPABILITIES], state: { sel: null, lang: 'en', theme: 'dark' } } });
  });

  it('view.set jumps the camera (keeping unset fields) or fits bounds, and answers the sender', () => {
    const t = setup();
    const before = t.store.getState().view;
    t.send(cmd('view.set', { center: [106.55, 29.56], zoom: 5, duration: 500 }, 'v1'));
    expect(t.store.getState().cameraRequest).toMatchObject({ kind: 'jump', view: { lng: 106.55, lat: 29.56, zoom: 5, bearing: before.bearing, pitch: before.pitch }, duration: 500 });
    t.send(cmd('view.set', { bounds: [[100, 20], [110, 30]] }, 'v2'));
    expect(t.store.getState().cameraRequest).toMatchObject({ kind: 'frame', marks: [{ lng: 100, lat: 20 }, { lng: 110, lat: 30 }] });
    expect(t.of('response')).toEqual([
      { to: PARTNER, message: { source: 'corridor-atlas', v: 1, type: 'response', id: 'v1', payload: { ok: true } } },
      { to: PARTNER, message: { source: 'corridor-atlas', v: 1, type: 'response', id: 'v2', payload: { ok: true } } },
    ]);
  });

  it('routes.compare answers with the comparison, or an error for an unknown destination', async () => {
    const t = setup();
    t.send(cmd('routes.compare', { to: 'duisburg', closed: ['suez'] }, 'c1'));
    t.send(cmd('routes.compare', { to: 'atlantis' }, 'c2'));
    t.send(cmd('routes.compare', { to: 'duisburg', closed: ['kiel'] }, 'c3'));
    await Promise.resolve();
    await Promise.resolve();
    expect(t.of('response').map((s) => [s.message.id, s.message.payload])).toEqual([
      ['c3', { ok: false, error: 'routes.compare: closed must be a list of suez, babelmandeb, malacca, panama, gibraltar' }],
      ['c1', { ok: true, payload: { to: 'duisburg', closed: ['suez'], routes: [] } }],
      ['c2', { ok: false, error: 'routes.compare: unknown destination "atlantis"' }],
    ]);
  });

  it('corridor.select selects, clears, and refuses an unknown id; a selection is framed by the app\'s camera policy', () => {
    const t = setup();
    t.send(cmd('corridor.select', { id: 'land-sea-corridor' }, 's1'));
    expect(t.store.getState().selection).toEqual({ kind: 'corridor', id: 'land-sea-corridor' });
    t.send(cmd('corridor.select', { id: 'no-such-corridor' }, 's2'));
    expect(t.store.getState().selection).toEqual({ kind: 'corridor', id: 'land-sea-corridor' });
    t.send(cmd('corridor.select', { id: null }, 's3'));
    expect(t.store.getState().selection).toBeNull();
    expect(t.of('response').map((s) => [s.message.id, s.message.payload])).toEqual([
      ['s1', { ok: true }],
      ['s2', { ok: false, error: 'unknown corridor or place "no-such-corridor"' }],
      ['s3', { ok: true }],
    ]);
    expect(t.framed).toEqual(['land-sea-corridor', null]);
  });

  it('filter.set, theme.set and lang.set change the settings', () => {
    const t = setup();
    t.send(cmd('filter.set', { directions: ['south', 'west'], modes: ['sea'] }));
    t.send(cmd('theme.set', { theme: 'light' }));
    t.send(cmd('lang.set', { lang: 'zh' }));
    const s = t.store.getState();
    expect([s.directions, s.modes, s.themeSetting, s.lang]).toEqual([['west', 'south'], ['sea'], 'light', 'zh']);
    // Without an id nothing is answered.
    expect(t.of('response')).toEqual([]);
  });

  it('state.get answers with the current state; ping answers and repeats ready once drawn', async () => {
    const t = setup();
    t.store.getState().setLang('zh');
    t.send(cmd('state.get', undefined, 'g1'));
    expect(t.of('response')[0]?.message.payload).toMatchObject({ ok: true, payload: { lang: 'zh', sel: null, directions: ['east', 'west', 'south', 'north', 'regional'] } });
    t.send(cmd('ping', undefined, 'p1'));
    expect(t.of('ready')).toHaveLength(0);
    await t.draw();
    t.send(cmd('ping', undefined, 'p2'));
    expect(t.of('ready')).toHaveLength(2);
    expect(t.of('response').map((s) => s.message.id)).toEqual(['g1', 'p1', 'p2']);
  });

  it('tour commands move the tour and answer with its state; without a tour they fail', async () => {
    const t = setup({ tour: true });
    await t.draw();
    expect(t.of('ready')[0]?.message.payload).toMatchObject({ capabilities: [...EMBED_CAPABILITIES, ...TOUR_CAPABILITIES] });
    t.send(cmd('tour.next', undefined, 't1'));
    expect(t.store.getState().chapter).toBe('west');
    t.send(cmd('tour.goto', { chapter: 'east' }, 't2'));
    expect(t.store.getState().chapter).toBe('east');
    t.send(cmd('tour.goto', { chapter: 'nowhere' }, 't3'));
    t.send(cmd('tour.play', undefined, 't4'));
    expect(t.tour?.state.playing).toBe(true);
    t.send(cmd('tour.pause'));
    expect(t.tour?.state.playing).toBe(false);
    expect(t.of('response').map((s) => s.message.payload)).toEqual([
      { ok: true, payload: { tour: 'chongqing-four-directions', chapter: 'west', index: 1, count: 9, playing: false } },
      { ok: true, payload: { tour: 'chongqing-four-directions', chapter: 'east', index: 3, count: 9, playing: false } },
      { ok: false, error: 'unknown chapter "nowhere"' },
      { ok: true, payload: { tour: 'chongqing-four-directions', chapter: 'east', index: 3, count: 9, playing: true } },
    ]);
    // The first tour command enters the tour at its first chapter, then moves on.
    expect(t.of('chapter.change').map((s) => s.message.payload)).toEqual([{ chapter: 'overview', index: 0 }, { chapter: 'west', index: 1 }, { chapter: 'east', index: 3 }]);

    const none = setup();
    none.send(cmd('tour.next', undefined, 'n1'));
    expect(none.of('response')[0]?.message.payload).toEqual({ ok: false, error: 'no tour is loaded' });
  });
});

describe('embed API: invalid commands get an answer (code review item 8)', () => {
  it('answers an invalid payload or an unknown command that carries an id, and changes nothing', () => {
    const t = setup();
    t.send(cmd('view.set', { zoom: 99 }, 'bad1'));
    t.send(cmd('theme.set', { theme: 'pink' }, 'bad2'));
    t.send(cmd('map.destroy', {}, 'bad3'));
    expect(t.store.getState().cameraRequest).toBeNull();
    expect(t.store.getState().themeSetting).toBe('dark');
    expect(t.of('response')).toEqual([
      { to: PARTNER, message: { source: 'corridor-atlas', v: 1, type: 'response', id: 'bad1', payload: { ok: false, error: 'view.set: zoom must be a number from 0.5 to 12' } } },
      { to: PARTNER, message: { source: 'corridor-atlas', v: 1, type: 'response', id: 'bad2', payload: { ok: false, error: 'theme.set: theme must be one of dark, light, auto' } } },
      { to: PARTNER, message: { source: 'corridor-atlas', v: 1, type: 'response', id: 'bad3', payload: { ok: false, error: 'unknown command "map.destroy"' } } },
    ]);
  });
  it('stays silent without an id, and for messages that are not ours', () => {
    const t = setup();
    t.send(cmd('view.set', { zoom: 99 }));
    t.send({ source: 'youtube', v: 1, type: 'ping', id: 'y1' });
    t.send('{"source":"corridor-atlas",');
    expect(t.sent).toEqual([]);
  });
  it('answers a command that fails while running', () => {
    const t = setup();
    vi.spyOn(t.store.getState(), 'setLang').mockImplementation(() => { throw new Error('boom'); });
    t.send(cmd('lang.set', { lang: 'zh' }, 'x1'));
    expect(t.of('response')[0]?.message.payload).toEqual({ ok: false, error: 'lang.set: the command failed' });
  });
});

describe('embed API: who may command', () => {
  const select = cmd('corridor.select', { id: 'land-sea-corridor' }, 'r1');
  it.each([
    ['api=1 is not set', { api: false }, {}],
    ['the sender is not the parent window', {}, { source: {} }],
    ['the sender has no window (a worker)', {}, { source: null }],
    ['the origin is not allowed', { allowlist: [PARTNER] }, { origin: 'https://evil.example' }],
    ['the page is not framed', { framed: false }, {}],
  ])('ignores commands when %s', (_name, options, from) => {
    const t = setup(options);
    t.send(select, from);
    expect(t.store.getState().selection).toBeNull();
    expect(t.sent).toEqual([]);
  });
  it('accepts an allowed origin and answers it even when the parent origin is unknown', () => {
    const t = setup({ allowlist: [PARTNER], parentOrigin: null });
    t.send(select);
    expect(t.store.getState().selection).toEqual({ kind: 'corridor', id: 'land-sea-corridor' });
    expect(t.of('response')).toEqual([{ to: PARTNER, message: expect.objectContaining({ id: 'r1' }) }]);
    // Events need a known parent origin: corridor.change is not broadcast.
    expect(t.of('corridor.change')).toEqual([]);
  });
  it('stops listening when stopped', async () => {
    const t = setup();
    t.stop();
    t.send(select);
    t.store.getState().select({ kind: 'corridor', id: 'air-routes' });
    await t.draw();
    expect(t.sent).toEqual([]);
  });
});

describe('embed API: events', () => {
  it('reports selection and view changes to the parent origin only', () => {
    const t = setup();
    t.store.getState().select({ kind: 'place', id: 'chongqing' });
    t.store.getState().setViewFromMap({ zoom: 4, lat: 30, lng: 106, bearing: 0, pitch: 10 });
    expect(t.sent).toEqual([
      { to: PARTNER, message: { source: 'corridor-atlas', v: 1, type: 'corridor.change', payload: { id: 'chongqing', kind: 'place' } } },
      { to: PARTNER, message: { source: 'corridor-atlas', v: 1, type: 'view.change', payload: { center: [106, 30], zoom: 4, bearing: 0, pitch: 10 } } },
    ]);
  });
  it('reports height changes to any origin with autoheight, once per height', () => {
    const t = setup({ autoHeight: true });
    t.resize(500);
    t.resize(500);
    t.resize(620);
    expect(t.of('resize').map((s) => [s.to, s.message.payload])).toEqual([['*', { height: 500 }], ['*', { height: 620 }]]);
  });
  it('does not report heights without autoheight', () => {
    const t = setup();
    t.resize(500);
    expect(t.sent).toEqual([]);
  });
  it('goes on when postMessage throws', () => {
    const t = setup({ throwing: true });
    t.send(cmd('lang.set', { lang: 'zh' }, 'l1'));
    expect(t.store.getState().lang).toBe('zh');
  });
});
