/**
 * The URL contract of SPEC section 4 as one table: each parameter once, with where it lives (the
 * query holds render flags read at start, the hash the live view), its codec (parser, formatter,
 * limits) and what the app does when it is absent. `url-state.ts` generates the parsers and
 * formatters from it. The table's type has one row per field of `HashState & QueryState`, so a
 * field without a row, or a row in the wrong place, does not compile.
 */
import { PASSAGE_IDS, type PassageId } from '../../model/routes';
import { DIRECTIONS, MODES, type Direction, type Lang, type Mode } from '../../model/types';
import { flag, id, idle, IDLE_LIMITS, idOrNone, listOf, numberIn, oneOf, origin, recordRequest, styleUrl, type Codec, type RecordRequest } from './codecs';
import { APP_MODES, LANGS, MOTION_SETTINGS, THEME_SETTINGS, UI_LEVELS, type AppMode, type MotionSetting, type ThemeSetting, type UiLevel } from './values';
import { view, type ViewState } from './view-codec';

export interface HashState {
  view?: ViewState;
  /** A corridor or place id, resolved against the model by the caller; null: nothing selected. */
  sel?: string | null;
  directions?: Direction[];
  modes?: Mode[];
  chapter?: string;
  /** The planner's destination (a place id, checked against the network when it loads). */
  to?: string | null;
  /** Passages closed in the planner's what-if. */
  closed?: PassageId[];
}

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
  /** Present mode: open the video recorder (with a frame size of its own, for automation). */
  record?: RecordRequest;
  /** The video recorder: only the tour's first N chapters. */
  chapters?: number;
}

export type UrlState = HashState & QueryState;
export type Where = 'hash' | 'query';

export interface UrlParam<T, W extends Where = Where> {
  /** The parameter's name in the URL. */
  name: string;
  where: W;
  codec: Codec<T>;
  /** What the app does when the parameter is absent (its default). */
  absent: string;
  /** Values a formatter leaves out because they mean the same as absent. */
  omit?: (value: T) => boolean;
}

export type UrlTable = {
  [K in keyof UrlState]-?: UrlParam<Exclude<UrlState[K], undefined>, K extends keyof HashState ? 'hash' : 'query'>;
};

const allOrNone = (all: readonly string[]) => (v: readonly string[]): boolean => v.length === 0 || v.length === all.length;

/** Limits of the numeric query flags. */
export const DWELL_LIMITS = { min: 2, max: 120 } as const;
export const SCALE_LIMITS = { min: 0.75, max: 4 } as const;
export const CHAPTERS_LIMITS = { min: 1, max: 99 } as const;
export { IDLE_LIMITS };

/** Rows in the order a formatter writes them. */
export const URL_PARAMS: UrlTable = {
  view: { name: 'map', where: 'hash', codec: view, absent: 'the whole network (or the chapter\'s camera)' },
  sel: { name: 'sel', where: 'hash', codec: idOrNone, absent: 'nothing selected', omit: (v) => v === null },
  directions: { name: 'dir', where: 'hash', codec: listOf(DIRECTIONS), absent: 'all directions', omit: allOrNone(DIRECTIONS) },
  modes: { name: 'modes', where: 'hash', codec: listOf(MODES), absent: 'all modes', omit: allOrNone(MODES) },
  chapter: { name: 'chapter', where: 'hash', codec: id('ignoring it'), absent: 'no chapter' },
  to: { name: 'to', where: 'hash', codec: idOrNone, absent: 'the planner closed', omit: (v) => v === null },
  closed: { name: 'closed', where: 'hash', codec: listOf(PASSAGE_IDS), absent: 'every passage open', omit: (v) => v.length === 0 },
  mode: { name: 'mode', where: 'query', codec: oneOf(APP_MODES), absent: 'explore, or embed inside an iframe' },
  lang: { name: 'lang', where: 'query', codec: oneOf(LANGS), absent: 'en', omit: (v) => v === 'en' },
  theme: { name: 'theme', where: 'query', codec: oneOf(THEME_SETTINGS), absent: 'dark', omit: (v) => v === 'dark' },
  tour: { name: 'tour', where: 'query', codec: id('using the default tour'), absent: 'chongqing-four-directions' },
  autoplay: { name: 'autoplay', where: 'query', codec: flag, absent: 'present mode: as loop; otherwise 0' },
  loop: { name: 'loop', where: 'query', codec: flag, absent: 'present mode: 1; otherwise 0' },
  idle: { name: 'idle', where: 'query', codec: idle, absent: 'present mode: 60 with loop=1, else 0; otherwise 0' },
  dwell: { name: 'dwell', where: 'query', codec: numberIn(DWELL_LIMITS.min, DWELL_LIMITS.max, 'seconds'), absent: 'the tour\'s reading-time dwell' },
  scale: { name: 'scale', where: 'query', codec: numberIn(SCALE_LIMITS.min, SCALE_LIMITS.max), absent: 'grows with the screen width, 1 at 1280 px' },
  ui: { name: 'ui', where: 'query', codec: oneOf(UI_LEVELS), absent: 'full; minimal in embed mode' },
  api: { name: 'api', where: 'query', codec: flag, absent: '0 (host commands ignored)', omit: (v) => !v },
  autoheight: { name: 'autoheight', where: 'query', codec: flag, absent: '0', omit: (v) => !v },
  origin: { name: 'origin', where: 'query', codec: origin, absent: 'the deployed allowlist; events to the parent found by ancestorOrigins or referrer' },
  style: { name: 'style', where: 'query', codec: styleUrl, absent: 'the built-in basemap' },
  motion: { name: 'motion', where: 'query', codec: oneOf(MOTION_SETTINGS), absent: 'auto (follows prefers-reduced-motion)', omit: (v) => v === 'auto' },
  record: { name: 'record', where: 'query', codec: recordRequest, absent: 'the recorder opens from the help dialog only (present mode)' },
  chapters: { name: 'chapters', where: 'query', codec: numberIn(CHAPTERS_LIMITS.min, CHAPTERS_LIMITS.max, 'chapters'), absent: 'the video has every chapter of the tour' },
};
