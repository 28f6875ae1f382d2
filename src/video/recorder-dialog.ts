/**
 * The "Export video" dialog (this chunk's entry): tour, language, resolution, frame rate, captions;
 * which encoder the browser has (or a clear message that it has none); Start, a progress bar with
 * the time left, Cancel; the result as a download link (an object URL, nothing leaves the device),
 * announced, and an `atlas:video-exported` event on the document carrying the Blob.
 */
import { loadTour, tourIds } from '../load/load-tour';
import type { AtlasModel } from '../model/schema';
import type { I18nText, Lang } from '../model/types';
import type { TourPlayer } from '../tour/player';
import { tourRefsOf } from '../tour/tour-refs';
import type { Tour } from '../tour/tour-schema';
import { byId, h } from '../ui/dom';
import { codecLabel, type CodecChoice } from './codec';
import { probeCodec } from './encoder';
import { plannedTimeline, recordTour, type RecorderDeps, type RecordResult } from './recorder';
import { vt } from './strings';
import { formatDuration, timeLeftMs } from './time-left';
import { frameCount } from './timeline';
import './video.css';

export interface RecorderOptions extends RecorderDeps {
  tours: ReadonlyArray<{ id: string; title: I18nText | null }>;
  currentTourId: string;
  loadTour(id: string): Promise<Tour>;
  /** record=WxH: that size is offered and chosen. */
  size: { width: number; height: number } | null;
  /** chapters=: the first N chapters only. */
  maxChapters: number | null;
  dwellOverride: number | undefined;
  announce(text: string): void;
  /** Before recording (pause the presentation) and after (show its chapter again). */
  beforeRecording(): void;
  afterRecording(): void;
}

/** What present mode hands over (its core): the map, the scene, the model and the launch options. */
export interface RecorderHost extends RecorderDeps {
  model: AtlasModel;
  options: { recordChapters: number | null; dwell: number | null };
}

/**
 * Open the recorder over a presentation of `tour`: the presentation pauses while it records and
 * shows its chapter again afterwards. `size`: record=WxH (automation).
 */
export function openRecorderFor(host: RecorderHost, tour: Tour, player: TourPlayer, size: { width: number; height: number } | null): void {
  let wasPlaying = false;
  openRecorder({
    store: host.store, index: host.index, controller: host.controller, scene: host.scene, mapScale: host.mapScale,
    tours: tourIds().map((id) => ({ id, title: id === tour.id ? tour.title : null })),
    currentTourId: tour.id,
    loadTour: (id) => (id === tour.id ? Promise.resolve(tour) : loadTour(id, tourRefsOf(host.model))),
    size, maxChapters: host.options.recordChapters, dwellOverride: host.options.dwell ?? undefined,
    announce: (text) => {
      byId('announcer').textContent = text;
    },
    beforeRecording: () => {
      wasPlaying = player.state.playing;
      player.dispatch({ type: 'pause' });
    },
    afterRecording: () => player.open(player.state.index, wasPlaying),
  });
}

export const RESOLUTIONS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

export interface VideoExportedDetail extends Omit<RecordResult, 'choice'> {
  container: CodecChoice['container'];
  codec: CodecChoice['codec'];
  fileName: string;
}

let dialog: HTMLDialogElement | null = null;
let lastUrl: string | null = null;

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const o = h('option', { value }, text);
  o.selected = selected;
  return o;
}

function field(id: string, label: string, control: HTMLElement): HTMLElement[] {
  control.id = id;
  return [h('label', { for: id }, label), control];
}

