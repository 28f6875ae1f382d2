/**
 * Value codecs for URL parameters: each reads one raw (already percent-decoded) value, or returns
 * undefined after pushing a warning, and writes a value back in the form it reads. Pure; never
 * throws.
 */
import { ID_PATTERN } from '../../model/issues';
import { clamp } from '../../geo/view-limits';

export interface Codec<T> {
  parse(raw: string, name: string, warnings: string[]): T | undefined;
  format(value: T): string;
  /** Allowed values, for docs and warnings (`1..3600`, `en | zh`). */
  limits: string;
}

export function oneOf<T extends string>(allowed: readonly T[]): Codec<T> {
  return {
    parse(raw, name, warnings) {
      const found = allowed.find((a) => a === raw);
      if (found === undefined) warnings.push(`${name}="${raw}" is not one of ${allowed.join(', ')}; using the default`);
      return found;
    },
    format: (v) => v,
    limits: allowed.join(' | '),
  };
}

export const flag: Codec<boolean> = {
  parse(raw, name, warnings) {
    if (raw === '1' || raw === 'true') return true;
    if (raw === '0' || raw === 'false') return false;
    warnings.push(`${name}="${raw}" is not 1 or 0; using the default`);
    return undefined;
  },
  format: (v) => (v ? '1' : '0'),
  limits: '1 | 0',
};

/** A number clamped to [min, max] (with a warning when clamped); `unit` is for warnings and docs. */
export function numberIn(min: number, max: number, unit = ''): Codec<number> {
  const limits = `${min}..${max}${unit ? ` ${unit}` : ''}`;
  return {
    parse(raw, name, warnings) {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) {
        warnings.push(`${name}="${raw}" is not a number (${limits}); using the default`);
        return undefined;
      }
      const c = clamp(n, min, max) + 0; // + 0 turns -0 into 0
      if (c !== n) warnings.push(`${name}=${n} was clamped to ${c}`);
      return c;
    },
    format: (v) => String(v),
    limits,
  };
}

/** Kiosk idle seconds: 0 (no reset) or 10..3600; 1..9 are raised to 10. */
export const IDLE_LIMITS = { off: 0, min: 10, max: 3600 } as const;
const idleSeconds = numberIn(IDLE_LIMITS.off, IDLE_LIMITS.max, 'seconds');
export const idle: Codec<number> = {
  parse(raw, name, warnings) {
    const v = idleSeconds.parse(raw, name, warnings);
    if (v === undefined || v === IDLE_LIMITS.off || v >= IDLE_LIMITS.min) return v;
    warnings.push(`${name}=${v} was raised to ${IDLE_LIMITS.min} (0 turns the reset off)`);
    return IDLE_LIMITS.min;
  },
  format: (v) => String(v),
  limits: `${IDLE_LIMITS.off} | ${IDLE_LIMITS.min}..${IDLE_LIMITS.max} seconds`,
};

/** A model or tour id (`china-europe-rail`); `otherwise` says what happens to a bad one. */
export function id(otherwise: string): Codec<string> {
  return {
    parse(raw, name, warnings) {
      if (ID_PATTERN.test(raw)) return raw;
      warnings.push(`${name}="${raw}" is not a valid id; ${otherwise}`);
      return undefined;
    },
    format: (v) => v,
    limits: 'an id (a-z, 0-9, single hyphens)',
  };
}

/** An id, or null for an empty value (`sel=` clears the selection). */
export const idOrNone: Codec<string | null> = {
  parse: (raw, name, warnings) => (raw === '' ? null : id('ignoring it').parse(raw, name, warnings)),
  format: (v) => v ?? '',
  limits: 'an id, or empty for none',
};

/**
 * A comma-separated subset of `allowed`, in `allowed`'s order without duplicates. Unknown items
 * are dropped with a warning; no known item at all means "all" (undefined).
 */
export function listOf<T extends string>(allowed: readonly T[]): Codec<T[]> {
  return {
    parse(raw, name, warnings) {
      const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const unknown = items.filter((s) => !(allowed as readonly string[]).includes(s));
      const known = allowed.filter((a) => items.includes(a));
      if (unknown.length) warnings.push(`${name}: ignoring unknown value(s) ${unknown.join(', ')}`);
      if (known.length > 0) return known;
      if (items.length) warnings.push(`${name}="${raw}" has no known value; showing all`);
      return undefined;
    },
    format: (v) => allowed.filter((a) => v.includes(a)).join(','),
    limits: `comma-separated ${allowed.join(', ')}`,
  };
}

export const origin: Codec<string> = {
  parse(raw, name, warnings) {
    try {
      const o = new URL(raw).origin;
      if (o !== 'null') return o;
    } catch {
      // fall through to the warning
    }
    warnings.push(`${name}="${raw}" is not an origin; ignoring it`);
    return undefined;
  },
  format: (v) => v,
  limits: 'an origin (scheme://host[:port])',
};

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

export const styleUrl: Codec<string> = {
  parse(raw, name, warnings) {
    const v = parseStyleUrl(raw);
    if (v === undefined) warnings.push(`${name}="${raw}" is not an http(s) URL or path; using the built-in basemap`);
    return v;
  },
  format: (v) => v,
  limits: 'an http(s) URL or a same-origin path',
};

/** `record=`: open the video recorder (`1`), or open it with a frame size of its own (`640x360`, automation). */
export type RecordRequest = 'dialog' | { width: number; height: number };
/** Even sizes (H.264 and VP9 encode 4:2:0, colour at half the resolution) from 160x90 to 3840x2160. */
export const recordRequest: Codec<RecordRequest> = {
  parse(raw, name, warnings) {
    if (raw === '1') return 'dialog';
    const m = /^(\d+)x(\d+)$/u.exec(raw);
    const [width, height] = [Number(m?.[1]), Number(m?.[2])];
    if (width % 2 === 0 && height % 2 === 0 && width >= 160 && height >= 90 && width <= 3840 && height <= 2160) return { width, height };
    warnings.push(`${name}="${raw}" is not 1 or an even size from 160x90 to 3840x2160; ignoring it`);
    return undefined;
  },
  format: (v) => (v === 'dialog' ? '1' : `${v.width}x${v.height}`),
  limits: '1 | WIDTHxHEIGHT (even, 160x90..3840x2160)',
};
