/**
 * The URL contract of SPEC section 4. Query parameters are render flags read at start; the hash
 * holds live view state. Every parameter is one row of `url/params.ts`; the functions here are
 * generated from that table. Pure: every value is validated and clamped; malformed values fall
 * back to defaults with a warning, never an exception.
 */
import type { PassageId } from '../model/routes';
import type { Direction, Mode } from '../model/types';
import type { HashState, QueryState } from './url/params';
import { formatParams, parseParams, type Parsed } from './url/url-codec';
import type { ViewState } from './url/view-codec';

export { VIEW_LIMITS } from '../geo/view-limits';
export { parseStyleUrl } from './url/codecs';
export { URL_PARAMS, type HashState, type QueryState } from './url/params';
export type { Parsed } from './url/url-codec';
export type { AppMode, MotionSetting, ThemeSetting, UiLevel } from './url/values';
export type { ViewState } from './url/view-codec';

/** Parse `#map=...&sel=...&dir=...&modes=...&chapter=...` (leading # optional). */
export function parseHash(hash: string): Parsed<HashState> {
  return parseParams('hash', hash.replace(/^#/u, ''), (name) => `unknown hash parameter "${name}" ignored`);
}

/** Parse the query string (render flags, read once at start). Unknown parameters belong to the host page: no warning. */
export function parseQuery(search: string): Parsed<QueryState> {
  return parseParams('query', search, () => undefined);
}

/** The live state the hash mirrors. */
export interface LiveHashState {
  view: ViewState;
  sel: string | null;
  directions: readonly Direction[];
  modes: readonly Mode[];
  chapter?: string | null;
  to?: string | null;
  closed?: readonly PassageId[];
}

/** Format the live state as a hash (without `#`); defaults are left out to keep links short. */
export function formatHash(state: LiveHashState): string {
  return formatParams('hash', {
    view: state.view,
    sel: state.sel,
    directions: [...state.directions],
    modes: [...state.modes],
    ...(state.chapter ? { chapter: state.chapter } : {}),
    ...(state.to ? { to: state.to } : {}),
    ...(state.closed?.length ? { closed: [...state.closed] } : {}),
  });
}

/** Format render flags as a query string (without `?`), in table order; defaults are left out. */
export function formatQuery(state: QueryState): string {
  return formatParams('query', state);
}
