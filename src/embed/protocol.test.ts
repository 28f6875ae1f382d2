import { describe, expect, it } from 'vitest';
import { VIEW_LIMITS } from '../geo/view-limits';
import { buildEvent, effectiveAllowlist, isOriginAllowed, MAX_MESSAGE_BYTES, parseAllowlist, parseCommand, parseEnvelope, readCommand } from './protocol';

const env = (type: string, payload?: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ source: 'corridor-atlas', v: 1, type, ...(payload === undefined ? {} : { payload }), ...extra });
const cmd = (m: unknown): ReturnType<typeof parseCommand> => {
  const e = parseEnvelope(m);
  return e ? parseCommand(e) : null;
};

describe('parseEnvelope', () => {
  it('accepts the envelope as an object or a JSON string', () => {
    expect(parseEnvelope(env('ping', undefined, { id: 'a1' }))).toEqual({ source: 'corridor-atlas', v: 1, type: 'ping', id: 'a1' });
    expect(parseEnvelope(JSON.stringify(env('ping')))).toMatchObject({ type: 'ping' });
  });
  it.each([
    ['another source', { source: 'youtube', v: 1, type: 'ping' }],
    ['another version', { source: 'corridor-atlas', v: 2, type: 'ping' }],
    ['no type', { source: 'corridor-atlas', v: 1 }],
    ['bad id', env('ping', undefined, { id: '<script>' })],
    ['broken JSON', '{"source":"corridor-atlas",'],
    ['oversized', env('ping', 'x'.repeat(MAX_MESSAGE_BYTES))],
    ['null', null],
    ['a number', 42],
    ['an array', ['corridor-atlas']],
  ])('ignores %s', (_name, data) => {
    expect(parseEnvelope(data)).toBeNull();
  });
  it('drops cyclic and exotic data instead of throwing', () => {
    const cyclic: Record<string, unknown> = { source: 'corridor-atlas', v: 1, type: 'ping' };
    cyclic.self = cyclic;
    const throwingGetter = { source: 'corridor-atlas', v: 1, get type(): string { throw new Error('boom'); } };
    const hostileProxy = new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } });
    expect(parseEnvelope(cyclic)).toBeNull();
    expect(parseEnvelope(Symbol('x'))).toBeNull();
    expect(parseEnvelope({ source: 'corridor-atlas', v: 1, type: 'ping', big: 1n })).toBeNull();
    expect(parseEnvelope(throwingGetter)).toBeNull();
    expect(parseEnvelope(hostileProxy)).toBeNull();
    expect(parseEnvelope(undefined)).toBeNull();
    expect(parseEnvelope('corridor-atlas')).toBeNull();
  });
});

