/**
 * The embed's side of the postMessage API v1. Commands are accepted only when `api=1`, the sender
 * is `window.parent`, and its origin is on the allowlist; anything else is ignored without a word.
 * A command from such a sender that is unknown or has an invalid payload is answered with
 * `response {ok: false, error}` when it carries an id. Events go to the parent's origin, never to
 * '*', except `ready` and `resize` (which carry nothing private). A message can never throw out of
 * the handler. The window is reached only through `EmbedEnv`, so tests run without a browser.
 */
import type { PassageId } from '../model/routes';
import { boundsMarks } from '../geo/frame';
import type { Selection } from '../state/slices/selection-slice';
import type { ModelIndex } from '../state/selectors';
import { resolveSelection } from '../state/selectors';
import type { AtlasStore } from '../state/store';
import { selectTheme } from '../state/store';
import { chapterIndex, type TourPlayer } from '../tour/player';
import { buildEvent, isOriginAllowed, parseEnvelope, readCommand, type Command, type EventType } from './protocol';

export const EMBED_CAPABILITIES = ['view.set', 'corridor.select', 'filter.set', 'theme.set', 'lang.set', 'state.get', 'ping', 'routes.compare'] as const;
export const TOUR_CAPABILITIES = ['tour.play', 'tour.pause', 'tour.next', 'tour.prev', 'tour.goto'] as const;
export const LAYER_CAPABILITIES = ['export.png', 'layer.add', 'layer.remove'] as const;

/**
 * The import and export tools (src/data-io/, loaded on the first export.png, layer.add or
 * layer.remove, which it carries out and answers: the first view holds only this forwarding).
 */
export interface EmbedDataTools {
  run(command: Extract<Command, { type: 'export.png' | 'layer.add' | 'layer.remove' }>): Promise<{ ok: true; payload?: unknown } | { ok: false; error: string }>;
}

const TOUR_ACTIONS = { 'tour.play': 'play', 'tour.pause': 'pause', 'tour.next': 'next', 'tour.prev': 'prev' } as const;

export interface EmbedApiOptions {
  store: AtlasStore;
  index: ModelIndex;
  apiEnabled: boolean;
  allowlist: readonly string[];
  /** Where events go: from origin=, location.ancestorOrigins or the referrer; null when unknown. */
  parentOrigin: string | null;
  autoHeight: boolean;
  version: string;
  /** Resolves when the first frame is drawn (ready is sent then). */
  firstFrame: Promise<void>;
  /** The tour, when one loaded: enables the tour.* commands and chapter events. */
  tour?: TourPlayer | null;
  /** The app's one camera policy for a selection (absent in tests that do not look at the camera). */
  frame?: (selection: Selection | null) => void;
  /** Export and imported layers: enables export.png, layer.add and layer.remove. */
  data?: () => Promise<EmbedDataTools>;
  /** The route planner's comparison (loaded on first use); absent: `routes.compare` is refused. */
  compareRoutes?: (to: string, closed: readonly PassageId[], tonnesPerTeu?: number) => Promise<{ ok: true; payload: unknown } | { ok: false; error: string }>;
}

/** Where `postMessage` can send (the parent window, or a test double). */
export interface PostTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** What the API needs of a message event. */
export interface IncomingMessage {
  source: unknown;
  origin: string;
  data: unknown;
}

/** The API's view of the browser. */
export interface EmbedEnv {
  /** The host page's window; null when the page is not framed (then nothing is sent or accepted). */
  parent: PostTarget | null;
  /** Listen to messages to this window; returns the way to stop. */
  onMessage(listener: (event: IncomingMessage) => void): () => void;
  /** Hear the page's height whenever it changes; returns the way to stop. */
  onHeight(listener: (height: number) => void): () => void;
}

