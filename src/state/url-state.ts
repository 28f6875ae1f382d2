/**
 * The URL contract of SPEC section 4. Query parameters are render flags read at start; the hash
 * holds live view state. Pure: every value is validated and clamped; malformed values fall back to
 * defaults and produce a warning, never an exception.
 */
import { ID_PATTERN as ID } from '../model/issues';
import { DIRECTIONS, MODES, type Direction, type Lang, type Mode } from '../model/types';
import { wrapLongitude } from '../geo/longitude';

export interface ViewState {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

export const VIEW_LIMITS = { minZoom: 0.5, maxZoom: 12, maxLat: 85, maxPitch: 60 } as const;

export interface HashState {
  view?: ViewState;
  /** A corridor or place id; resolved against the model by the caller. */
  sel?: string | null;
  directions?: Direction[];
  modes?: Mode[];
  chapter?: string;
}

export type ThemeSetting = 'dark' | 'light' | 'auto';
export type MotionSetting = 'auto' | 'reduce';
export type AppMode = 'explore' | 'present' | 'embed';
export type UiLevel = 'full' | 'minimal' | 'none';

export interface QueryState {
  mode?: AppMode;
  lang?: Lang;
  theme?: ThemeSetting;
  tour?: string;
  autoplay?: boolean;
  loop?: boolean;
  /** Kiosk idle seconds before the warning; 0 turns the kiosk reset off. */
  idle?: number;
  dwell?: number;
  /** Type and control scale for big screens (present mode). */
  scale?: number;
  ui?: UiLevel;
  api?: boolean;
  /** Embed: report the page height to the host (`resize` events). */
  autoheight?: boolean;
  origin?: string;
  style?: string;
  motion?: MotionSetting;
}

export interface Parsed<T> {
  value: T;
  warnings: string[];
}


function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}


function parseView(raw: string, warnings: string[]): ViewState | undefined {
  const parts = raw.split('/');
  const nums = parts.map(Number);
  if ((parts.length !== 3 && parts.length !== 5) || nums.some((n) => !Number.isFinite(n)) || parts.some((p) => p.trim() === '')) {
    warnings.push(`map="${raw}" is not zoom/lat/lng[/bearing/pitch]; using the default view`);
    return undefined;
  }
  const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = nums;
  const view: ViewState = {
    zoom: clamp(zoom, VIEW_LIMITS.minZoom, VIEW_LIMITS.maxZoom),
    lat: clamp(lat, -VIEW_LIMITS.maxLat, VIEW_LIMITS.maxLat),
    lng: wrapLongitude(lng),
    bearing: wrapLongitude(bearing),
    pitch: clamp(pitch, 0, VIEW_LIMITS.maxPitch),
  };
  if (view.zoom !== zoom || view.lat !== lat || view.pitch !== pitch) warnings.push(`map="${raw}" was clamped to the allowed range`);
  return view;
}