describe('parseCommand', () => {
  it('reads every command of version 1', () => {
    expect(cmd(env('corridor.select', { id: 'land-sea-corridor' }))).toEqual({ type: 'corridor.select', payload: { id: 'land-sea-corridor' } });
    expect(cmd(env('corridor.select', { id: null }))).toEqual({ type: 'corridor.select', payload: { id: null } });
    expect(cmd(env('routes.compare', { to: 'duisburg' }))).toEqual({ type: 'routes.compare', payload: { to: 'duisburg', closed: [] } });
    expect(cmd(env('routes.compare', { to: 'duisburg', closed: ['gibraltar', 'suez'], tonnesPerTeu: 12.5 }))).toEqual({ type: 'routes.compare', payload: { to: 'duisburg', closed: ['suez', 'gibraltar'], tonnesPerTeu: 12.5 } });
    expect(cmd(env('view.set', { center: [106.5, 29.5], zoom: 5, duration: 0 }))).toEqual({ type: 'view.set', payload: { center: [106.5, 29.5], zoom: 5, duration: 0 } });
    expect(cmd(env('view.set', { bounds: [[100, 20], [110, 30]] }))).toMatchObject({ payload: { bounds: [[100, 20], [110, 30]] } });
    expect(cmd(env('filter.set', { directions: ['south', 'west'] }))).toEqual({ type: 'filter.set', payload: { directions: ['west', 'south'] } });
    expect(cmd(env('theme.set', { theme: 'light' }))).toMatchObject({ payload: { theme: 'light' } });
    expect(cmd(env('lang.set', { lang: 'zh' }))).toMatchObject({ payload: { lang: 'zh' } });
    expect(cmd(env('tour.goto', { chapter: 'west' }))).toMatchObject({ payload: { chapter: 'west' } });
    for (const t of ['ping', 'state.get', 'tour.play', 'tour.pause', 'tour.next', 'tour.prev']) expect(cmd(env(t))).toEqual({ type: t });
  });
  it('checks view.set against the shared view limits', () => {
    const L = VIEW_LIMITS;
    expect(cmd(env('view.set', { zoom: L.minZoom, pitch: L.maxPitch, bearing: -L.maxBearing }))).toEqual({ type: 'view.set', payload: { zoom: L.minZoom, pitch: L.maxPitch, bearing: -L.maxBearing } });
    expect(cmd(env('view.set', { zoom: L.maxZoom, center: [L.maxLng, -L.maxLat] }))).toEqual({ type: 'view.set', payload: { zoom: L.maxZoom, center: [L.maxLng, -L.maxLat] } });
    // Bounds may cross the antimeridian with unwrapped longitudes (Chongqing to Los Angeles).
    expect(cmd(env('view.set', { bounds: [[100, 20], [245, 40]] }))).toEqual({ type: 'view.set', payload: { bounds: [[100, 20], [245, 40]] } });
  });
  it.each([
    ['unknown type', env('map.destroy'), 'unknown command "map.destroy"'],
    ['routes.compare without a destination', env('routes.compare', {}), 'routes.compare: to must be a destination place id'],
    ['routes.compare with an unknown passage', env('routes.compare', { to: 'duisburg', closed: ['suez', 'kiel'] }), 'routes.compare: closed must be a list of suez, babelmandeb, malacca, panama, gibraltar'],
    ['routes.compare with a silly cargo weight', env('routes.compare', { to: 'duisburg', tonnesPerTeu: 500 }), 'routes.compare: tonnesPerTeu must be a number above 0 and at most 40'],
    ['bad corridor id', env('corridor.select', { id: '../../x' }), 'corridor.select: id must be a corridor or place id, or null'],
    ['corridor id of the wrong type', env('corridor.select', { id: 7 }), 'corridor.select: id must be a corridor or place id, or null'],
    ['zoom out of range', env('view.set', { zoom: 99 }), 'view.set: zoom must be a number from 0.5 to 12'],
    ['zoom below the view limit', env('view.set', { zoom: 0 }), 'view.set: zoom must be a number from 0.5 to 12'],
    ['pitch beyond the map', env('view.set', { pitch: 85 }), 'view.set: pitch must be a number from 0 to 60'],
    ['bearing beyond a half turn', env('view.set', { bearing: 270 }), 'view.set: bearing must be a number from -180 to 180'],
    ['zoom as a string', env('view.set', { zoom: '5' }), 'view.set: zoom must be a number from 0.5 to 12'],
    ['endless duration', env('view.set', { duration: 1e9 }), 'view.set: duration must be a number from 0 to 10000'],
    ['NaN center', env('view.set', { center: [Number.NaN, 1] }), 'view.set: center must be [lng, lat] with lng within ±180 and lat within ±85'],
    ['center beyond the wrap', env('view.set', { center: [200, 10] }), 'view.set: center must be [lng, lat] with lng within ±180 and lat within ±85'],
    ['pole', env('view.set', { center: [0, 90] }), 'view.set: center must be [lng, lat] with lng within ±180 and lat within ±85'],
    ['three-number center', env('view.set', { center: [1, 2, 3] }), 'view.set: center must be [lng, lat] with lng within ±180 and lat within ±85'],
    ['bounds of one corner', env('view.set', { bounds: [[1, 2]] }), 'view.set: bounds must be [[west, south], [east, north]]'],
    ['bounds upside down', env('view.set', { bounds: [[100, 40], [110, 20]] }), 'view.set: bounds must be [[west, south], [east, north]] (south above north)'],
    ['bounds beyond a turn', env('view.set', { bounds: [[100, 20], [500, 40]] }), 'view.set: bounds[1] must be [lng, lat] with lng within ±360 and lat within ±85'],
    ['empty view', env('view.set', {}), 'view.set: needs at least one of center, zoom, bearing, pitch, bounds, duration'],
    ['no payload', env('view.set'), 'view.set: needs at least one of center, zoom, bearing, pitch, bounds, duration'],
    ['unknown mode', env('filter.set', { modes: ['teleport'] }), 'filter.set: modes must be a list of rail, river, sea, road, air, data'],
    ['directions as a string', env('filter.set', { directions: 'west' }), 'filter.set: directions must be a list of east, west, south, north, regional'],
    ['duplicated directions', env('filter.set', { directions: ['west', 'west', 'west', 'west', 'west', 'west'] }), 'filter.set: directions must be a list of east, west, south, north, regional'],
    ['empty filter', env('filter.set', {}), 'filter.set: needs directions or modes'],
    ['bad chapter', env('tour.goto', { chapter: '<b>' }), 'tour.goto: chapter must be a chapter id'],
    ['bad theme', env('theme.set', { theme: 'pink' }), 'theme.set: theme must be one of dark, light, auto'],
    ['bad lang', env('lang.set', { lang: 'fr' }), 'lang.set: lang must be one of en, zh'],
    ['payload that is not an object', env('lang.set', 'zh'), 'lang.set: lang must be one of en, zh'],
  ])('refuses %s with a reason', (_name, data, error) => {
    const e = parseEnvelope(data);
    expect(e).not.toBeNull();
    if (!e) return;
    expect(readCommand(e)).toEqual({ ok: false, error });
    expect(parseCommand(e)).toBeNull();
  });
  it('keeps an unknown type short in the reason', () => {
    const e = parseEnvelope(env('x'.repeat(200)));
    expect(e && readCommand(e)).toEqual({ ok: false, error: `unknown command "${'x'.repeat(64)}"` });
  });
});

