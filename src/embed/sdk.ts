/**
 * Corridor Atlas host SDK (embed.js): attach to an iframe showing the atlas, send commands (queued
 * until the atlas is ready), receive its events, and optionally let it size the iframe's height.
 * Dependency-free. Messages are accepted only from that iframe's window and the atlas origin.
 *
 *   const atlas = CorridorAtlas.attach(document.querySelector('iframe'), {
 *     autoHeight: true,
 *     onReady: (info) => console.log(info.version),
 *     onCorridorChange: ({ id }) => console.log('selected', id),
 *   });
 *   atlas.selectCorridor('land-sea-corridor');
 */

const SOURCE = 'corridor-atlas';
const VERSION = 1;

export interface AttachOptions {
  /** The atlas origin. Default: the origin of the iframe's src. */
  origin?: string;
  /** Set the iframe's height from the atlas's `resize` events (needs autoheight=1 in the src). */
  autoHeight?: boolean;
  /** Rejects a command's promise when no response comes in this many ms. Default 10000. */
  timeoutMs?: number;
  onReady?: (payload: unknown) => void;
  onViewChange?: (payload: unknown) => void;
  onCorridorChange?: (payload: { id: string | null; kind: string | null }) => void;
  onChapterChange?: (payload: unknown) => void;
  onTourState?: (payload: unknown) => void;
  onResize?: (payload: { height: number }) => void;
  onError?: (payload: unknown) => void;
  /** Every event, by type. */
  on?: (type: string, payload: unknown) => void;
}

export interface AtlasEmbed {
  /** Resolves with the `ready` payload. */
  readonly ready: Promise<unknown>;
  send(type: string, payload?: unknown): Promise<unknown>;
  selectCorridor(id: string | null): Promise<unknown>;
  setView(view: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number; bounds?: [[number, number], [number, number]]; duration?: number }): Promise<unknown>;
  setFilter(filter: { directions?: string[]; modes?: string[] }): Promise<unknown>;
  setTheme(theme: 'dark' | 'light' | 'auto'): Promise<unknown>;
  setLang(lang: 'en' | 'zh'): Promise<unknown>;
  getState(): Promise<unknown>;
  /** A PNG of the current view (1x, 2x or 4x) with its legend, title, attribution and date. */
  exportPng(options?: { scale?: 1 | 2 | 4; as?: 'dataUrl' | 'blob' }): Promise<PngExport>;
  /** Draw GeoJSON (at most 5 MB as JSON, 100,000 features) as a layer; validated like a file. */
  addLayer(geojson: object | string, name?: string): Promise<LayerAdded>;
  /** Remove a layer `addLayer` added. */
  removeLayer(id: string): Promise<unknown>;
  /** The route planner's comparison from Chongqing to `to` with `closed` passages shut (resolves with `{to, closed, routes}`). */
  compareRoutes(to: string, closed?: Array<'suez' | 'babelmandeb' | 'malacca' | 'panama' | 'gibraltar'>, tonnesPerTeu?: number): Promise<unknown>;
  detach(): void;
}

export interface PngExport {
  type: 'image/png';
  width: number;
  height: number;
  /** With `as: 'dataUrl'` (the default). */
  dataUrl?: string;
  /** With `as: 'blob'`. */
  blob?: Blob;
}

export interface LayerAdded {
  id: string;
  features: number;
  /** Features skipped as invalid, and the first of them ("feature 12: latitude 123.4 out of range"). */
  skipped: number;
  errors: string[];
}

declare global {
  interface Window {
    /** Set by embed.js: `CorridorAtlas.attach(iframe, options)`. */
    CorridorAtlas?: { attach: typeof attach };
  }
}

interface Pending { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }

