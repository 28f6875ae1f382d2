/**
 * The frame loop on a virtual clock: for frame k at k / fps, the chapter (applied through a tour
 * player of its own, camera left to us), the camera on the flight at that time (jumpTo, then wait
 * until the map has loaded what it shows), the flows at that time, one redraw of the map and the
 * deck.gl canvases read in the same task, the caption and legend on top, and the frame handed to the
 * encoder with its timestamp. However slowly the machine draws, the video is smooth and lasts as long
 * as the tour plays.
 */
import { asOfText, citationLine, citationOf } from '../i18n/citation';
import { formatFactValue } from '../i18n/format';
import { MODE_NAMES } from '../i18n/strings';
import { FIT_MAX_ZOOM, VIEW_LIMITS } from '../geo/view-limits';
import { ATTRIBUTION } from '../map/attribution';
import { FLY_CURVE, planCamera, type Camera } from '../map/camera-policy';
import type { MapScale } from '../map/layers/layer-context';
import type { MapController } from '../map/map-controller';
import { modeColor } from '../map/palette';
import type { SceneRenderer } from '../map/scene-renderer';
import { chapterMarks } from '../map/subject';
import { MODES, type Lang } from '../model/types';
import type { ModelIndex } from '../state/selectors';
import { DEFAULT_VIEW, type CameraRequest } from '../state/slices/view-slice';
import { selectTheme, type AtlasStore } from '../state/store';
import { createTourPlayer } from '../tour/player';
import type { Chapter, Tour } from '../tour/tour-schema';
import type { CodecChoice } from './codec';
import { composeFrame, frameInsets, frameLayout, type CaptionContent, type FrameOverlay } from './compose';
import { createEncoder } from './encoder';
import { flightCamera } from './flight';
import { vt } from './strings';
import { buildTimeline, frameCount, frameTimeMs, momentAt, type Timeline } from './timeline';

export interface RecorderDeps {
  store: AtlasStore;
  index: ModelIndex;
  controller: MapController;
  scene: SceneRenderer;
  mapScale: MapScale;
}

export interface RecordSettings {
  tour: Tour;
  lang: Lang;
  width: number;
  height: number;
  fps: number;
  captions: boolean;
  /** The first N chapters only (tests, previews); null: all. */
  maxChapters: number | null;
  /** `dwell=` seconds per chapter, as the player would use. */
  dwellOverride: number | undefined;
  /** No flights: chapters cut in behind a crossfade, as the player does under reduced motion. */
  reducedMotion: boolean;
}

export interface RecordProgress {
  frame: number;
  total: number;
}

export interface RecordResult {
  blob: Blob;
  choice: CodecChoice;
  width: number;
  height: number;
  fps: number;
  frames: number;
  /** The tour's duration, which the video's equals to within a frame. */
  tourMs: number;
  /** Wall time the export took. */
  elapsedMs: number;
}

/** Milliseconds of the caption's fade in at a chapter's start and out before the next. */
const FADE_IN_MS = 400;
const FADE_OUT_MS = 300;
/** Reduced motion: the previous chapter's last frame fades out over the new one (the page's 300 ms). */
const CROSSFADE_MS = 300;
/** The map is laid out as at 1280 px wide (present mode's scale) and drawn at the video's pixels. */
const LAYOUT_WIDTH = 1280;
/** A frame whose map is still loading after this long is drawn as it is. */
const SETTLE_TIMEOUT_MS = 15000;

export function plannedTimeline(s: Pick<RecordSettings, 'tour' | 'lang' | 'dwellOverride' | 'maxChapters' | 'reducedMotion'>): Timeline {
  return buildTimeline(s.tour.chapters, s.lang, s.dwellOverride, s.maxChapters, s.reducedMotion);
}

function abortError(): DOMException {
  return new DOMException('The export was cancelled', 'AbortError');
}

function cameraOf(view: { lng: number; lat: number; zoom: number; bearing: number; pitch: number }): Camera {
  return { center: [view.lng, view.lat], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch };
}

function sameCamera(a: Camera, b: Camera | null): boolean {
  return b !== null && a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch;
}

