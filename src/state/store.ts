/** The app's one store (zustand/vanilla), composed of small slices. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DIRECTIONS, MODES } from '../model/types';
import type { PassageId } from '../model/routes';
import { createFilterSlice, type FilterSlice } from './slices/filter-slice';
import { createPlannerSlice, type PlannerSlice } from './slices/planner-slice';
import { createSelectionSlice, type Selection, type SelectionSlice } from './slices/selection-slice';
import { createSettingsSlice, type SettingsInit, type SettingsSlice } from './slices/settings-slice';
import { createTourSlice, type TourSlice } from './slices/tour-slice';
import { createViewSlice, DEFAULT_VIEW, type ViewSlice } from './slices/view-slice';
import type { ViewState } from './url-state';

export type AtlasState = ViewSlice & SelectionSlice & FilterSlice & SettingsSlice & TourSlice & PlannerSlice;
export type AtlasStore = StoreApi<AtlasState>;

export interface StoreInit extends Partial<SettingsInit> {
  view?: ViewState;
  selection?: Selection | null;
  directions?: AtlasState['directions'];
  modes?: AtlasState['modes'];
  /** The planner's destination and closed passages (`to=`, `closed=`). */
  plannerTo?: string | null;
  closed?: PassageId[];
}

export function createAtlasStore(init: StoreInit = {}): AtlasStore {
  return createStore<AtlasState>()((...a) => ({
    ...createViewSlice(init.view ?? DEFAULT_VIEW)(...a),
    ...createSelectionSlice(init.selection ?? null)(...a),
    ...createFilterSlice({ directions: init.directions ?? [...DIRECTIONS], modes: init.modes ?? [...MODES] })(...a),
    ...createSettingsSlice({
      lang: init.lang ?? 'en',
      themeSetting: init.themeSetting ?? 'dark',
      systemDark: init.systemDark ?? true,
      reducedMotion: init.reducedMotion ?? false,
    })(...a),
    ...createTourSlice(...a),
    ...createPlannerSlice({ to: init.plannerTo ?? null, closed: init.closed ?? [] })(...a),
  }));
}

/** The theme in effect: the setting, or the system's preference for `auto`. */
export function selectTheme(s: Pick<AtlasState, 'themeSetting' | 'systemDark'>): 'dark' | 'light' {
  return s.themeSetting === 'auto' ? (s.systemDark ? 'dark' : 'light') : s.themeSetting;
}