describe('origins', () => {
  it('parses the allowlist file and drops junk', () => {
    expect(parseAllowlist(['*', 'https://partner.example', 'https://*.Example.org', 'javascript:alert(1)', 42])).toEqual(['*', 'https://partner.example', 'https://*.example.org']);
    expect(parseAllowlist({ not: 'a list' })).toEqual([]);
  });
  it('matches exact origins, wildcard subdomains and *', () => {
    expect(isOriginAllowed('https://partner.example', ['https://partner.example'])).toBe(true);
    expect(isOriginAllowed('https://evil.example', ['https://partner.example'])).toBe(false);
    expect(isOriginAllowed('https://news.example.org', ['https://*.example.org'])).toBe(true);
    expect(isOriginAllowed('https://example.org', ['https://*.example.org'])).toBe(false);
    expect(isOriginAllowed('http://news.example.org', ['https://*.example.org'])).toBe(false);
    expect(isOriginAllowed('https://evilexample.org', ['https://*.example.org'])).toBe(false);
    expect(isOriginAllowed('http://localhost:5173', ['*'])).toBe(true);
    expect(isOriginAllowed('null', ['https://partner.example'])).toBe(false);
  });
  it('lets origin= narrow the allowlist but never widen it', () => {
    expect(effectiveAllowlist(['*'], 'https://partner.example')).toEqual(['https://partner.example']);
    expect(effectiveAllowlist(['https://partner.example'], 'https://evil.example')).toEqual([]);
    expect(effectiveAllowlist(['https://partner.example'], undefined)).toEqual(['https://partner.example']);
  });
});

describe('buildEvent', () => {
  it('wraps the payload in the envelope', () => {
    expect(buildEvent('corridor.change', { id: 'x' })).toEqual({ source: 'corridor-atlas', v: 1, type: 'corridor.change', payload: { id: 'x' } });
    expect(buildEvent('response', { ok: true }, 'r1')).toEqual({ source: 'corridor-atlas', v: 1, type: 'response', id: 'r1', payload: { ok: true } });
  });
});
