/**
 * The embed postMessage protocol, version 1 (SPEC section 5). Pure: parsing never throws. A message
 * that is not ours, oversized or malformed is dropped (null); a valid envelope whose command is
 * unknown or whose payload is invalid gives an error the embed can answer with. Numbers are checked
 * against the same view limits as the URL and the map; origins are matched against an allowlist.
 */
import { isWithin, MAX_UNWRAPPED_LNG, VIEW_LIMITS } from '../geo/view-limits';
import { ID_PATTERN as ID, isRecord } from '../model/issues';
import { PASSAGE_IDS, type PassageId } from '../model/routes';
import { DIRECTIONS, LANGS, MODES, type Direction, type Lang, type Mode } from '../model/types';
import { isOneOf, THEME_SETTINGS, type ThemeSetting } from '../state/url/values';

export const PROTOCOL_SOURCE = 'corridor-atlas';
export const PROTOCOL_VERSION = 1;
/** Messages larger than this (as JSON) are ignored. */
export const MAX_MESSAGE_BYTES = 8 * 1024;
/** A `layer.add` message may be larger (its GeoJSON), up to this many characters as JSON. */
export const MAX_LAYER_MESSAGE_BYTES = 5 * 1024 * 1024;
/** Picture scales `export.png` accepts. */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];
/** Ids of imported layers (as the app makes them). */
const LAYER_ID = /^[a-z0-9]{1,32}$/u;
/** Heaviest load per TEU `routes.compare` accepts, tonnes (a loaded 40 ft box is about 26-30 t). */
export const MAX_TONNES_PER_TEU = 40;
/** Longest camera animation a host may ask for. */
export const MAX_DURATION_MS = 10_000;

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
  | { type: 'theme.set'; id?: string; payload: { theme: ThemeSetting } }
  | { type: 'lang.set'; id?: string; payload: { lang: Lang } }
  | { type: 'export.png'; id?: string; payload: { scale: PngScale; as: 'dataUrl' | 'blob' } }
  | { type: 'layer.add'; id?: string; payload: { geojson: string; name: string } }
  | { type: 'layer.remove'; id?: string; payload: { id: string } }
  | { type: 'routes.compare'; id?: string; payload: { to: string; closed: PassageId[]; tonnesPerTeu?: number } };

/** A command, or why the envelope's command was refused (for a `response {ok: false, error}`). */
export type CommandResult = { ok: true; command: Command } | { ok: false; error: string };

export type EventType = 'ready' | 'view.change' | 'corridor.change' | 'chapter.change' | 'tour.state' | 'resize' | 'error' | 'response';

