/**
 * The import and export tools, loaded on demand (their own chunk; the first view carries only a
 * button and a drop listener, src/app/data-io-loader.ts): the imported layers (parsed in a worker,
 * kept in IndexedDB, drawn above the corridors), their list in the side panel (rename, hide,
 * remove, skipped rows, a preview of properties as text), the import and export dialog, and the
 * calls the embed API makes (`layer.add`, `layer.remove`, `export.png`).
 */
import './data-io.css';
import { MODE_NAMES } from '../i18n/strings';
import { modeColor } from '../map/palette';
import type { FrameCapture } from '../map/frame-capture';
import type { SceneRenderer } from '../map/scene-renderer';
import type { ViewState } from '../state/url-state';
import type { Lang } from '../model/types';
import { selectVisibleLegs, type ModelIndex } from '../state/selectors';
import { selectTheme, type AtlasStore } from '../state/store';
import { h } from '../ui/dom';
import { factsCsv, foldLng, viewFacts, viewGeoJson } from './export-data';
import { featureCount, type ImportedLayer, type LayerContent, type Position } from './imported-layer';
import { refuseBeforeParsing, type RefusalReason } from './limits';
import { deleteLayer, loadLayers, saveLayer } from './persist';
import { canvasToBlob, decoratePicture, exportFileName } from './picture';
import { formatRowError, type RowError } from './row-error';
import { s } from './strings';
import { createUserLayers, userLayerColor } from './user-layer-deck';
import type { ImportJob, WorkerReply } from './worker-messages';

export interface DataIoHost {
  store: AtlasStore;
  index: ModelIndex;
  scene: Pick<SceneRenderer, 'setExtraLayers'>;
  /** The map held at a size and pixel ratio for capture (MapController.beginCapture, shared with the video export). */
  beginCapture(size: { width: number; height: number }, pixelRatio: number): Promise<FrameCapture>;
  /** The map's camera now. */
  view(): ViewState;
  /** Where the list of imported layers goes (the side panel), and the map's size in CSS pixels. */
  panel: HTMLElement;
  mapSize(): { width: number; height: number };
  /** The attribution as shown in the status bar. */
  attribution(): string;
  /** Keep layers in IndexedDB across reloads (explore); off in the embed, whose host adds them again. */
  persist?: boolean;
  /** Resolves once the layers just handed to the scene are drawn (MapController.nextFrame). */
  drawn?: () => Promise<void>;
}

