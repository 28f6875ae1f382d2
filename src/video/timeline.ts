/**
 * The video's time line, pure: each chapter is a camera flight followed by its dwell, by the same
 * rules the player uses (tour/dwell.ts), laid end to end; the video lasts exactly as long as the
 * tour plays. Frames sit at k / fps; what a frame shows is read from the virtual time alone.
 */
import type { Lang } from '../model/types';
import { chapterDwellSeconds, flightMs } from '../tour/dwell';
import type { Chapter } from '../tour/tour-schema';

export interface Segment {
  /** Chapter index in the tour. */
  index: number;
  startMs: number;
  /** The camera flight at the start of the chapter. */
  flightMs: number;
  /** Reading time after the flight. */
  dwellMs: number;
  endMs: number;
}

export interface Timeline {
  segments: Segment[];
  totalMs: number;
}

/** Where a virtual time falls: the chapter, and how far its flight and its whole chapter have run (0..1). */
export interface Moment {
  segment: Segment;
  /** 0 at the start of the flight, 1 when it lands (and during the dwell). */
  flight: number;
  /** 0 at the chapter's start, 1 at its end (the caption's progress bar). */
  progress: number;
  /** Milliseconds since the chapter began (caption fade-in). */
  sinceStartMs: number;
}

/**
 * The first `maxChapters` chapters (all when null) in `lang`. Under reduced motion there are no
 * flights: each chapter cuts in behind a crossfade, as the player does.
 */
export function buildTimeline(chapters: readonly Pick<Chapter, 'dwell' | 'title' | 'text'>[], lang: Lang, dwellOverride: number | undefined, maxChapters: number | null, reducedMotion = false): Timeline {
  const used = maxChapters === null ? chapters : chapters.slice(0, Math.max(1, maxChapters));
  let at = 0;
  const segments = used.map((c, index): Segment => {
    const dwellS = chapterDwellSeconds(c, lang, dwellOverride);
    const flight = flightMs(dwellS, reducedMotion);
    const segment = { index, startMs: at, flightMs: flight, dwellMs: dwellS * 1000, endMs: at + flight + dwellS * 1000 };
    at = segment.endMs;
    return segment;
  });
  return { segments, totalMs: at };
}

/** Frames in the video: the tour's duration rounded to whole frames (so it is within half a frame). */
export function frameCount(totalMs: number, fps: number): number {
  return Math.max(1, Math.round((totalMs * fps) / 1000));
}

/** Virtual time of frame `k` in milliseconds (exact for 30 and 60 fps up to rounding). */
export function frameTimeMs(k: number, fps: number): number {
  return (k * 1000) / fps;
}

export function momentAt(timeline: Timeline, ms: number): Moment {
  const { segments } = timeline;
  const t = Math.min(Math.max(0, ms), timeline.totalMs);
  const segment = segments.find((s) => t < s.endMs) ?? (segments[segments.length - 1] as Segment);
  const since = t - segment.startMs;
  const length = segment.endMs - segment.startMs;
  return {
    segment,
    flight: segment.flightMs > 0 ? Math.min(1, since / segment.flightMs) : 1,
    progress: length > 0 ? Math.min(1, since / length) : 1,
    sinceStartMs: since,
  };
}