/** The real window: the parent when framed, `message` events, a ResizeObserver on the page. */
export function browserEnv(): EmbedEnv {
  return {
    parent: window.parent === window ? null : window.parent,
    onMessage(listener) {
      const handle = (event: MessageEvent): void => listener(event);
      window.addEventListener('message', handle);
      return () => window.removeEventListener('message', handle);
    },
    onHeight(listener) {
      if (typeof ResizeObserver === 'undefined') return () => undefined;
      const observer = new ResizeObserver(() => listener(Math.ceil(document.documentElement.scrollHeight)));
      observer.observe(document.documentElement);
      return () => observer.disconnect();
    },
  };
}

/** The parent's origin, from what the page can know without asking it. */
export function findParentOrigin(originParam: string | undefined, ancestorOrigins: ArrayLike<string> | undefined, referrer: string): string | null {
  if (originParam) return originParam;
  const first = ancestorOrigins && ancestorOrigins.length > 0 ? ancestorOrigins[0] : undefined;
  if (first && first !== 'null') return first;
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

export function tourState(player: TourPlayer): Record<string, unknown> {
  return { tour: player.tour.id, chapter: player.chapter.id, index: player.state.index, count: player.tour.chapters.length, playing: player.state.playing };
}

export function snapshotState(store: AtlasStore, player?: TourPlayer | null): Record<string, unknown> {
  const s = store.getState();
  return {
    ...(player ? { tour: tourState(player) } : {}),
    sel: s.selection?.id ?? null,
    view: { center: [s.view.lng, s.view.lat], zoom: s.view.zoom, bearing: s.view.bearing, pitch: s.view.pitch },
    directions: s.directions,
    modes: s.modes,
    lang: s.lang,
    theme: selectTheme(s),
  };
}

export function startEmbedApi(o: EmbedApiOptions, env: EmbedEnv = browserEnv()): () => void {
  const parent = env.parent;
  const post = (type: EventType, payload?: unknown, id?: string, target: string | null = o.parentOrigin): void => {
    if (!parent) return;
    const broadcast = type === 'ready' || type === 'resize';
    const to = broadcast ? '*' : target;
    if (!to) return;
    try {
      parent.postMessage(buildEvent(type, payload, id), to);
    } catch {
      // A wrong target origin throws in some browsers: the event is dropped, the app goes on.
    }
  };
  let drawn = false;
  const capabilities = [...EMBED_CAPABILITIES, ...(o.tour ? TOUR_CAPABILITIES : []), ...(o.data ? LAYER_CAPABILITIES : [])];
  const failed = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 200);
  const sendReady = (): void => post('ready', { version: o.version, protocol: 1, capabilities, state: snapshotState(o.store, o.tour) });

  const run = (cmd: Command, from: string): void => {
    const s = o.store.getState();
    const reply = (ok: boolean, extra: Record<string, unknown> = {}): void => {
      if (cmd.id) post('response', { ok, ...extra }, cmd.id, from);
    };
    switch (cmd.type) {
      case 'ping':
        // Before the first frame, ready will follow on its own.
        if (drawn) sendReady();
        return reply(true);
      case 'state.get':
        return reply(true, { payload: snapshotState(o.store, o.tour) });
      case 'view.set': {
        const v = cmd.payload;
        if (v.bounds) {
          s.requestCamera({ kind: 'frame', marks: boundsMarks(v.bounds), ...(v.duration !== undefined ? { duration: v.duration } : {}) });
          return reply(true);
        }
        const view = { ...s.view };
        if (v.center) [view.lng, view.lat] = v.center;
        if (v.zoom !== undefined) view.zoom = v.zoom;
        if (v.bearing !== undefined) view.bearing = v.bearing;
        if (v.pitch !== undefined) view.pitch = v.pitch;
        s.requestCamera({ kind: 'jump', view, duration: v.duration ?? 0 });
        return reply(true);
      }
      case 'corridor.select': {
        const sel = resolveSelection(o.index, cmd.payload.id);
        if (cmd.payload.id !== null && !sel) return reply(false, { error: `unknown corridor or place "${cmd.payload.id}"` });
        s.select(sel);
        o.frame?.(sel);
        return reply(true);
      }
      case 'filter.set':
        s.setFilters(cmd.payload);
        return reply(true);
      case 'theme.set':
        s.setThemeSetting(cmd.payload.theme);
        return reply(true);
      case 'lang.set':
        s.setLang(cmd.payload.lang);
        return reply(true);
      case 'tour.play':
      case 'tour.pause':
      case 'tour.next':
      case 'tour.prev': {
        if (!o.tour) return reply(false, { error: 'no tour is loaded' });
        if (s.chapter === null) o.tour.enter();
        o.tour.dispatch({ type: TOUR_ACTIONS[cmd.type] });
        return reply(true, { payload: tourState(o.tour) });
      }
      case 'routes.compare': {
        if (!o.compareRoutes) return reply(false, { error: 'routes.compare: the route planner is not available here' });
        const { to, closed, tonnesPerTeu } = cmd.payload;
        o.compareRoutes(to, closed, tonnesPerTeu).then(
          (r) => (r.ok ? reply(true, { payload: r.payload }) : reply(false, { error: `routes.compare: ${r.error}` })),
          () => reply(false, { error: 'routes.compare: the route network could not be loaded' }),
        );
        return;
      }
      case 'tour.goto': {
        if (!o.tour) return reply(false, { error: 'no tour is loaded' });
        const index = chapterIndex(o.tour.tour, cmd.payload.chapter);
        if (index < 0) return reply(false, { error: `unknown chapter "${cmd.payload.chapter}"` });
        o.tour.open(index);
        return reply(true, { payload: tourState(o.tour) });
      }
      case 'export.png':
      case 'layer.add':
      case 'layer.remove':
        if (!o.data) return reply(false, { error: `${cmd.type}: not available` });
        o.data().then((d) => d.run(cmd)).then((r) => reply(r.ok, r.ok ? (r.payload === undefined ? {} : { payload: r.payload }) : { error: `${cmd.type}: ${r.error}` }), (err: unknown) => reply(false, { error: `${cmd.type}: ${failed(err)}` }));
        return;
    }
  };

  const onMessage = (event: IncomingMessage): void => {
    if (!o.apiEnabled || !parent || event.source !== parent) return;
    if (!isOriginAllowed(event.origin, o.allowlist)) return;
    const envelope = parseEnvelope(event.data);
    if (!envelope) return;
    const read = readCommand(envelope);
    try {
      if (read.ok) run(read.command, event.origin);
      else if (envelope.id) post('response', { ok: false, error: read.error }, envelope.id, event.origin);
    } catch {
      // Never let a message break the app; the host still hears that its command failed.
      if (envelope.id) post('response', { ok: false, error: `${envelope.type}: the command failed` }, envelope.id, event.origin);
    }
  };
  const offMessage = env.onMessage((event) => {
    try {
      onMessage(event);
    } catch {
      // A hostile event (a throwing getter) is dropped.
    }
  });

  const tour = o.tour;
  const offTour = tour ? tour.subscribe((e) => {
    if (e.moved) post('chapter.change', { chapter: e.chapter.id, index: e.state.index });
    post('tour.state', tourState(tour));
  }) : undefined;
  const unsubscribe = o.store.subscribe((s, prev) => {
    if (s.selection !== prev.selection) post('corridor.change', { id: s.selection?.id ?? null, kind: s.selection?.kind ?? null });
    if (s.view !== prev.view) post('view.change', snapshotState(o.store).view);
  });

  let lastHeight = 0;
  const offHeight = o.autoHeight
    ? env.onHeight((height) => {
      if (height === lastHeight) return;
      lastHeight = height;
      post('resize', { height });
    })
    : null;

  let stopped = false;
  void o.firstFrame.then(() => {
    if (stopped) return;
    drawn = true;
    sendReady();
  });
  return () => {
    stopped = true;
    offMessage();
    unsubscribe();
    offTour?.();
    offHeight?.();
  };
}
