/** The guided tour's live state: the chapter on screen, what it highlights, playback and blank screens. */
import type { StateCreator } from 'zustand/vanilla';

export interface Highlight {
  corridors: readonly string[];
  places: readonly string[];
}

/** A blank screen hides the map for a pause in a talk (B/. black, W/, white). */
export type Screen = 'normal' | 'black' | 'white';

export interface TourSlice {
  /** The chapter id on screen, or null outside a tour. */
  chapter: string | null;
  highlight: Highlight | null;
  tourPlaying: boolean;
  screen: Screen;
  setChapter(chapter: string | null, highlight: Highlight | null): void;
  setTourPlaying(playing: boolean): void;
  setScreen(screen: Screen): void;
}

export const createTourSlice: StateCreator<TourSlice, [], [], TourSlice> = (set) => ({
  chapter: null,
  highlight: null,
  tourPlaying: false,
  screen: 'normal',
  setChapter: (chapter, highlight) => set({ chapter, highlight }),
  setTourPlaying: (tourPlaying) => set({ tourPlaying }),
  setScreen: (screen) => set({ screen }),
});
