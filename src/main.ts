/** Wiring only: load the model and the basemap, start the map, report readiness. */
import { isLegFeature, isPlaceFeature } from './model/parse-model';
import { loadModel } from './load/load-model';
import { loadWorld } from './load/load-world';
import { buildBasemapStyle } from './map/basemap-style';
import { createLegLayer } from './map/layers/leg-layer';
import { createPlaceLayer } from './map/layers/place-layer';
import { createMapController } from './map/map-controller';
import { BASEMAP_COLORS } from './map/palette';
import { renderCorridorList } from './ui/corridor-list';
import { renderLegend } from './ui/legend';
import './styles.css';

const root = document.documentElement;

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page is missing #${id}`);
  return el;
}

async function start(): Promise<void> {
  root.dataset.atlasState = 'loading';
  const [model, world] = await Promise.all([loadModel(), loadWorld()]);
  const legs = model.features.filter(isLegFeature);
  const places = model.features.filter(isPlaceFeature);

  const theme = 'dark';
  const controller = createMapController(element('map'), buildBasemapStyle(theme, world));
  controller.setLayers([createLegLayer(legs), createPlaceLayer(places, BASEMAP_COLORS[theme].place)]);

  renderLegend(element('legend'), new Set(legs.map((l) => l.properties.mode)));
  renderCorridorList(element('corridor-list'), model);
  element('map-caption').textContent =
    `${model.corridors.length} corridors from Chongqing, ${legs.length} legs and ${places.length} places; ${model.facts.length} cited facts.`;

  await controller.firstFrame;
  performance.mark('atlas:first-frame');
  root.dataset.atlasState = 'ready';
}

start().catch((err: unknown) => {
  root.dataset.atlasState = 'error';
  const message = err instanceof Error ? err.message : String(err);
  const status = document.getElementById('status');
  if (status) {
    status.className = 'status error';
    status.textContent = message;
  }
  console.error(err);
});