export function attach(iframe: HTMLIFrameElement, options: AttachOptions = {}): AtlasEmbed {
  const origin = options.origin ?? new URL(iframe.src, location.href).origin;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const queue: Array<() => void> = [];
  const pending = new Map<string, Pending>();
  let isReady = false;
  let seq = 0;
  let resolveReady: (v: unknown) => void = () => undefined;
  const ready = new Promise<unknown>((r) => {
    resolveReady = r;
  });

  const post = (message: Record<string, unknown>): void => {
    iframe.contentWindow?.postMessage(message, origin);
  };
  const setHeight = (h: unknown): void => {
    if (options.autoHeight && typeof h === 'number' && h > 0 && h < 20_000) iframe.style.height = `${Math.round(h)}px`;
  };

  const handlers: Record<string, ((p: never) => void) | undefined> = {
    'view.change': options.onViewChange,
    'corridor.change': options.onCorridorChange,
    'chapter.change': options.onChapterChange,
    'tour.state': options.onTourState,
    resize: options.onResize,
    error: options.onError,
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    let data: unknown = event.data;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data);
      } catch {
        return;
      }
    }
    if (typeof data !== 'object' || data === null) return;
    const msg = data as { source?: unknown; v?: unknown; type?: unknown; id?: unknown; payload?: unknown; context?: unknown; height?: unknown };
    if (msg.context === 'iframe.resize') {
      setHeight(msg.height);
      return;
    }
    if (msg.source !== SOURCE || msg.v !== VERSION || typeof msg.type !== 'string') return;
    const payload = msg.payload;
    if (msg.type === 'response' && typeof msg.id === 'string') {
      const p = pending.get(msg.id);
      if (p) {
        pending.delete(msg.id);
        clearTimeout(p.timer);
        const r = (payload ?? {}) as { ok?: boolean; payload?: unknown; error?: unknown };
        if (r.ok) p.resolve(r.payload);
        else p.reject(new Error(String(r.error ?? 'command failed')));
      }
      return;
    }
    if (msg.type === 'ready') {
      const first = !isReady;
      isReady = true;
      resolveReady(payload);
      options.onReady?.(payload);
      if (first) queue.splice(0).forEach((run) => run());
    }
    if (msg.type === 'resize') setHeight((payload as { height?: unknown } | undefined)?.height);
    (handlers[msg.type] as ((p: unknown) => void) | undefined)?.(payload);
    options.on?.(msg.type, payload);
  };
  window.addEventListener('message', onMessage);

  const send = (type: string, payload?: unknown): Promise<unknown> => new Promise((resolve, reject) => {
    const id = `c${++seq}`;
    const run = (): void => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${type}: no response (is api=1 set and this page's origin allowed?)`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      post({ source: SOURCE, v: VERSION, type, id, ...(payload === undefined ? {} : { payload }) });
    };
    if (isReady) run();
    else queue.push(run);
  });

  // The atlas may have been ready before attach: ask again.
  iframe.addEventListener('load', () => post({ source: SOURCE, v: VERSION, type: 'ping' }));
  post({ source: SOURCE, v: VERSION, type: 'ping' });

  return {
    ready,
    send,
    selectCorridor: (id) => send('corridor.select', { id }),
    setView: (view) => send('view.set', view),
    setFilter: (filter) => send('filter.set', filter),
    setTheme: (theme) => send('theme.set', { theme }),
    setLang: (lang) => send('lang.set', { lang }),
    getState: () => send('state.get'),
    exportPng: (opts = {}) => send('export.png', opts) as Promise<PngExport>,
    addLayer: (geojson, name) => send('layer.add', { geojson, ...(name === undefined ? {} : { name }) }) as Promise<LayerAdded>,
    removeLayer: (id) => send('layer.remove', { id }),
    compareRoutes: (to, closed = [], tonnesPerTeu) => send('routes.compare', { to, closed, ...(tonnesPerTeu === undefined ? {} : { tonnesPerTeu }) }),
    detach() {
      window.removeEventListener('message', onMessage);
      pending.forEach((p) => clearTimeout(p.timer));
      pending.clear();
    },
  };
}
