/**
 * The route planner's state: the destination compared (null: the planner is closed), the closed
 * passages, the cargo weight per TEU, and what the map shows for it (the options' legs and any
 * re-routed lanes, set by the lazily loaded planner once it has the network).
 */
import type { StateCreator } from 'zustand/vanilla';
import type { PassageId } from '../../model/routes';

export interface PlannerLane {
  id: string;
  path: Array<[number, number]>;
}

export interface PlannerSlice {
  plannerTo: string | null;
  closed: PassageId[];
  tonnesPerTeu: number | null;
  /** Legs of the options shown (the map dims every other leg); empty when the planner is closed. */
  plannerLegs: string[];
  /** Sea lanes re-routed round closed passages, drawn over the legs they replace. */
  plannerLanes: PlannerLane[];
  /** Option under the pointer or focus in the table: its legs are emphasised. */
  plannerFocus: string[];
  setPlanner(to: string | null, closed?: PassageId[]): void;
  setClosed(closed: PassageId[]): void;
  setTonnesPerTeu(t: number | null): void;
  setPlannerMap(legs: string[], lanes: PlannerLane[]): void;
  setPlannerFocus(legs: string[]): void;
}

export const createPlannerSlice = (init: { to?: string | null; closed?: PassageId[] }): StateCreator<PlannerSlice, [], [], PlannerSlice> => (set) => ({
  plannerTo: init.to ?? null,
  closed: init.closed ?? [],
  tonnesPerTeu: null,
  plannerLegs: [],
  plannerLanes: [],
  plannerFocus: [],
  setPlanner: (plannerTo, closed) => set(plannerTo === null ? { plannerTo, plannerLegs: [], plannerLanes: [], plannerFocus: [] } : { plannerTo, ...(closed ? { closed } : {}) }),
  setClosed: (closed) => set({ closed }),
  setTonnesPerTeu: (tonnesPerTeu) => set({ tonnesPerTeu }),
  setPlannerMap: (plannerLegs, plannerLanes) => set({ plannerLegs, plannerLanes }),
  setPlannerFocus: (plannerFocus) => set({ plannerFocus }),
});