/** Resolves after the next animation frame (the scene hands new layers to deck.gl on a frame). */
const nextAnimationFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** `errors`: the first skipped rows, in English (for the embed API's answer). */
export type ImportOutcome = { ok: true; layer: ImportedLayer; message: string; errors: string[] } | { ok: false; message: string };

export interface DataIo {
  importFile(file: File): Promise<ImportOutcome>;
  /** GeoJSON text from the embedding host (`layer.add`), validated like a file. */
  importGeoJsonText(text: string, name: string): Promise<ImportOutcome>;
  removeLayer(id: string): Promise<boolean>;
  layers(): readonly ImportedLayer[];
  /** The current view as a PNG at 1x, 2x or 4x, with its legend, title, attribution and date. */
  picture(scale: number): Promise<Blob>;
  openDialog(): void;
  /** What the embed API's export.png, layer.add and layer.remove call (its EmbedDataTools). */
  embedTools(): EmbedTools;
}

/** The embed commands this module carries out (as src/embed/protocol.ts reads them). */
export type EmbedCommand =
  | { type: 'export.png'; payload: { scale: number; as: 'dataUrl' | 'blob' } }
  | { type: 'layer.add'; payload: { geojson: string; name: string } }
  | { type: 'layer.remove'; payload: { id: string } };

export interface EmbedTools {
  /** export.png answers {type, width, height, dataUrl | blob}; layer.add {id, features, skipped, errors}. */
  run(command: EmbedCommand): Promise<{ ok: true; payload?: unknown } | { ok: false; error: string }>;
}

/** The pixel size in a PNG's header (IHDR), or null if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50 || bytes[2] !== 0x4e || bytes[3] !== 0x47) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Bytes as a base64 data URL. */
export function dataUrl(bytes: Uint8Array, type: string): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(bin)}`;
}

export const PICTURE_SCALES = [1, 2, 4] as const;
/** Largest side of a picture in pixels (MapLibre's maxCanvasSize is raised to it). */
export const MAX_PICTURE_PX = 8192;

/**
 * The map and every deck.gl canvas at `scale` times the map's size, composited: the capture the
 * video export uses (the map at its own size, the pixel ratio raised, the canvases redrawn and read
 * in one task, deck.gl #4436; no permanent preserveDrawingBuffer), for one frame, then released.
 */
async function capturePicture(host: Pick<DataIoHost, 'beginCapture' | 'view' | 'mapSize'>, scale: number): Promise<HTMLCanvasElement> {
  const size = host.mapSize();
  const ratio = Math.max(0.5, Math.min(scale, MAX_PICTURE_PX / Math.max(1, size.width), MAX_PICTURE_PX / Math.max(1, size.height)));
  const capture = await host.beginCapture(size, ratio);
  try {
    const v = host.view();
    await capture.settle({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch }, 20_000);
    const out = document.createElement('canvas');
    capture.draw((layers) => {
      const [first] = layers;
      if (!(first instanceof HTMLCanvasElement)) return;
      out.width = first.width;
      out.height = first.height;
      const ctx = out.getContext('2d');
      layers.forEach((l) => ctx?.drawImage(l, 0, 0, out.width, out.height));
    }, true);
    if (out.width === 0) throw new Error('the map could not be drawn');
    return out;
  } finally {
    capture.end();
  }
}

/** Ids, English and Chinese names of the model's places (any case) to their coordinates, for CSV place columns. */
function placeLookup(index: ModelIndex): Array<[string, Position]> {
  const out: Array<[string, Position]> = [];
  for (const p of index.places) {
    const [lng, lat] = p.geometry.coordinates;
    const at: Position = [foldLng(lng), lat];
    for (const key of [p.properties.id, p.properties.name.en, p.properties.name.zh]) out.push([key.trim().toLowerCase(), at]);
  }
  return out;
}

function refusalText(lang: Lang, r: RefusalReason): string {
  if (r.kind === 'too-big') return s(lang, 'tooBig', { size: (r.bytes / 1024 / 1024).toFixed(1) });
  if (r.kind === 'empty') return s(lang, 'emptyFile');
  return s(lang, 'wrongType');
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Runs one job in a fresh worker (ended afterwards), reporting progress. */
function runWorker(job: ImportJob, onProgress: (fraction: number) => void): Promise<{ content: LayerContent } | { error: RowError }> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const end = (result: { content: LayerContent } | { error: RowError }): void => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const r = e.data;
      if (r.type === 'progress') onProgress(r.fraction);
      else if (r.type === 'done') end({ content: r.content });
      else end({ error: r.error });
    };
    worker.onerror = (e) => {
      e.preventDefault();
      end({ error: { unit: 'file', n: 0, field: 'file', problem: 'json', value: e.message || 'worker error' } });
    };
    worker.postMessage(job);
  });
}

function newId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/u, '').slice(0, 64) || 'layer';
}

export async function startDataIo(host: DataIoHost): Promise<DataIo> {
  const { store, index } = host;
  const lang = (): Lang => store.getState().lang;
  const keep = host.persist !== false;
  let layers: ImportedLayer[] = keep ? await loadLayers() : [];
  const ids = (): string[] => layers.map((l) => l.id);
  const redraw = (): void => host.scene.setExtraLayers(createUserLayers(layers));

  // ---- the panel section: the imported layers' legend and list
  const section = h('section', { id: 'imported-layers', className: 'imported-layers', 'aria-labelledby': 'imported-title' });
  const status = h('p', { id: 'data-io-status', className: 'note data-io-status', role: 'status' });
  const progress = h('progress', { id: 'data-io-progress', max: 1, value: 0 });
  progress.hidden = true;
  const list = h('ul', { id: 'imported-list', className: 'imported-list' });
  const filters = host.panel.querySelector('#filters');
  if (filters) filters.after(section);
  else host.panel.append(section);

  const setStatus = (text: string): void => {
    status.textContent = text;
    dialogStatus.textContent = text;
  };
  const setProgress = (fraction: number | null): void => {
    for (const p of [progress, dialogProgress]) {
      p.hidden = fraction === null;
      p.value = fraction ?? 0;
    }
  };

  // IndexedDB writes run one after another, each with the list of ids as it is when it runs (a
  // rename saved after a removal must not bring the removed id back). `data-saving` is on the
  // section while any is pending.
  let writes = Promise.resolve();
  let pending = 0;
  const queueWrite = (job: () => Promise<void>): Promise<void> => {
    if (!keep) return Promise.resolve();
    pending += 1;
    section.dataset.saving = 'true';
    const run = async (): Promise<void> => {
      try {
        await job();
      } finally {
        pending -= 1;
        if (pending === 0) delete section.dataset.saving;
      }
    };
    writes = writes.then(run, run);
    return writes;
  };
  const persist = (layer: ImportedLayer): Promise<void> => queueWrite(async () => {
    if (layers.includes(layer) && !(await saveLayer(layer, ids()))) setStatus(s(lang(), 'notStored'));
  });

  const renderList = (): void => {
    const l = lang();
    section.hidden = layers.length === 0 && status.textContent === '' && progress.hidden;
    list.replaceChildren(...layers.map((layer) => {
      const swatch = h('span', { className: 'imported-swatch', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = `rgb(${userLayerColor(layer.colorIndex).join(',')})`;
      const name = h('input', { type: 'text', className: 'imported-name', value: layer.name, 'aria-label': s(l, 'layerName', { name: layer.name }), maxlength: 64 });
      name.addEventListener('change', () => {
        layer.name = name.value.trim().slice(0, 64) || layer.name;
        void persist(layer);
        renderList();
      });
      const hide = h('input', { type: 'checkbox', className: 'imported-hide', 'aria-label': s(l, 'hideLabel', { name: layer.name }) });
      hide.checked = layer.hidden;
      hide.addEventListener('change', () => {
        layer.hidden = hide.checked;
        void persist(layer);
        redraw();
      });
      const remove = h('button', { type: 'button', className: 'imported-remove', 'aria-label': s(l, 'removeLabel', { name: layer.name }) }, s(l, 'remove'));
      remove.addEventListener('click', () => void api.removeLayer(layer.id));
      const counts = [s(l, 'features', { count: featureCount(layer) }), layer.errorCount > 0 ? s(l, 'skipped', { count: layer.errorCount }) : ''].filter(Boolean).join(' · ');
      const item = h('li', { className: 'imported-item', 'data-layer': layer.id },
        h('div', { className: 'imported-row' }, swatch, name, h('label', { className: 'imported-hide-label' }, hide, s(l, 'hide')), remove),
        h('p', { className: 'note' }, counts));
      if (layer.errors.length > 0) {
        item.append(h('details', { className: 'imported-errors' },
          h('summary', {}, `${s(l, 'problems')} (${layer.errorCount.toLocaleString('en-US')})`),
          h('ol', {}, ...layer.errors.slice(0, 100).map((e) => h('li', {}, formatRowError(e, l))))));
      }
      const sample = [...layer.points, ...layer.paths, ...layer.polygons].slice(0, 5).map((f) => f.props);
      const arcSample = layer.arcs.props?.slice(0, 5) ?? [];
      const previews = [...sample, ...arcSample].slice(0, 5).filter((p) => Object.keys(p).length > 0);
      if (previews.length > 0) {
        item.append(h('details', { className: 'imported-preview' },
          h('summary', {}, s(l, 'preview')),
          h('dl', {}, ...previews.flatMap((p, i) => [
            h('dt', {}, `#${i + 1}`),
            ...Object.entries(p).slice(0, 8).map(([k, v]) => h('dd', {}, `${k}: ${v === null ? '' : String(v)}`)),
          ]))));
      }
      return item;
    }));
  };
  const renderSection = (): void => {
    const l = lang();
    section.replaceChildren(h('h2', { id: 'imported-title' }, s(l, 'layersTitle')), h('p', { className: 'note' }, s(l, 'layersNote')), progress, status, list);
    renderList();
  };

  // ---- the dialog
  const dialog = h('dialog', { id: 'data-io-dialog', className: 'table-dialog data-io-dialog', 'aria-labelledby': 'data-io-title' });
  // The file input sits inside its label, visually hidden: the label is the button (in the page's
  // language, where the browser's own input would speak the browser's), and shows its focus.
  const fileInput = h('input', { type: 'file', id: 'data-io-file', className: 'visually-hidden', accept: '.geojson,.json,.csv,application/geo+json,application/json,text/csv' });
  const dialogStatus = h('p', { className: 'note', role: 'status', id: 'data-io-dialog-status' });
  const dialogProgress = h('progress', { max: 1, value: 0 });
  dialogProgress.hidden = true;
  const scaleSelect = h('select', { id: 'data-io-scale' }, ...PICTURE_SCALES.map((k) => h('option', { value: k }, `${k}×`)));
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void api.importFile(file).finally(() => { fileInput.value = ''; });
  });
  const pngButton = h('button', { type: 'button', id: 'export-png' });
  const geojsonButton = h('button', { type: 'button', id: 'export-geojson' });
  const csvButton = h('button', { type: 'button', id: 'export-csv' });
  const closeButton = h('button', { type: 'button', className: 'dialog-close' });
  closeButton.addEventListener('click', () => dialog.close());
  pngButton.addEventListener('click', () => {
    const scale = Number(scaleSelect.value) || 1;
    setStatus(s(lang(), 'exporting'));
    api.picture(scale).then((blob) => {
      const name = exportFileName(`view-${scale}x`, new Date(), 'png');
      download(blob, name);
      setStatus(s(lang(), 'exported', { name }));
    }, (err: unknown) => setStatus(s(lang(), 'exportFailed', { reason: err instanceof Error ? err.message : String(err) })));
  });
  geojsonButton.addEventListener('click', () => {
    const st = store.getState();
    const data = viewGeoJson(index, st, layers, new Date().toISOString());
    const name = exportFileName('view', new Date(), 'geojson');
    download(new Blob([JSON.stringify(data)], { type: 'application/geo+json' }), name);
    setStatus(s(lang(), 'exported', { name }));
  });
  csvButton.addEventListener('click', () => {
    const name = exportFileName('facts', new Date(), 'csv');
    download(new Blob(['\ufeff', factsCsv(index, viewFacts(index, store.getState()))], { type: 'text/csv' }), name);
    setStatus(s(lang(), 'exported', { name }));
  });
  const renderDialog = (): void => {
    const l = lang();
    const scaleLabel = h('label', { for: 'data-io-scale' }, s(l, 'pictureScale'));
    pngButton.textContent = s(l, 'exportPng');
    geojsonButton.textContent = s(l, 'exportGeoJson');
    csvButton.textContent = s(l, 'exportCsv');
    closeButton.textContent = s(l, 'close');
    dialog.replaceChildren(
      h('h2', { id: 'data-io-title' }, s(l, 'dialogTitle')),
      h('section', { 'aria-labelledby': 'data-io-import-title' },
        h('h3', { id: 'data-io-import-title' }, s(l, 'importTitle')),
        h('p', { className: 'note' }, s(l, 'importHelp')),
        h('label', { className: 'file-label' }, s(l, 'chooseFile'), fileInput),
        h('p', { className: 'note' }, s(l, 'dropHint')), dialogProgress, dialogStatus),
      h('section', { 'aria-labelledby': 'data-io-export-title' },
        h('h3', { id: 'data-io-export-title' }, s(l, 'exportTitle')),
        h('div', { className: 'data-io-row' }, scaleLabel, scaleSelect, pngButton),
        h('div', { className: 'data-io-row' }, geojsonButton, csvButton)),
      h('div', { className: 'dialog-actions' }, closeButton),
    );
  };
  document.body.append(dialog);

  // ---- importing
  let nextColor = layers.reduce((m, l) => Math.max(m, l.colorIndex + 1), 0);
  const places = placeLookup(index);
  const run = async (job: ImportJob, fileName: string, kind: 'csv' | 'geojson'): Promise<ImportOutcome> => {
    const name = baseName(fileName);
    setStatus(s(lang(), 'reading', { name: fileName }));
    setProgress(0);
    renderList();
    performance.mark('atlas:import-read');
    const result = await runWorker(job, (f) => setProgress(f));
    performance.mark('atlas:import-parsed');
    setProgress(null);
    if ('error' in result) {
      const message = s(lang(), 'refused', { name: fileName, reason: formatRowError(result.error, lang()) });
      setStatus(message);
      renderList();
      return { ok: false, message };
    }
    const layer: ImportedLayer = { ...result.content, id: newId(), name, hidden: false, colorIndex: nextColor, fileName, kind, createdAt: new Date().toISOString() };
    nextColor += 1;
    layers = [...layers, layer];
    redraw();
    // `atlas:import-drawn` one frame after deck.gl drew the new layer (the draw call returns before
    // the GPU has rasterised it; the next frame waits for that): the bench's drop-to-drawn time.
    if (host.drawn) {
      const drawn = host.drawn;
      void nextAnimationFrame().then(nextAnimationFrame).then(drawn).then(nextAnimationFrame).then(() => performance.mark('atlas:import-drawn', { detail: { id: layer.id } }));
    }
    const count = featureCount(layer);
    const message = layer.errorCount > 0 ? s(lang(), 'importedWithErrors', { name: fileName, count, errors: layer.errorCount }) : s(lang(), 'imported', { name: fileName, count });
    setStatus(message);
    renderList();
    await persist(layer);
    return { ok: true, layer, message, errors: layer.errors.slice(0, 20).map((e) => formatRowError(e, 'en')) };
  };

  const api: DataIo = {
    async importFile(file) {
      const refusal = refuseBeforeParsing(file.name, file.size, file.type);
      if (refusal) {
        const message = s(lang(), 'refused', { name: file.name, reason: refusalText(lang(), refusal) });
        setStatus(message);
        renderList();
        return { ok: false, message };
      }
      const kind = file.name.toLowerCase().endsWith('.csv') || file.type === 'text/csv' ? 'csv' : 'geojson';
      return run({ kind: 'file', file, places }, file.name, kind);
    },
    importGeoJsonText(text, name) {
      return run({ kind: 'text', text, format: 'geojson', places }, name, 'geojson');
    },
    async removeLayer(id) {
      if (!layers.some((l) => l.id === id)) return false;
      layers = layers.filter((l) => l.id !== id);
      redraw();
      renderList();
      await queueWrite(() => deleteLayer(id, ids()));
      return true;
    },
    layers: () => layers,
    async picture(scale) {
      const canvas = await capturePicture(host, scale);
      const ratio = canvas.width / Math.max(1, host.mapSize().width);
      const st = store.getState();
      const l = st.lang;
      const theme = selectTheme(st);
      const sel = st.selection;
      const selected = sel?.kind === 'corridor' ? index.corridorById.get(sel.id)?.name[l] : sel?.kind === 'place' ? index.placeById.get(sel.id)?.properties.name[l] : undefined;
      const modes = new Set(selectVisibleLegs(index.legs, st.directions, st.modes).map((leg) => leg.properties.mode));
      decoratePicture(canvas, {
        title: selected ? `${s(l, 'pngTitle')} · ${selected}` : s(l, 'pngTitle'),
        legend: [
          ...[...modes].map((m) => ({ label: MODE_NAMES[m][l], color: modeColor(m, theme) })),
          ...layers.filter((x) => !x.hidden).map((x) => ({ label: s(l, 'legendFlows', { name: x.name }), color: userLayerColor(x.colorIndex) })),
        ],
        attribution: host.attribution(),
        date: new Date().toISOString().slice(0, 10),
        theme,
      }, ratio);
      return canvasToBlob(canvas);
    },
    embedTools: () => ({
      async run(cmd) {
        switch (cmd.type) {
          case 'export.png': {
            const blob = await api.picture(cmd.payload.scale);
            const bytes = new Uint8Array(await blob.arrayBuffer());
            const size = pngSize(bytes) ?? { width: 0, height: 0 };
            return { ok: true, payload: { type: 'image/png', ...size, ...(cmd.payload.as === 'blob' ? { blob } : { dataUrl: dataUrl(bytes, 'image/png') }) } };
          }
          case 'layer.add': {
            const r = await api.importGeoJsonText(cmd.payload.geojson, cmd.payload.name);
            if (!r.ok) return { ok: false, error: r.message };
            return { ok: true, payload: { id: r.layer.id, features: featureCount(r.layer), skipped: r.layer.errorCount, errors: r.errors } };
          }
          case 'layer.remove':
            return (await api.removeLayer(cmd.payload.id)) ? { ok: true } : { ok: false, error: `no layer "${cmd.payload.id}"` };
        }
      },
    }),
    openDialog() {
      renderDialog();
      if (!dialog.open) dialog.showModal();
      fileInput.focus();
    },
  };

  // Shared links carry no data: the Share dialog says so while imported layers exist.
  const share = document.getElementById('share-dialog');
  if (share) {
    new MutationObserver(() => {
      if (!share.hasAttribute('open') || layers.length === 0 || share.querySelector('#share-local-note')) return;
      share.querySelector('h2')?.after(h('p', { className: 'note', id: 'share-local-note' }, s(lang(), 'shareNote', { count: layers.length })));
    }).observe(share, { attributes: true, attributeFilter: ['open'], childList: true });
  }

  store.subscribe((st, prev) => {
    if (st.lang !== prev.lang) {
      renderSection();
      if (dialog.open) renderDialog();
    }
  });
  renderSection();
  renderDialog();
  if (layers.length > 0) redraw();
  return api;
}