export interface Envelope {
  source: typeof PROTOCOL_SOURCE;
  v: typeof PROTOCOL_VERSION;
  type: string;
  id?: string;
  payload?: unknown;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/u;

const L = VIEW_LIMITS;
/** Ranges of the numbers of `view.set`: the view limits shared with the URL and the map. */
export const VIEW_SET_RANGES = {
  zoom: [L.minZoom, L.maxZoom],
  bearing: [-L.maxBearing, L.maxBearing],
  pitch: [0, L.maxPitch],
  duration: [0, MAX_DURATION_MS],
} as const;

/** [lng, lat] with lng within ±maxLng (a centre) or ±MAX_UNWRAPPED_LNG (bounds), lat within ±maxLat; else an error. */
function lngLat(v: unknown, field: string, maxLng: number): [number, number] | string {
  const bad = `${field} must be [lng, lat] with lng within ±${maxLng} and lat within ±${L.maxLat}`;
  if (!Array.isArray(v) || v.length !== 2) return bad;
  const [lng, lat]: unknown[] = v;
  return isWithin(lng, -maxLng, maxLng) && isWithin(lat, -L.maxLat, L.maxLat) ? [lng, lat] : bad;
}

function sizeOf(data: unknown): number {
  if (typeof data === 'string') return data.length;
  try {
    return JSON.stringify(data)?.length ?? Infinity;
  } catch {
    return Infinity;
  }
}

/** `layer.add` carries GeoJSON: its envelope may be larger than any other. */
function isLayerAdd(data: unknown): boolean {
  if (typeof data === 'string') return data.length <= MAX_LAYER_MESSAGE_BYTES && /"type"\s*:\s*"layer\.add"/u.test(data.slice(0, 4096));
  try {
    return isRecord(data) && data.type === 'layer.add';
  } catch {
    // A hostile object (a throwing getter or proxy): not ours.
    return false;
  }
}

/** The envelope of a message, or null when it is not ours, too big, or malformed. */
export function parseEnvelope(data: unknown): Envelope | null {
  if (sizeOf(data) > (isLayerAdd(data) ? MAX_LAYER_MESSAGE_BYTES : MAX_MESSAGE_BYTES)) return null;
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

function parseView(p: Record<string, unknown>): ViewCommand | string {
  const out: ViewCommand = {};
  if (p.center !== undefined) {
    const c = lngLat(p.center, 'center', L.maxLng);
    if (typeof c === 'string') return c;
    out.center = c;
  }
  for (const key of ['zoom', 'bearing', 'pitch', 'duration'] as const) {
    if (p[key] === undefined) continue;
    const [min, max] = VIEW_SET_RANGES[key];
    const n = p[key];
    if (!isWithin(n, min, max)) return `${key} must be a number from ${min} to ${max}`;
    out[key] = n;
  }
  if (p.bounds !== undefined) {
    if (!Array.isArray(p.bounds) || p.bounds.length !== 2) return 'bounds must be [[west, south], [east, north]]';
    const sw = lngLat(p.bounds[0], 'bounds[0]', MAX_UNWRAPPED_LNG);
    if (typeof sw === 'string') return sw;
    const ne = lngLat(p.bounds[1], 'bounds[1]', MAX_UNWRAPPED_LNG);
    if (typeof ne === 'string') return ne;
    if (sw[1] > ne[1]) return 'bounds must be [[west, south], [east, north]] (south above north)';
    out.bounds = [sw, ne];
  }
  return Object.keys(out).length ? out : 'needs at least one of center, zoom, bearing, pitch, bounds, duration';
}

/** A subset of `allowed` in its order; undefined when absent; an error for anything else. */
function list<T extends string>(v: unknown, allowed: readonly T[], field: string): T[] | undefined | string {
  if (v === undefined) return undefined;
  const bad = `${field} must be a list of ${allowed.join(', ')}`;
  if (!Array.isArray(v) || v.length > allowed.length) return bad;
  const out = allowed.filter((a) => v.includes(a));
  return out.length === v.length ? out : bad;
}

const ok = (command: Command): CommandResult => ({ ok: true, command });
const refuse = (type: string, error: string): CommandResult => ({ ok: false, error: `${type}: ${error}` });

/** The command of a valid envelope, or why it is refused (unknown type, invalid payload). */
export function readCommand(env: Envelope): CommandResult {
  const id = env.id === undefined ? {} : { id: env.id };
  const p = isRecord(env.payload) ? env.payload : {};
  switch (env.type) {
    case 'ping':
    case 'state.get':
    case 'tour.play':
    case 'tour.pause':
    case 'tour.next':
    case 'tour.prev':
      return ok({ type: env.type, ...id });
    case 'view.set': {
      const view = parseView(p);
      return typeof view === 'string' ? refuse(env.type, view) : ok({ type: 'view.set', ...id, payload: view });
    }
    case 'corridor.select':
      if (p.id === null) return ok({ type: 'corridor.select', ...id, payload: { id: null } });
      return typeof p.id === 'string' && ID.test(p.id) ? ok({ type: 'corridor.select', ...id, payload: { id: p.id } }) : refuse(env.type, 'id must be a corridor or place id, or null');
    case 'filter.set': {
      const directions = list(p.directions, DIRECTIONS, 'directions');
      if (typeof directions === 'string') return refuse(env.type, directions);
      const modes = list(p.modes, MODES, 'modes');
      if (typeof modes === 'string') return refuse(env.type, modes);
      if (directions === undefined && modes === undefined) return refuse(env.type, 'needs directions or modes');
      return ok({ type: 'filter.set', ...id, payload: { ...(directions ? { directions } : {}), ...(modes ? { modes } : {}) } });
    }
    case 'tour.goto':
      return typeof p.chapter === 'string' && ID.test(p.chapter) ? ok({ type: 'tour.goto', ...id, payload: { chapter: p.chapter } }) : refuse(env.type, 'chapter must be a chapter id');
    case 'theme.set':
      return isOneOf(THEME_SETTINGS, p.theme) ? ok({ type: 'theme.set', ...id, payload: { theme: p.theme } }) : refuse(env.type, `theme must be one of ${THEME_SETTINGS.join(', ')}`);
    case 'lang.set':
      return isOneOf(LANGS, p.lang) ? ok({ type: 'lang.set', ...id, payload: { lang: p.lang } }) : refuse(env.type, `lang must be one of ${LANGS.join(', ')}`);
    case 'export.png': {
      const scale = p.scale ?? 1;
      if (!PNG_SCALES.some((k) => k === scale)) return refuse(env.type, `scale must be one of ${PNG_SCALES.join(', ')}`);
      const as = p.as ?? 'dataUrl';
      if (as !== 'dataUrl' && as !== 'blob') return refuse(env.type, 'as must be dataUrl or blob');
      return ok({ type: 'export.png', ...id, payload: { scale: scale as PngScale, as } });
    }
    case 'layer.add': {
      const g = p.geojson;
      const text = typeof g === 'string' ? g : isRecord(g) ? JSON.stringify(g) : null;
      if (text === null || (!isRecord(g) && !text.trimStart().startsWith('{'))) return refuse(env.type, 'geojson must be a GeoJSON object (FeatureCollection, Feature or geometry) or its JSON text');
      if (text.length > MAX_LAYER_MESSAGE_BYTES) return refuse(env.type, `geojson is larger than ${MAX_LAYER_MESSAGE_BYTES} characters`);
      const name = p.name ?? 'layer';
      if (typeof name !== 'string' || name.trim() === '' || name.length > 64) return refuse(env.type, 'name must be text of 1 to 64 characters');
      return ok({ type: 'layer.add', ...id, payload: { geojson: text, name: name.trim() } });
    }
    case 'layer.remove':
      return typeof p.id === 'string' && LAYER_ID.test(p.id) ? ok({ type: 'layer.remove', ...id, payload: { id: p.id } }) : refuse(env.type, 'id must be the id layer.add answered with');
    case 'routes.compare': {
      if (typeof p.to !== 'string' || !ID.test(p.to)) return refuse(env.type, 'to must be a destination place id');
      const closed = p.closed === undefined ? [] : list(p.closed, PASSAGE_IDS, 'closed');
      if (typeof closed === 'string') return refuse(env.type, closed);
      const t = p.tonnesPerTeu;
      if (t !== undefined && !(typeof t === 'number' && Number.isFinite(t) && t > 0 && t <= MAX_TONNES_PER_TEU)) return refuse(env.type, `tonnesPerTeu must be a number above 0 and at most ${MAX_TONNES_PER_TEU}`);
      return ok({ type: 'routes.compare', ...id, payload: { to: p.to, closed: closed ?? [], ...(t !== undefined ? { tonnesPerTeu: t } : {}) } });
    }
    default:
      return { ok: false, error: `unknown command "${env.type.slice(0, 64)}"` };
  }
}

/** A command from a host, or null when the type is unknown or its payload invalid. */
export function parseCommand(env: Envelope): Command | null {
  const r = readCommand(env);
  return r.ok ? r.command : null;
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
