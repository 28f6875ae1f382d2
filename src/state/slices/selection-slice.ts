/** What the user selected (click, list, search, URL) and what the pointer is over. */
import type { StateCreator } from 'zustand/vanilla';

export interface Selection {
  kind: 'corridor' | 'place';
  id: string;
}

export interface Hover extends Selection {
  /** The leg under the pointer, when the hover is on a leg. */
  legId?: string;
}

export interface SelectionSlice {
  selection: Selection | null;
  hover: Hover | null;
  select(selection: Selection | null): void;
  setHover(hover: Hover | null): void;
}

export const createSelectionSlice = (initial: Selection | null): StateCreator<SelectionSlice, [], [], SelectionSlice> => (set) => ({
  selection: initial,
  hover: null,
  select: (selection) => set({ selection }),
  setHover: (hover) => set({ hover }),
});
