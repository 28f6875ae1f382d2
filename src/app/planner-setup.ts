/**
 * Opens the route planner when the store names a destination (`#to=`, the toolbar's Compare
 * button, an embed command): the planner's code and its network are fetched then, never in the
 * first view.
 */
import type { PassageId, RoutesFile } from '../model/routes';
import { byId } from '../ui/dom';
import type { Core } from './core';
import { showStatus, warn } from './page';

export function setupPlanner(core: Core): void {
  const { store } = core;
  let state: 'idle' | 'loading' | 'mounted' = 'idle';
  // A link with to= and map= opens on the link's view; later comparisons frame their options.
  const linkedView = core.options.linkedView && store.getState().plannerTo !== null;
  const open = (): void => {
    state = 'loading';
    Promise.all([import('../planner/planner-panel'), import('../load/load-routes').then((m) => m.loadRoutes())]).then(([panel, routes]) => {
      state = 'mounted';
      const announcer = byId('announcer');
      panel.mountPlanner({
        store, index: core.index, routes, root: byId('planner'), linkedView,
        announce: (text) => {
          announcer.textContent = text;
        },
        warn: (text) => {
          warn(text);
          showStatus('warning', text);
        },
      });
      if (store.getState().plannerTo !== null) core.togglePanel(true);
    }, (err: unknown) => {
      state = 'idle';
      const message = `The route planner could not be loaded: ${err instanceof Error ? err.message : String(err)}`;
      warn(message);
      showStatus('error', message);
      store.getState().setPlanner(null);
    });
  };
  if (store.getState().plannerTo !== null) open();
  store.subscribe((s, prev) => {
    if (s.plannerTo === null || s.plannerTo === prev.plannerTo) return;
    if (state === 'idle') open();
    else if (state === 'mounted') core.togglePanel(true);
  });
}

/**
 * The embed API's `routes.compare`: the same comparison the panel shows, as the public payload. The
 * planner's code and network load on the first call.
 */
export function createRouteComparer(core: Pick<Core, 'model'>): (to: string, closed: readonly PassageId[], tonnesPerTeu?: number) => Promise<{ ok: true; payload: unknown } | { ok: false; error: string }> {
  const facts = new Map(core.model.facts.map((f) => [f.id, f]));
  let loaded: Promise<[typeof import('../planner/compare'), typeof import('../planner/table'), RoutesFile]> | null = null;
  return async (to, closed, tonnesPerTeu) => {
    loaded ??= Promise.all([import('../planner/compare'), import('../planner/table'), import('../load/load-routes').then((m) => m.loadRoutes())]);
    const [compare, table, routes] = await loaded.catch((err: unknown) => {
      loaded = null;
      throw err;
    });
    const result = compare.compareRoutes(routes, (id) => facts.get(id), to, closed, tonnesPerTeu);
    return 'error' in result ? { ok: false, error: result.error } : { ok: true, payload: table.comparisonPayload(result) };
  };
}
