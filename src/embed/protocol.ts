/**
 * The embed postMessage protocol, version 1 (SPEC section 5). Pure: parsing never throws, anything
 * malformed, oversized or unknown becomes null, and origins are matched against an allowlist.
 */
import { ID_PATTERN as ID, isRecord } from '../model/issues';
import { DIRECTIONS, MODES, type Direction, type Mode } from '../model/types';

export const PROTOCOL_SOURCE = 'corridor-atlas';
export const PROTOCOL_VERSION = 1;
/** Messages larger than this (as JSON) are ignored. */
export const MAX_MESSAGE_BYTES = 8 * 1024;

export interface ViewCommand {
  center?: [number, number];
  zoom?: number;
  bearing?: number;
  pitch?: number;
  bounds?: [[number, number], [number, number]];
  duration?: number;
}

export type Command =
  | { type: 'ping'; id?: string }
  | { type: 'state.get'; id?: string }
  | { type: 'view.set'; id?: string; payload: ViewCommand }
  | { type: 'corridor.select'; id?: string; payload: { id: string | null } }
  | { type: 'filter.set'; id?: string; payload: { directions?: Direction[]; modes?: Mode[] } }
  | { type: 'tour.play' | 'tour.pause' | 'tour.next' | 'tour.prev'; id?: string }
  | { type: 'tour.goto'; id?: string; payload: { chapter: string } }
  | { type: 'theme.set'; id?: string; payload: { theme: 'dark' | 'light' | 'auto' } }
  | { type: 'lang.set'; id?: string; payload: { lang: 'en' | 'zh' } };

export type EventType = 'ready' | 'view.change' | 'corridor.change' | 'chapter.change' | 'tour.state' | 'resize' | 'error' | 'response';

export interface Envelope {
  source: typeof PROTOCOL_SOURCE;
  v: typeof PROTOCOL_VERSION;
  type: string;
  id?: string;
  payload?: unknown;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/u;

function finite(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;
}

function lngLat(v: unknown): [number, number] | undefined {
  if (!Array.isArray(v) || v.length !== 2) return undefined;
  const lng = finite(v[0], -360, 360);
  const lat = finite(v[1], -90, 90);
  return lng === undefined || lat === undefined ? undefined : [lng, lat];
}

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  try {
    return JSON.stringify(data)?.length ?? Infinity;
  } catch {
    return Infinity;
  }
}

/** The envelope of a message, or null when it is not ours, too big, or malformed. */
export function parseEnvelope(data: unknown): Envelope | null {
  if (sizeOf(data) > MAX_MESSAGE_BYTES) return null;
  let value: unknown = data;
  if (typeof data === 'string') {
    if (!data.includes(PROTOCOL_SOURCE)) return null;
    try {
      value = JSON.parse(data);
    } catch {
      return null;
    }
  }
  if (!isRecord(value) || value.source !== PROTOCOL_SOURCE || value.v !== PROTOCOL_VERSION || typeof value.type !== 'string') return null;
  if (value.id !== undefined && (typeof value.id !== 'string' || !REQUEST_ID.test(value.id))) return null;
  return {
    source: PROTOCOL_SOURCE,
    v: PROTOCOL_VERSION,
    type: value.type,
    ...(typeof value.id === 'string' ? { id: value.id } : {}),
    ...(value.payload !== undefined ? { payload: value.payload } : {}),
  };
}

function parseView(p: Record<string, unknown>): ViewCommand | null {
  const out: ViewCommand = {};
  if (p.center !== undefined) {
    const c = lngLat(p.center);
    if (!c) return null;
    out.center = c;
  }
  for (const [key, min, max] of [['zoom', 0, 22], ['bearing', -360, 360], ['pitch', 0, 85], ['duration', 0, 10_000]] as const) {
    if (p[key] === undefined) continue;
    const n = finite(p[key], min, max);
    if (n === undefined) return null;
    out[key] = n;
  }
  if (p.bounds !== undefined) {
    if (!Array.isArray(p.bounds) || p.bounds.length !== 2) return null;
    const sw = lngLat(p.bounds[0]);
    const ne = lngLat(p.bounds[1]);
    if (!sw || !ne) return null;
    out.bounds = [sw, ne];
  }
  return Object.keys(out).length ? out : null;
}

