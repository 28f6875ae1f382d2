/** How long a chapter stays on screen when the tour plays by itself. Pure. */
import type { Lang } from '../model/types';
import { countWords } from '../model/words';
import type { Chapter } from './tour-schema';

export const DWELL_MIN_S = 8;
export const DWELL_MAX_S = 20;
/**
 * Reading time plus the transition: 3 s + 0.3 s per word (about 200 words a minute); Chinese
 * counts two characters to a word (`countWords`).
 */
const BASE_S = 3;
const PER_WORD_S = 0.3;

/** `auto` = clamp(8 s, 3 s + 0.3 s per word, 20 s), counting the title and the text. */
export function autoDwellSeconds(words: number): number {
  return Math.min(DWELL_MAX_S, Math.max(DWELL_MIN_S, BASE_S + PER_WORD_S * words));
}

/** Seconds for a chapter in a language; `override` (the `dwell=` parameter) wins over the tour. */
export function chapterDwellSeconds(chapter: Pick<Chapter, 'dwell' | 'title' | 'text'>, lang: Lang, override?: number): number {
  if (override !== undefined) return override;
  if (chapter.dwell !== 'auto') return chapter.dwell;
  return autoDwellSeconds(countWords(`${chapter.title[lang]} ${chapter.text[lang]}`));
}

/** The camera flight for a chapter: 3 s, shortened when the dwell is short so flights never eat the chapter. */
export function flightMs(dwellSeconds: number, reducedMotion: boolean): number {
  if (reducedMotion) return 0;
  return Math.round(Math.min(3000, dwellSeconds * 400));
}