export async function recordTour(deps: RecorderDeps, settings: RecordSettings, choice: CodecChoice, onProgress: (p: RecordProgress) => void, signal: AbortSignal): Promise<RecordResult> {
  const { store, index, controller, scene, mapScale } = deps;
  const { tour, lang, width, height, fps, captions } = settings;
  const started = performance.now();
  const timeline = plannedTimeline(settings);
  const total = frameCount(timeline.totalMs, fps);
  const chapters = timeline.segments.map((s) => tour.chapters[s.index] as Chapter);

  const ratio = Math.max(1, width / LAYOUT_WIDTH);
  const css = { width: width / ratio, height: height / ratio };
  const layout = frameLayout(width, height, captions);
  const px = frameInsets(layout);
  const insets = { top: px.top / ratio, right: px.right / ratio, bottom: px.bottom / ratio, left: px.left / ratio };
  const markStyle = { lang, ...mapScale };
  const target = (c: Chapter): Camera => {
    const cam = c.camera;
    const request: CameraRequest = 'bounds' in cam
      ? { kind: 'frame', marks: chapterMarks(index, cam.bounds, c.highlight, markStyle), fly: true, duration: 1, bearing: cam.bearing, pitch: cam.pitch, seq: 0 }
      : { kind: 'jump', view: { lng: cam.center[0], lat: cam.center[1], zoom: cam.zoom, bearing: cam.bearing ?? 0, pitch: cam.pitch ?? 0 }, fly: true, duration: 1, seq: 0 };
    const move = planCamera(request, { reducedMotion: false, home: DEFAULT_VIEW, limits: { minZoom: VIEW_LIMITS.minZoom, frameMaxZoom: FIT_MAX_ZOOM }, size: css, insets });
    return move ? { center: move.options.center, zoom: move.options.zoom, bearing: move.options.bearing, pitch: move.options.pitch } : cameraOf(DEFAULT_VIEW);
  };

  const previousLang = store.getState().lang;
  if (previousLang !== lang) store.getState().setLang(lang);
  const cameras = chapters.map(target);
  const from = (i: number): Camera => (i === 0 ? cameraOf(DEFAULT_VIEW) : (cameras[i - 1] as Camera));

  const theme = selectTheme(store.getState());
  const sources = { sourceById: index.sourceById, references: index.model.references };
  const captionOf = (c: Chapter, n: number): CaptionContent => ({
    heading: `${tour.title[lang]} · ${vt(lang, 'chapterOf', { n, total: chapters.length })}`,
    title: c.title[lang],
    text: c.text[lang],
    facts: c.facts.map((id) => index.factById.get(id)).filter((f) => f !== undefined).map((f) => ({
      value: formatFactValue(f, lang),
      label: f.label[lang],
      source: `${asOfText(f, lang)} · ${citationLine(citationOf(f, sources, lang), lang)}`,
    })),
  });
  const captionsByChapter = chapters.map((c, i) => captionOf(c, i + 1));
  const legendOf = (c: Chapter): FrameOverlay['legend'] => (c.filters.modes && c.filters.modes.length > 0 ? c.filters.modes : MODES)
    .map((m) => ({ label: MODE_NAMES[m][lang], color: `rgb(${modeColor(m, theme).join(' ')})` }));

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  const fade = document.createElement('canvas');
  const encoder = await createEncoder(canvas, choice, fps);
  const player = createTourPlayer({
    store, tour, loop: false,
    ...(settings.dwellOverride !== undefined ? { dwellOverride: settings.dwellOverride } : {}),
    marks: () => [],
    crossfade: () => undefined,
  }, { index: 0, playing: false });
  const capture = await controller.beginCapture(css, ratio).catch(async (err: unknown) => {
    await encoder.cancel().catch(() => undefined);
    throw err;
  });
  let shown = -1;
  let previous: Camera | null = null;
  try {
    for (let k = 0; k < total; k++) {
      if (signal.aborted) throw abortError();
      const t = frameTimeMs(k, fps);
      const m = momentAt(timeline, t);
      const i = m.segment.index;
      // A kiosk's idle reset (or anything else) may change the chapter or the language meanwhile: put them back.
      if (store.getState().lang !== lang) store.getState().setLang(lang);
      if (shown >= 0 && store.getState().chapter !== (chapters[shown] as Chapter).id) shown = -1;
      if (i !== shown) {
        if (settings.reducedMotion && shown >= 0) {
          fade.width = width;
          fade.height = height;
          fade.getContext('2d')?.drawImage(canvas, 0, 0);
        }
        player.open(i, false, false);
        shown = i;
      }
      const camera = flightCamera(from(i), cameras[i] as Camera, m.flight, css, FLY_CURVE);
      // The first frame also waits for the resized canvases; a camera that has not moved (the
      // dwell) shows what is already loaded.
      if (k === 0) await capture.settle(camera, SETTLE_TIMEOUT_MS);
      if (k === 0 || !sameCamera(camera, previous)) await capture.settle(camera, SETTLE_TIMEOUT_MS);
      previous = camera;
      if (signal.aborted) throw abortError();
      const last = i === timeline.segments.length - 1;
      const untilEnd = m.segment.endMs - t;
      const overlay: FrameOverlay = {
        caption: captions ? (captionsByChapter[i] as CaptionContent) : null,
        progress: m.progress,
        alpha: settings.reducedMotion ? 1 : Math.min(1, m.sinceStartMs / FADE_IN_MS, last ? 1 : untilEnd / FADE_OUT_MS),
        legend: legendOf(chapters[i] as Chapter),
        attribution: `${ATTRIBUTION} · Corridor Atlas`,
        theme,
      };
      const stillChanged = scene.renderAt(t);
      capture.draw((layers) => composeFrame(ctx, width, height, layers, overlay), stillChanged);
      if (settings.reducedMotion && i > 0 && m.sinceStartMs < CROSSFADE_MS) {
        ctx.globalAlpha = 1 - m.sinceStartMs / CROSSFADE_MS;
        ctx.drawImage(fade, 0, 0);
        ctx.globalAlpha = 1;
      }
      await encoder.add(t / 1000, 1 / fps);
      onProgress({ frame: k + 1, total });
    }
    const blob = await encoder.finish();
    return { blob, choice, width, height, fps, frames: total, tourMs: timeline.totalMs, elapsedMs: performance.now() - started };
  } catch (err) {
    await encoder.cancel().catch(() => undefined);
    throw err;
  } finally {
    capture.end();
    scene.renderAt(null);
    player.dispose();
    if (store.getState().lang !== previousLang) store.getState().setLang(previousLang);
  }
}
