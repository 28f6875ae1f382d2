/** The share link and the iframe snippet for the current state. Pure. */
import { formatHash, formatQuery, type QueryState, type ThemeSetting, type ViewState } from '../state/url-state';
import type { Direction, Lang, Mode } from '../model/types';

export interface ShareState {
  view: ViewState;
  sel: string | null;
  directions: readonly Direction[];
  modes: readonly Mode[];
  lang: Lang;
  theme: ThemeSetting;
}

export interface EmbedOptions {
  /** Let the host page send commands (api=1). */
  api: boolean;
  /** Let the embed report its height (autoheight=1). */
  autoHeight: boolean;
}

/** The app's address without query or hash, e.g. https://atlas.example/ */
export function appBase(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

function query(flags: QueryState): string {
  const s = formatQuery(flags);
  return s ? `?${s}` : '';
}

export function buildShareLink(base: string, state: ShareState): string {
  return `${base}${query({ lang: state.lang, theme: state.theme })}#${formatHash(state)}`;
}

export function buildEmbedUrl(base: string, state: ShareState, options: EmbedOptions): string {
  return `${base}${query({ lang: state.lang, theme: state.theme, api: options.api, autoheight: options.autoHeight })}#${formatHash(state)}`;
}

function attr(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

export const EMBED_TITLE = "Corridor Atlas: Chongqing's international logistics corridors";

/**
 * The iframe snippet a partner pastes (SPEC section 5 attributes): the full width of the host's
 * column at 16:10, at least 400 px tall; with `maxWidth` (the share dialog's preview size) no wider
 * than that, so it is `maxWidth` × embedHeight(maxWidth) px on a wide page and still fits a phone.
 */
export function buildEmbedSnippet(src: string, title: string = EMBED_TITLE, maxWidth?: number): string {
  const max = maxWidth === undefined ? '' : `max-width:${Math.round(maxWidth)}px;`;
  return `<iframe title="${attr(title)}" src="${attr(src)}" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin" style="border:0;width:100%;${max}aspect-ratio:16/10;min-height:400px"></iframe>`;
}

/** The iframe's height at a given width (16:10, at least 400 px). */
export function embedHeight(width: number): number {
  return Math.max(400, Math.round((width * 10) / 16));
}