export function openRecorder(o: RecorderOptions): void {
  const uiLang: Lang = o.store.getState().lang;
  // A new dialog each time: no listener of an earlier one survives.
  if (dialog?.dataset.state === 'recording') return;
  dialog?.remove();
  const d = document.body.appendChild(h('dialog', { id: 'video-dialog', className: 'table-dialog video-dialog', 'aria-labelledby': 'video-title' }));
  dialog = d;
  const sizes = o.size && !RESOLUTIONS.some((r) => r.width === o.size?.width && r.height === o.size.height) ? [o.size, ...RESOLUTIONS] : [...RESOLUTIONS];
  const chosen = o.size ?? RESOLUTIONS[0];

  const tourSelect = h('select', {}, ...o.tours.map((t) => option(t.id, t.title?.[uiLang] ?? t.id, t.id === o.currentTourId)));
  const langSelect = h('select', {}, option('en', 'English', uiLang === 'en'), option('zh', '中文', uiLang === 'zh'));
  const sizeSelect = h('select', {}, ...sizes.map((s) => option(`${s.width}x${s.height}`, `${s.width} × ${s.height}`, s.width === chosen.width && s.height === chosen.height)));
  const fpsSelect = h('select', {}, option('30', '30 fps', true), option('60', '60 fps', false));
  const captions = h('input', { type: 'checkbox', id: 'video-captions' });
  captions.checked = true;
  const encoderLine = h('p', { className: 'video-encoder', id: 'video-encoder' }, vt(uiLang, 'probing'));
  const progress = h('progress', { max: 1, value: 0, 'aria-label': vt(uiLang, 'title') });
  progress.hidden = true;
  const timeText = h('p', { className: 'video-time', id: 'video-time' });
  const status = h('p', { className: 'video-status', id: 'video-status', role: 'status' });
  const start = h('button', { type: 'button', id: 'video-start' }, vt(uiLang, 'start'));
  const cancel = h('button', { type: 'button', id: 'video-cancel' }, vt(uiLang, 'close'));
  const link = h('a', { className: 'video-download', id: 'video-download' });
  link.hidden = true;
  const close = h('button', { type: 'button', className: 'close', 'aria-label': vt(uiLang, 'close') }, '×');

  let choice: CodecChoice | null = null;
  let running: AbortController | null = null;
  const settings = (): { width: number; height: number; fps: number } => {
    const [w, hgt] = sizeSelect.value.split('x').map(Number);
    return { width: w ?? 1280, height: hgt ?? 720, fps: Number(fpsSelect.value) };
  };
  let probeSeq = 0;
  const probe = async (): Promise<void> => {
    const seq = ++probeSeq;
    const s = settings();
    choice = null;
    start.disabled = true;
    encoderLine.textContent = vt(uiLang, 'probing');
    const found = await probeCodec(s.width, s.height, s.fps);
    if (seq !== probeSeq) return;
    choice = found;
    encoderLine.textContent = found ? vt(uiLang, 'encoder', { codec: codecLabel(found) }) : vt(uiLang, 'noEncoder');
    encoderLine.dataset.codec = found ? `${found.container}/${found.codec}` : 'none';
    start.disabled = found === null || running !== null;
  };
  sizeSelect.addEventListener('change', () => void probe());
  fpsSelect.addEventListener('change', () => void probe());

  const setRunning = (on: boolean): void => {
    for (const c of [tourSelect, langSelect, sizeSelect, fpsSelect, captions]) c.disabled = on;
    start.disabled = on || choice === null;
    progress.hidden = !on;
    // While recording the button stops the export; afterwards it closes the dialog.
    cancel.textContent = vt(uiLang, on ? 'cancel' : 'close');
    d.dataset.state = on ? 'recording' : 'idle';
  };

  start.addEventListener('click', () => {
    if (!choice || running) return;
    const codec = choice;
    const abort = new AbortController();
    running = abort;
    const s = settings();
    const lang = langSelect.value === 'zh' ? 'zh' : 'en';
    link.hidden = true;
    if (lastUrl) URL.revokeObjectURL(lastUrl);
    lastUrl = null;
    setRunning(true);
    status.textContent = vt(uiLang, 'preparing');
    timeText.textContent = '';
    const began = performance.now();
    // The presentation comes back before the result is announced (its chapter announcement would follow it).
    let restored = false;
    const restore = (): void => {
      if (!restored) o.afterRecording();
      restored = true;
    };
    void (async () => {
      o.beforeRecording();
      try {
        const tour = await o.loadTour(tourSelect.value);
        const plan = { tour, lang, dwellOverride: o.dwellOverride, maxChapters: o.maxChapters, reducedMotion: o.store.getState().reducedMotion } as const;
        const total = frameCount(plannedTimeline(plan).totalMs, s.fps);
        progress.max = total;
        const result = await recordTour(o, { ...plan, ...s, captions: captions.checked }, codec, (p) => {
          progress.value = p.frame;
          const left = timeLeftMs(performance.now() - began, p.frame, p.total);
          const frameText = vt(uiLang, 'progress', { n: p.frame, total: p.total });
          timeText.textContent = p.frame === p.total ? vt(uiLang, 'finishing') : left === null ? frameText : `${frameText} · ${vt(uiLang, 'timeLeft', { t: formatDuration(left) })}`;
        }, abort.signal);
        restore();
        const fileName = `${tour.id}-${lang}-${s.width}x${s.height}-${s.fps}fps.${codec.extension}`;
        lastUrl = URL.createObjectURL(result.blob);
        link.href = lastUrl;
        link.download = fileName;
        link.textContent = vt(uiLang, 'download', { name: fileName });
        link.hidden = false;
        const message = vt(uiLang, 'done', { name: fileName, codec: codecLabel(codec), seconds: (result.frames / result.fps).toFixed(2), size: (result.blob.size / 1e6).toFixed(1) });
        status.textContent = message;
        timeText.textContent = '';
        o.announce(message);
        const detail: VideoExportedDetail = { ...result, container: codec.container, codec: codec.codec, fileName };
        d.dataset.result = `${codec.container}/${codec.codec}`;
        // Start was disabled while recording; keyboard focus goes to the result.
        link.focus();
        document.dispatchEvent(new CustomEvent<VideoExportedDetail>('atlas:video-exported', { detail }));
      } catch (err) {
        restore();
        const aborted = err instanceof DOMException && err.name === 'AbortError';
        status.textContent = aborted ? vt(uiLang, 'cancelled') : vt(uiLang, 'failed', { message: err instanceof Error ? err.message : String(err) });
        timeText.textContent = '';
        o.announce(status.textContent);
      } finally {
        running = null;
        setRunning(false);
        restore();
      }
    })();
  });

  const cancelOrClose = (): void => {
    if (running) running.abort();
    else d.close();
  };
  cancel.addEventListener('click', cancelOrClose);
  close.addEventListener('click', cancelOrClose);
  // Esc cancels a recording instead of hiding it.
  d.addEventListener('cancel', (e) => {
    if (running) {
      e.preventDefault();
      running.abort();
    }
  });
  // The presenter's keys (arrows, space, digits) must not move the tour behind the dialog.
  d.addEventListener('keydown', (e) => e.stopPropagation());

  d.replaceChildren(
    h('h2', { id: 'video-title' }, vt(uiLang, 'title')),
    close,
    h('p', { className: 'video-intro' }, vt(uiLang, 'intro')),
    h('div', { className: 'video-form' },
      ...field('video-tour', vt(uiLang, 'tour'), tourSelect),
      ...field('video-lang', vt(uiLang, 'language'), langSelect),
      ...field('video-size', vt(uiLang, 'resolution'), sizeSelect),
      ...field('video-fps', vt(uiLang, 'frameRate'), fpsSelect),
      h('label', { className: 'video-check', for: 'video-captions' }, captions, vt(uiLang, 'captions')),
    ),
    encoderLine,
    progress,
    timeText,
    status,
    h('div', { className: 'video-actions' }, start, cancel, link),
  );
  d.dataset.state = 'idle';
  d.showModal();
  void probe();
}
