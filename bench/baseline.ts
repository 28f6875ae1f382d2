/**
 * The benchmark's baseline: bare MapLibre + MapLibreOverlay drawing the same model legs as paths and
 * animated trips on the same basemap, with no UI, store or labels. Same readiness signals as the app.
 * The legs are drawn as the app draws them (drawnLegs: a polar leg as its parts below the Arctic
 * circle; buildTrips runs the flows along those parts).
 *
 * `?arcs=N` (the bench's scale cases): after `ready`, N synthetic flows (the bench's seed) drawn
 * as the app draws imported flows (the same ArcLayer props and binary attributes), on an overlay
 * of their own that is not redrawn by the flows, marked `atlas:import-start` and `atlas:import-drawn`.
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { PathLayer } from '@deck.gl/layers';
import { TripsLayer } from '@deck.gl/geo-layers';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { loadModel } from '../src/load/load-model';
import { loadWorld } from '../src/load/load-world';
import { buildBasemapStyle } from '../src/map/basemap-style';
import { drawnLegs } from '../src/map/drawn-legs';
import { legPath } from '../src/map/layers/leg-layer';
import { buildTrips, HOURS_PER_SECOND, loopHours, type Trip } from '../src/map/layers/trips-layer';
import { isLegFeature } from '../src/model/parse-model';
import type { LegFeature } from '../src/model/schema';
import type { ArcSet } from '../src/data-io/imported-layer';

setWorkerUrl(workerUrl);

async function start(): Promise<void> {
  document.documentElement.dataset.atlasState = 'loading';
  const [model, world] = await Promise.all([loadModel(), loadWorld()]);
  const legs = model.features.filter(isLegFeature);
  const loopH = loopHours(legs);
  const trips = buildTrips(legs, loopH);
  const legPaths = drawnLegs(legs);
  const map = new MapLibreMap({ container: 'map', style: buildBasemapStyle('dark', world), center: [88, 30], zoom: 1.35, attributionControl: false });
  let drawn = false;
  const overlay = new MapLibreOverlay({ interleaved: false, layers: [], onAfterRender: () => { drawn = true; } });
  map.addControl(overlay);
  const layers = (time: number): Array<PathLayer<LegFeature> | TripsLayer<Trip>> => [
    new PathLayer<LegFeature>({ id: 'legs', data: legPaths, getPath: legPath, getColor: [230, 159, 0], getWidth: 2, widthUnits: 'pixels' }),
    new TripsLayer<Trip>({ id: 'trips', data: trips, getPath: (t) => t.path, getTimestamps: (t) => t.timestamps, getColor: [255, 220, 60], getWidth: 3, widthUnits: 'pixels', trailLength: 10, fadeTrail: true, currentTime: time }),
  ];
  overlay.setProps({ layers: layers(0) });
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  while (!drawn) await new Promise((r) => requestAnimationFrame(r));
  performance.mark('atlas:first-frame');
  document.documentElement.dataset.atlasState = 'ready';
  // Like the app: flows start after the first frame.
  const t0 = performance.now();
  const tick = (): void => {
    overlay.setProps({ layers: layers((((performance.now() - t0) / 1000) * HOURS_PER_SECOND) % loopH) });
    requestAnimationFrame(tick);
  };
  tick();
  const arcs = Number(new URLSearchParams(location.search).get('arcs') ?? 0);
  if (arcs > 0) {
    performance.mark('atlas:import-start');
    // Loaded only for the scale cases (as the app loads its import tools on demand), so the plain
    // baseline's first view is the bare map and flows it always was.
    const [{ binaryArcs, createUserArcLayer, userLayerColor }, { syntheticFlows }] = await Promise.all([
      import('../src/data-io/user-layer-deck'),
      import('../scripts/lib/synthetic-flows'),
    ]);
    const f = syntheticFlows(arcs);
    const set: ArcSet = { ...f, props: null };
    let marked = false;
    const still = new MapLibreOverlay({
      interleaved: false,
      layers: [createUserArcLayer('user-bench-arcs', binaryArcs(set), userLayerColor(0))],
      onAfterRender: () => {
        if (marked) return;
        marked = true;
        // One frame later, as the app marks it (the draw call returns before the GPU is done).
        requestAnimationFrame(() => performance.mark('atlas:import-drawn'));
      },
    });
    map.addControl(still);
  }
}

start().catch((err: unknown) => {
  document.documentElement.dataset.atlasState = 'error';
  console.error(err);
});