function list<T extends string>(v: unknown, allowed: readonly T[]): T[] | undefined | null {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > allowed.length) return null;
  const out = allowed.filter((a) => v.includes(a));
  return out.length === v.length ? out : null;
}

/** A command from a host, or null when the type is unknown or its payload invalid. */
export function parseCommand(env: Envelope): Command | null {
  const id = env.id === undefined ? {} : { id: env.id };
  const p = isRecord(env.payload) ? env.payload : {};
  switch (env.type) {
    case 'ping':
    case 'state.get':
    case 'tour.play':
    case 'tour.pause':
    case 'tour.next':
    case 'tour.prev':
      return { type: env.type, ...id };
    case 'view.set': {
      const view = parseView(p);
      return view ? { type: 'view.set', ...id, payload: view } : null;
    }
    case 'corridor.select':
      if (p.id === null) return { type: 'corridor.select', ...id, payload: { id: null } };
      return typeof p.id === 'string' && ID.test(p.id) ? { type: 'corridor.select', ...id, payload: { id: p.id } } : null;
    case 'filter.set': {
      const directions = list(p.directions, DIRECTIONS);
      const modes = list(p.modes, MODES);
      if (directions === null || modes === null || (directions === undefined && modes === undefined)) return null;
      return { type: 'filter.set', ...id, payload: { ...(directions ? { directions } : {}), ...(modes ? { modes } : {}) } };
    }
    case 'tour.goto':
      return typeof p.chapter === 'string' && ID.test(p.chapter) ? { type: 'tour.goto', ...id, payload: { chapter: p.chapter } } : null;
    case 'theme.set':
      return p.theme === 'dark' || p.theme === 'light' || p.theme === 'auto' ? { type: 'theme.set', ...id, payload: { theme: p.theme } } : null;
    case 'lang.set':
      return p.lang === 'en' || p.lang === 'zh' ? { type: 'lang.set', ...id, payload: { lang: p.lang } } : null;
    default:
      return null;
  }
}

/** An event message to the host. */
export function buildEvent(type: EventType, payload?: unknown, id?: string): Envelope {
  return { source: PROTOCOL_SOURCE, v: PROTOCOL_VERSION, type, ...(id ? { id } : {}), ...(payload === undefined ? {} : { payload }) };
}

/**
 * Parse the allowlist file (`embed-origins.json`): a list of origins, `*`, or wildcard subdomains
 * like `https://*.example.com`. Invalid entries are dropped.
 */
export function parseAllowlist(json: unknown): string[] {
  if (!Array.isArray(json)) return [];
  return json.filter((e): e is string => typeof e === 'string' && (e === '*' || /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/iu.test(e))).map((e) => e.toLowerCase());
}

/** True when `origin` matches one allowlist entry. */
export function isOriginAllowed(origin: string, allowlist: readonly string[]): boolean {
  const o = origin.toLowerCase();
  if (o === 'null' || o === '') return allowlist.includes('*');
  return allowlist.some((entry) => {
    if (entry === '*') return true;
    if (!entry.includes('*.')) return entry === o;
    const [scheme, rest] = entry.split('://*.');
    if (!scheme || !rest) return false;
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      return false;
    }
    const host = url.port ? `${url.hostname}:${url.port}` : url.hostname;
    return url.protocol === `${scheme}:` && host.endsWith(`.${rest}`);
  });
}

/** `origin=` narrows the deployed allowlist, never widens it. */
export function effectiveAllowlist(deployed: readonly string[], originParam: string | undefined): string[] {
  if (!originParam) return [...deployed];
  return isOriginAllowed(originParam, deployed) ? [originParam.toLowerCase()] : [];
}
