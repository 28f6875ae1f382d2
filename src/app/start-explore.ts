/** Explore (the default): the core, and the tour as a list of chapters beside the map. */
import { byId } from '../ui/dom';
import { mountTourList } from '../ui/tour-list';
import { startCore } from './core';
import { dataIoLoader, mountDataIo, restoreDataIo } from './data-io-loader';
import { showFirstView } from './first-view';
import type { LaunchOptions } from './launch-options';
import { setupPlanner } from './planner-setup';
import { startTour } from './tour-setup';

export async function startExplore(options: LaunchOptions): Promise<void> {
  const core = await startCore(options);
  setupPlanner(core);
  const tour = await core.tour;
  if (tour) {
    const player = startTour(core, tour, { closable: true, openFirst: false });
    mountTourList(byId('tour-list'), core.store, tour, (i) => player.open(i, false));
  }
  const dataIo = dataIoLoader(core);
  mountDataIo(core, byId('map-buttons'), dataIo);
  await showFirstView(core);
  restoreDataIo(dataIo);
}
