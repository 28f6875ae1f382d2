import { describe, expect, it } from 'vitest';
import { buildEvent, effectiveAllowlist, isOriginAllowed, MAX_MESSAGE_BYTES, parseAllowlist, parseCommand, parseEnvelope } from './protocol';

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
  it('never throws on cyclic or exotic data', () => {
    const cyclic: Record<string, unknown> = { source: 'corridor-atlas', v: 1, type: 'ping' };
    cyclic.self = cyclic;
    expect(() => parseEnvelope(cyclic)).not.toThrow();
    expect(parseEnvelope(cyclic)).toBeNull();
    expect(() => parseEnvelope(Symbol('x'))).not.toThrow();
  });
});

describe('parseCommand', () => {
  it('reads every command of version 1', () => {
    expect(cmd(env('corridor.select', { id: 'land-sea-corridor' }))).toEqual({ type: 'corridor.select', payload: { id: 'land-sea-corridor' } });
    expect(cmd(env('corridor.select', { id: null }))).toEqual({ type: 'corridor.select', payload: { id: null } });
    expect(cmd(env('view.set', { center: [106.5, 29.5], zoom: 5, duration: 0 }))).toEqual({ type: 'view.set', payload: { center: [106.5, 29.5], zoom: 5, duration: 0 } });
    expect(cmd(env('view.set', { bounds: [[100, 20], [110, 30]] }))).toMatchObject({ payload: { bounds: [[100, 20], [110, 30]] } });
    expect(cmd(env('filter.set', { directions: ['south', 'west'] }))).toEqual({ type: 'filter.set', payload: { directions: ['west', 'south'] } });
    expect(cmd(env('theme.set', { theme: 'light' }))).toMatchObject({ payload: { theme: 'light' } });
    expect(cmd(env('lang.set', { lang: 'zh' }))).toMatchObject({ payload: { lang: 'zh' } });
    expect(cmd(env('tour.goto', { chapter: 'west' }))).toMatchObject({ payload: { chapter: 'west' } });
    for (const t of ['ping', 'state.get', 'tour.play', 'tour.pause', 'tour.next', 'tour.prev']) expect(cmd(env(t))).toEqual({ type: t });
  });
  it.each([
    ['unknown type', env('map.destroy')],
    ['bad corridor id', env('corridor.select', { id: '../../x' })],
    ['zoom out of range', env('view.set', { zoom: 99 })],
    ['NaN center', env('view.set', { center: [Number.NaN, 1] })],
    ['empty view', env('view.set', {})],
    ['unknown mode', env('filter.set', { modes: ['teleport'] })],
    ['bad theme', env('theme.set', { theme: 'pink' })],
    ['bad lang', env('lang.set', { lang: 'fr' })],
  ])('rejects %s', (_name, data) => {
    expect(cmd(data)).toBeNull();
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
