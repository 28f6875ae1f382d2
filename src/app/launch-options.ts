/**
 * Start-up, step one (pure): the URL (parsed query and hash) and the browser's environment decide
 * everything the start functions need: the mode, the store's first state, the root flags, which
 * reliability and offline pieces run. Nothing here touches the DOM.
 */
import type { Lang } from '../model/types';
import type { StoreInit } from '../state/store';
import { DEFAULT_VIEW } from '../state/slices/view-slice';
import type { HashState, QueryState } from '../state/url-state';
import { DEFAULT_TOUR_ID } from '../tour/tour-schema';

export type LaunchMode = NonNullable<QueryState['mode']>;
export type LaunchUi = NonNullable<QueryState['ui']>;

/** What the page knows about where it runs, read once at start. */
export interface LaunchEnvironment {
  /** Inside an iframe (cross-origin parents included). */
  framed: boolean;
  /** window.innerWidth in CSS pixels. */
  width: number;
  /** prefers-reduced-motion: reduce. */
  reducedMotion: boolean;
  /** prefers-color-scheme: dark. */
  darkScheme: boolean;
}

export interface LaunchOptions {
  mode: LaunchMode;
  /** The store's first state: view, filters and settings from the URL and the environment. */
  store: StoreInit & { lang: Lang };
  /** The hash's selection and chapter, resolved against the model once it is loaded. */
  sel: string | null;
  chapter: string | null;
  /** True when the hash named a view (a linked chapter then keeps the link's camera). */
  linkedView: boolean;
  /** motion=reduce: reduced motion whatever the system says. */
  forceReducedMotion: boolean;
  ui: LaunchUi;
  /** Present mode's type and control scale (--ui-scale), null elsewhere. */
  uiScale: number | null;
  /** Seconds without input before the kiosk resets; 0 = no kiosk. */
  idleSeconds: number;
  /** A kiosk: present mode with an idle reset (no rotation gestures, data-kiosk-mode). */
  kiosk: boolean;
  tourId: string;
  autoplay: boolean;
  loop: boolean;
  /** Seconds per chapter instead of the tour's own dwell. */
  dwell: number | null;
  /** A user basemap style URL, or null for the built-in one. */
  style: string | null;
  /** Embed: report the page height to the host. */
  autoheight: boolean;
  /** Embed: the postMessage API is on (api=1). */
  api: boolean;
  /** Embed: the origin named by origin=, if any. */
  origin: string | null;
  /** Embed: zoom needs Ctrl/⌘ + scroll, two fingers on touch. */
  cooperativeGestures: boolean;
  /** The frame heartbeat: only where nobody is watching the page (present mode). */
  heartbeat: boolean;
  /** The service worker (never in an embed: it would be partitioned per site anyway). */
  offline: boolean;
  /** Present mode, record=: open the video recorder at start, with its own frame size if given. */
  record: { size: { width: number; height: number } | null } | null;
  /** chapters=: the recorder takes only the tour's first N chapters. */
  recordChapters: number | null;
}

/** Present mode's scale when scale= is not given: 1 at 1280 px wide, growing with the screen up to 2.5. */
export function defaultUiScale(width: number): number {
  return Math.min(2.5, Math.max(1, width / 1280));
}

export function buildLaunchOptions(query: QueryState, hash: HashState, env: LaunchEnvironment): LaunchOptions {
  const mode: LaunchMode = query.mode ?? (env.framed ? 'embed' : 'explore');
  const present = mode === 'present';
  const embed = mode === 'embed';
  // A kiosk (present with loop) resets after 60 s idle unless told otherwise; idle=0 turns that off.
  const idleSeconds = present ? (query.idle ?? (query.loop ? 60 : 0)) : 0;
  const forceReducedMotion = query.motion === 'reduce';
  return {
    mode,
    store: {
      view: hash.view ?? DEFAULT_VIEW,
      ...(hash.directions ? { directions: hash.directions } : {}),
      ...(hash.modes ? { modes: hash.modes } : {}),
      ...(hash.to ? { plannerTo: hash.to } : {}),
      ...(hash.closed ? { closed: hash.closed } : {}),
      lang: query.lang ?? 'en',
      themeSetting: query.theme ?? 'dark',
      systemDark: env.darkScheme,
      reducedMotion: forceReducedMotion || env.reducedMotion,
    },
    sel: hash.sel ?? null,
    chapter: hash.chapter ?? null,
    linkedView: hash.view !== undefined,
    forceReducedMotion,
    ui: query.ui ?? (embed ? 'minimal' : 'full'),
    uiScale: present ? (query.scale ?? defaultUiScale(env.width)) : null,
    idleSeconds,
    kiosk: idleSeconds > 0,
    tourId: query.tour ?? DEFAULT_TOUR_ID,
    autoplay: query.autoplay ?? (present && query.loop === true),
    loop: query.loop ?? present,
    dwell: query.dwell ?? null,
    style: query.style ?? null,
    autoheight: embed && query.autoheight === true,
    api: query.api === true,
    origin: query.origin ?? null,
    cooperativeGestures: embed,
    heartbeat: present,
    offline: !embed,
    record: present && query.record !== undefined ? { size: query.record === 'dialog' ? null : query.record } : null,
    recordChapters: query.chapters !== undefined ? Math.floor(query.chapters) : null,
  };
}

/** The flags on <html> that CSS and tests read, before anything is drawn. */
export function rootFlags(o: LaunchOptions): Record<string, string> {
  return {
    atlasState: 'loading',
    mode: o.mode,
    ui: o.ui,
    ...(o.kiosk ? { kioskMode: '1' } : {}),
    ...(o.autoheight ? { autoheight: '1' } : {}),
  };
}