function parseList<T extends string>(name: string, raw: string, allowed: readonly T[], warnings: string[]): T[] | undefined {
  const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const known = items.filter((s): s is T => (allowed as readonly string[]).includes(s));
  const unknown = items.filter((s) => !(allowed as readonly string[]).includes(s));
  if (unknown.length) warnings.push(`${name}: ignoring unknown value(s) ${unknown.join(', ')}`);
  if (known.length === 0) {
    if (items.length) warnings.push(`${name}="${raw}" has no known value; showing all`);
    return undefined;
  }
  // Stable order, no duplicates.
  return allowed.filter((a) => known.includes(a));
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parse `#map=...&sel=...&dir=...&modes=...&chapter=...` (leading # optional). */
export function parseHash(hash: string): Parsed<HashState> {
  const warnings: string[] = [];
  const out: HashState = {};
  const params = new URLSearchParams(hash.replace(/^#/u, ''));
  for (const [key, rawValue] of params) {
    const raw = decode(rawValue);
    switch (key) {
      case 'map': {
        const view = parseView(raw, warnings);
        if (view) out.view = view;
        break;
      }
      case 'sel':
        if (raw === '') out.sel = null;
        else if (ID.test(raw)) out.sel = raw;
        else warnings.push(`sel="${raw}" is not a valid id; ignoring it`);
        break;
      case 'dir': {
        const dirs = parseList('dir', raw, DIRECTIONS, warnings);
        if (dirs) out.directions = dirs;
        break;
      }
      case 'modes': {
        const modes = parseList('modes', raw, MODES, warnings);
        if (modes) out.modes = modes;
        break;
      }
      case 'chapter':
        if (ID.test(raw)) out.chapter = raw;
        else warnings.push(`chapter="${raw}" is not a valid id; ignoring it`);
        break;
      default:
        warnings.push(`unknown hash parameter "${key}" ignored`);
    }
  }
  return { value: out, warnings };
}

function round(n: number, dp: number): string {
  return String(Number(n.toFixed(dp)) + 0);
}

/** Format the live state as a hash (without `#`); defaults are left out to keep links short. */
export function formatHash(state: { view: ViewState; sel: string | null; directions: readonly Direction[]; modes: readonly Mode[]; chapter?: string | null }): string {
  const v = state.view;
  const parts = [`${round(v.zoom, 2)}/${round(v.lat, 4)}/${round(v.lng, 4)}`];
  if (v.bearing !== 0 || v.pitch !== 0) parts.push(`${round(v.bearing, 1)}/${round(v.pitch, 1)}`);
  const out = [`map=${parts.join('/')}`];
  if (state.sel) out.push(`sel=${state.sel}`);
  if (state.directions.length !== DIRECTIONS.length) out.push(`dir=${DIRECTIONS.filter((d) => state.directions.includes(d)).join(',')}`);
  if (state.modes.length !== MODES.length) out.push(`modes=${MODES.filter((m) => state.modes.includes(m)).join(',')}`);
  if (state.chapter) out.push(`chapter=${state.chapter}`);
  return out.join('&');
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[], warnings: string[]): T | undefined {
  const found = allowed.find((a) => a === raw);
  if (found === undefined) warnings.push(`${name}="${raw}" is not one of ${allowed.join(', ')}; using the default`);
  return found;
}

function flag(name: string, raw: string, warnings: string[]): boolean | undefined {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  warnings.push(`${name}="${raw}" is not 1 or 0; using the default`);
  return undefined;
}

function seconds(name: string, raw: string, min: number, max: number, warnings: string[]): number | undefined {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) {
    warnings.push(`${name}="${raw}" is not a number of seconds; using the default`);
    return undefined;
  }
  const c = clamp(n, min, max);
  if (c !== n) warnings.push(`${name}=${n} was clamped to ${c}`);
  return c;
}

/**
 * A style URL the user may point the app at: http(s) URLs and same-origin paths. Other schemes
 * (javascript:, data:) are refused.
 */
export function parseStyleUrl(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed, 'http://same-origin.invalid/');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return trimmed;
  } catch {
    return undefined;
  }
}

/** Parse the query string (render flags, read once at start). */
export function parseQuery(search: string): Parsed<QueryState> {
  const warnings: string[] = [];
  const out: QueryState = {};
  const params = new URLSearchParams(search);
  for (const [key, raw] of params) {
    switch (key) {
      case 'mode': { const v = oneOf('mode', raw, ['explore', 'present', 'embed'] as const, warnings); if (v) out.mode = v; break; }
      case 'lang': { const v = oneOf('lang', raw, ['en', 'zh'] as const, warnings); if (v) out.lang = v; break; }
      case 'theme': { const v = oneOf('theme', raw, ['dark', 'light', 'auto'] as const, warnings); if (v) out.theme = v; break; }
      case 'ui': { const v = oneOf('ui', raw, ['full', 'minimal', 'none'] as const, warnings); if (v) out.ui = v; break; }
      case 'motion': { const v = oneOf('motion', raw, ['auto', 'reduce'] as const, warnings); if (v) out.motion = v; break; }
      case 'autoplay': { const v = flag('autoplay', raw, warnings); if (v !== undefined) out.autoplay = v; break; }
      case 'loop': { const v = flag('loop', raw, warnings); if (v !== undefined) out.loop = v; break; }
      case 'api': { const v = flag('api', raw, warnings); if (v !== undefined) out.api = v; break; }
      case 'autoheight': { const v = flag('autoheight', raw, warnings); if (v !== undefined) out.autoheight = v; break; }
      case 'idle': {
        const v = seconds('idle', raw, 0, 3600, warnings);
        if (v !== undefined && v > 0 && v < 10) warnings.push(`idle=${v} was raised to 10 (0 turns the reset off)`);
        if (v !== undefined) out.idle = v > 0 && v < 10 ? 10 : v;
        break;
      }
      case 'scale': { const v = seconds('scale', raw, 0.75, 4, warnings); if (v !== undefined) out.scale = v; break; }
      case 'dwell': { const v = seconds('dwell', raw, 2, 120, warnings); if (v !== undefined) out.dwell = v; break; }
      case 'tour':
        if (ID.test(raw)) out.tour = raw;
        else warnings.push(`tour="${raw}" is not a valid id; using the default tour`);
        break;
      case 'origin':
        try {
          const o = new URL(raw).origin;
          if (o === 'null') throw new Error('opaque');
          out.origin = o;
        } catch {
          warnings.push(`origin="${raw}" is not an origin; ignoring it`);
        }
        break;
      case 'style': {
        const v = parseStyleUrl(raw);
        if (v) out.style = v;
        else warnings.push(`style="${raw}" is not an http(s) URL or path; using the built-in basemap`);
        break;
      }
      default:
        // Unknown query parameters belong to the host page; leave them alone.
        break;
    }
  }
  return { value: out, warnings };
}
