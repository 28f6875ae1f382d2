/** Which directions and modes are shown. An empty choice is not allowed: it resets to all. */
import type { StateCreator } from 'zustand/vanilla';
import { DIRECTIONS, MODES, type Direction, type Mode } from '../../model/types';

export interface FilterSlice {
  directions: Direction[];
  modes: Mode[];
  toggleDirection(d: Direction): void;
  toggleMode(m: Mode): void;
  setFilters(f: { directions?: Direction[]; modes?: Mode[] }): void;
}

function toggle<T extends string>(all: readonly T[], current: readonly T[], item: T): T[] {
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item];
  return next.length === 0 ? [...all] : all.filter((x) => next.includes(x));
}

export const createFilterSlice = (initial: { directions: Direction[]; modes: Mode[] }): StateCreator<FilterSlice, [], [], FilterSlice> => (set, get) => ({
  directions: initial.directions,
  modes: initial.modes,
  toggleDirection: (d) => set({ directions: toggle(DIRECTIONS, get().directions, d) }),
  toggleMode: (m) => set({ modes: toggle(MODES, get().modes, m) }),
  setFilters: ({ directions, modes }) => set({
    ...(directions ? { directions: directions.length ? DIRECTIONS.filter((x) => directions.includes(x)) : [...DIRECTIONS] } : {}),
    ...(modes ? { modes: modes.length ? MODES.filter((x) => modes.includes(x)) : [...MODES] } : {}),
  }),
});
