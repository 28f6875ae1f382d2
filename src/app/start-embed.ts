/**
 * Embed (inside a partner's iframe): the core, the tour for the host's tour.* commands, the embed
 * controls and the postMessage API. No heartbeat, no service worker.
 */
import { effectiveAllowlist, parseAllowlist } from '../embed/protocol';
import { findParentOrigin, startEmbedApi } from '../embed/embed-api';
import { loadJson } from '../load/load-json';
import { byId } from '../ui/dom';
import { fullMapUrl, mountEmbedControls } from '../ui/embed-controls';
import { startCore } from './core';
import { dataIoLoader } from './data-io-loader';
import { showFirstView } from './first-view';
import type { LaunchOptions } from './launch-options';
import { warn } from './page';
import { createRouteComparer } from './planner-setup';
import { startTour } from './tour-setup';

/** The deployer's allowlist (embed-origins.json beside index.html); none on failure: no commands. */
async function loadAllowlist(): Promise<string[]> {
  try {
    return parseAllowlist(await loadJson('./embed-origins.json', 'embed allowlist'));
  } catch (err) {
    warn(err instanceof Error ? err.message : String(err));
    return [];
  }
}

export async function startEmbed(options: LaunchOptions): Promise<void> {
  // Fetched alongside the model and the basemap.
  const allowlist = loadAllowlist();
  const core = await startCore(options);
  const tour = await core.tour;
  const player = tour ? startTour(core, tour, { closable: true, openFirst: false }) : null;
  const { store, index, controller, mapElement } = core;
  // Fullscreen takes the whole figure: the bars with their controls and the map between them.
  const figure = mapElement.closest<HTMLElement>('.map-figure') ?? mapElement;
  mountEmbedControls(byId('embed-controls'), store, figure, fullMapUrl(window.location.href));
  const embedData = dataIoLoader(core, false);
  startEmbedApi({
    frame: core.frame,
    store,
    index,
    apiEnabled: options.api,
    allowlist: effectiveAllowlist(await allowlist, options.origin ?? undefined),
    parentOrigin: findParentOrigin(options.origin ?? undefined, window.location.ancestorOrigins, document.referrer),
    autoHeight: options.autoheight,
    version: __APP_VERSION__,
    firstFrame: controller.firstFrame,
    tour: player,
    data: () => embedData().then((d) => d.embedTools()),
    compareRoutes: createRouteComparer(core),
  });
  await showFirstView(core);
}
