import { readFileSync } from 'node:fs';
import type { AccessorFunction, Color, Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, LegFeature } from '../../model/schema';
import { buildModelIndex } from '../../state/selectors';
import { createFlowClock } from '../flow-clock';
import { drawnLegs, polarLabels } from '../drawn-legs';
import { FLOW_ARC_COLORS, MODE_COLORS, type Rgb } from '../palette';
import { renderLayers, selectScene } from '../scene';
import { createSeaFanLayer, FLOW_ARC_WIDTH } from './arc-layer';
import { isSeaFanShown, legEnds, seaFanLegs } from './sea-fan';
import { labelledPlaces, labelPriority } from './label-layer';
import type { LayerContext } from './layer-context';
import { createLegLayers, legColor, legDash, legPath, legWidth, LEG_LAYER_ID, MERCATOR_MAX_LAT } from './leg-layer';
import { placeColor, placeRadius } from './place-layer';
import { createPolarLabelLayer, polarLabelText } from './polar-label-layer';
import { buildTrips, legTimestamps, loopHours, PERIOD_H, TRIPS_LAYER_ID } from './trips-layer';

const model = JSON.parse(readFileSync(new URL('../../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const index = buildModelIndex(model);
const leg = (id: string): LegFeature => {
  const l = index.legs.find((x) => x.properties.id === id);
  if (!l) throw new Error(id);
  return l;
};
const ctx: LayerContext = { theme: 'dark', lang: 'en', selectedCorridor: null, selectedPlace: null, highlightCorridors: [], highlightPlaces: [], hoverCorridor: null, hoverLeg: null, zoomBucket: 2, labelScale: 1, lineScale: 1 };

describe('leg layers', () => {
  it('colour by mode, widen trunks, dash inferred routings and the data channel', () => {
    expect(legColor(leg('lsc-sea-singapore'))).toEqual(MODE_COLORS.sea);
    expect(legWidth(leg('lsc-middle-line'))).toBeGreaterThan(legWidth(leg('lsc-rail-chongqing-kunming')));
    expect(legDash(leg('cer-xian-alashankou'))).toEqual([0, 0]);
    expect(legDash(leg('cer-alashankou-brest'))[0]).toBeGreaterThan(0);
    expect(legDash(leg('data-chongqing-singapore'))).not.toEqual(legDash(leg('cer-alashankou-brest')));
  });
  it('clamp near-polar latitudes to the Web Mercator limit', () => {
    expect(Math.max(...legPath(leg('air-new-york')).map(([, lat]) => lat))).toBe(MERCATOR_MAX_LAT);
  });
  it('dim other corridors and widen the selected one', () => {
    const [, plain] = createLegLayers([leg('lsc-middle-line'), leg('cer-xian-alashankou')], ctx);
    const [, sel] = createLegLayers([leg('lsc-middle-line'), leg('cer-xian-alashankou')], { ...ctx, selectedCorridor: 'land-sea-corridor' });
    expect(plain.id).toBe(LEG_LAYER_ID);
    const info = { index: 0, data: [], target: [] };
    const color = (layer: typeof sel, l: LegFeature): number[] => [...((layer.props.getColor as AccessorFunction<LegFeature, Color>)(l, info))];
    const width = (layer: typeof sel, l: LegFeature): number => (layer.props.getWidth as AccessorFunction<LegFeature, number>)(l, info);
    expect(color(sel, leg('cer-xian-alashankou'))[3]).toBeLessThan(color(plain, leg('cer-xian-alashankou'))[3] ?? 0);
    expect(width(sel, leg('lsc-middle-line'))).toBeGreaterThan(width(plain, leg('lsc-middle-line')));
    // A tour chapter highlights several corridors; a selection takes precedence over it.
    const tour = createLegLayers([leg('lsc-middle-line'), leg('cer-xian-alashankou')], { ...ctx, highlightCorridors: ['china-europe-rail', 'yangtze-shipping'] })[1];
    expect(color(tour, leg('lsc-middle-line'))[3]).toBeLessThan(color(tour, leg('cer-xian-alashankou'))[3] ?? 0);
    expect(width(tour, leg('cer-xian-alashankou'))).toBeGreaterThan(width(plain, leg('cer-xian-alashankou')));
    const both = createLegLayers([leg('lsc-middle-line'), leg('cer-xian-alashankou')], { ...ctx, highlightCorridors: ['china-europe-rail'], selectedCorridor: 'land-sea-corridor' })[1];
    expect(color(both, leg('cer-xian-alashankou'))[3]).toBeLessThan(color(both, leg('lsc-middle-line'))[3] ?? 0);
  });
});

describe('arcs', () => {
  it('take unwrapped ends (Los Angeles across the Pacific), and fan out only Qinzhou sea legs, only with the Land-Sea Corridor or Qinzhou selected', () => {
    expect(legEnds(leg('lsc-sea-los-angeles')).from).toEqual(leg('lsc-sea-los-angeles').geometry.coordinates[0]);
    expect(legEnds(leg('lsc-sea-los-angeles')).to[0]).toBeCloseTo(241.735, 6);
    expect(legEnds(leg('lsc-sea-los-angeles')).to[1]).toBe(33.74);
    expect(legEnds(leg('lsc-sea-jakarta')).to[0]).toBeLessThan(180);
    const fan = seaFanLegs(index.legs).map((l) => l.properties.id);
    expect(fan).toContain('lsc-sea-jakarta');
    expect(fan).not.toContain('lsc-sea-europe');
    expect(isSeaFanShown(ctx)).toBe(false);
    expect(isSeaFanShown({ ...ctx, selectedCorridor: 'land-sea-corridor' })).toBe(true);
    expect(isSeaFanShown({ ...ctx, selectedPlace: 'qinzhou-port' })).toBe(true);
    expect(isSeaFanShown({ ...ctx, highlightCorridors: ['land-sea-corridor'] })).toBe(true);
    expect(isSeaFanShown({ ...ctx, highlightCorridors: ['yangtze-shipping'] })).toBe(false);
  });
});

describe('flow arcs', () => {
  const distance = (a: Rgb, b: Rgb): number => Math.max(...a.map((c, i) => Math.abs(c - (b[i] ?? 0))));
  it.each(['dark', 'light'] as const)('%s: have a colour of their own, far from every mode\'s ground colour and its casing', (theme) => {
    const color = FLOW_ARC_COLORS[theme];
    for (const [mode, ground] of Object.entries(MODE_COLORS)) expect(distance(color, ground), mode).toBeGreaterThanOrEqual(60);
    const layer = createSeaFanLayer(seaFanLegs(index.legs), { ...ctx, theme });
    expect(layer.props.getSourceColor).toEqual([...color, 70]);
    expect(layer.props.getTargetColor).toEqual([...color, 255]);
  });
  it('are thinner than every leg, raised, and drawn from origin to destination', () => {
    const layer = createSeaFanLayer(seaFanLegs(index.legs), ctx);
    expect(FLOW_ARC_WIDTH).toBeLessThan(Math.min(...index.legs.map(legWidth)));
    expect(layer.props.getHeight).toBeGreaterThan(0);
    const jakarta = leg('lsc-sea-jakarta');
    const info = { index: 0, data: [], target: [] };
    expect((layer.props.getSourcePosition as AccessorFunction<LegFeature, unknown>)(jakarta, info)).toEqual(jakarta.geometry.coordinates[0]);
    expect((layer.props.getTargetPosition as AccessorFunction<LegFeature, unknown>)(jakarta, info)).toEqual(jakarta.geometry.coordinates.at(-1));
  });
});

describe('polar legs', () => {
  it('draw New York as two parts below the Arctic circle, one at each city, labelled at the cuts in both languages', () => {
    const drawn = drawnLegs(index.legs);
    expect(drawn).toHaveLength(index.legs.length + 1);
    const ny = drawn.filter((l) => l.properties.id === 'air-new-york');
    expect(ny).toHaveLength(2);
    for (const part of ny) expect(Math.max(...legPath(part).map(([, lat]) => lat))).toBeLessThan(67);
    expect(ny[1]?.geometry.coordinates.at(-1)?.[0]).toBeCloseTo(index.placeById.get('new-york')?.geometry.coordinates[0] ?? 0, 3);
    // Every other leg is drawn as it is (same object, so deck.gl data stays stable).
    expect(drawn.filter((l) => l.properties.id !== 'air-new-york').every((l) => index.legs.includes(l))).toBe(true);
    const labels = polarLabels(index.legs);
    expect(labels.map((l) => l.leg.properties.id)).toEqual(['air-new-york', 'air-new-york']);
    expect(labels.map((l) => Math.round(l.position[0]))).toEqual([107, -75]);
    expect(labels.map((l) => polarLabelText(l, ctx))).toEqual(['via the Arctic', 'via the Arctic']);
    expect(polarLabelText(labels[0] ?? { leg: leg('air-new-york'), position: [0, 0], pole: 'north' }, { ...ctx, lang: 'zh' })).toBe('经北极');
    expect(createPolarLabelLayer(labels, ctx).props.data).toBe(labels);
  });
  it('move their flows along the parts: off at one cut, back at the other after the Arctic crossing', () => {
    const trips = buildTrips([leg('air-new-york')], PERIOD_H);
    // The same departure on each part: Chongqing's part (east of 0) and New York's (west of 0).
    const a = trips.find((t) => (t.path[0]?.[0] ?? 0) > 0 && t.timestamps[0] === 0);
    const b = trips.filter((t) => (t.path[0]?.[0] ?? 0) < 0)[trips.indexOf(a ?? trips[0]!)];
    if (!a || !b) throw new Error('two parts');
    expect(Math.max(...trips.flatMap((t) => t.path.map(([, lat]) => lat)))).toBeLessThan(67);
    const gapH = (b.timestamps[0] ?? 0) - (a.timestamps.at(-1) ?? 0);
    // About 5,000 km over the pole at 750 km/h.
    expect(gapH).toBeGreaterThan(6);
    expect(gapH).toBeLessThan(8);
    expect(b.timestamps.at(-1)).toBeCloseTo((a.timestamps[0] ?? 0) + (legTimestamps(leg('air-new-york')).at(-1) ?? 0), 1);
    expect(TRIPS_LAYER_ID).toBe('corridor-flows');
  });
});

describe('trips', () => {
  it('move slower by sea than by rail: timestamps follow the mode speed', () => {
    const sea = legTimestamps(leg('lsc-sea-singapore'));
    const rail = legTimestamps(leg('cer-xian-alashankou'));
    const perKm = (t: number[], km: number): number => (t.at(-1) ?? 0) / km;
    expect(perKm(sea, leg('lsc-sea-singapore').properties.drawnKm)).toBeGreaterThan(perKm(rail, leg('cer-xian-alashankou').properties.drawnKm));
    expect(sea[0]).toBe(0);
    expect(sea.every((t, i) => i === 0 || t > (sea[i - 1] ?? 0))).toBe(true);
  });
  it('loop in whole periods and stay well inside 32-bit float range', () => {
    const loop = loopHours(index.legs);
    expect(loop % PERIOD_H).toBe(0);
    const trips = buildTrips(index.legs, loop);
    expect(trips.length).toBeGreaterThan(index.legs.length);
    const all = trips.flatMap((t) => [...t.timestamps]);
    expect(Math.max(...all.map(Math.abs))).toBeLessThan(5000);
    // Departures are periodic, so the animation at time 0 looks like the animation at time `loop`.
    const starts = trips.filter((t) => t.leg.properties.id === 'lsc-sea-singapore').map((t) => t.timestamps[0] ?? 0);
    expect(starts.some((s) => s <= 0)).toBe(true);
    expect(Math.max(...starts)).toBeLessThan(loop);
  });
  it('run on one clock that stops and resumes without counting the pause', () => {
    let now = 0;
    const frames: FrameRequestCallback[] = [];
    const clock = createFlowClock(100, () => undefined, (cb) => frames.push(cb), () => undefined, () => now);
    expect(frames.length).toBe(0);
    clock.start();
    now = 1000;
    expect(clock.now()).toBeCloseTo(24, 5);
    clock.stop();
    now = 5000;
    expect(clock.now()).toBeCloseTo(24, 5);
    clock.start();
    now = 6000;
    expect(clock.now()).toBeCloseTo(48, 5);
    expect(clock.running).toBe(true);
  });
});

describe('places and labels', () => {
  it('size by role and label by priority, waypoints only when zoomed in', () => {
    const hub = index.placeById.get('tuanjiecun');
    const wp = index.placeById.get('kurgan');
    if (!hub || !wp) throw new Error('fixture');
    expect(placeRadius(hub)).toBeGreaterThan(placeRadius(wp));
    expect(placeColor(hub, [1, 2, 3])).not.toEqual([1, 2, 3]);
    expect(labelledPlaces([hub, wp], 2)).toEqual([hub]);
    expect(labelledPlaces([hub, wp], 6)).toEqual([hub, wp]);
    expect(labelPriority(wp, { ...ctx, selectedPlace: 'kurgan' })).toBeGreaterThan(labelPriority(hub, ctx));
  });
});

describe('scene', () => {
  it('keeps data identity while filters are unchanged and builds every layer with a stable id', () => {
    const dirs = ['east', 'west', 'south', 'north', 'regional'] as const;
    const modes = ['rail', 'river', 'sea', 'road', 'air', 'data'] as const;
    const a = selectScene(index, [...dirs], [...modes]);
    const b = selectScene(index, [...dirs], [...modes]);
    expect(b.trips).toBe(a.trips);
    const ids = (layers: Layer[]): string[] => layers.map((l) => l.id);
    const full = renderLayers(a, ctx, 'full', 0, true, new Set(['chongqing']));
    expect(ids(full.still)).toEqual(['corridor-legs-casing', 'corridor-legs', 'corridor-places', 'place-labels', 'polar-labels']);
    expect(ids(full.moving)).toEqual(['corridor-flows']);
    // The arcs' layer code loads on demand: without it, no arcs; with it, above the ground lines.
    const lsc = { ...ctx, selectedCorridor: 'land-sea-corridor' };
    expect(ids(renderLayers(a, lsc, 'full', 0, false, new Set()).still)).not.toContain('sea-fan-arcs');
    const selected = renderLayers(a, lsc, 'full', 0, false, new Set(), createSeaFanLayer);
    expect(ids(selected.still)).toEqual(['corridor-legs-casing', 'corridor-legs', 'sea-fan-arcs', 'corridor-places', 'place-labels', 'polar-labels']);
    expect(ids(renderLayers(a, ctx, 'full', 0, false, new Set(), createSeaFanLayer).still)).not.toContain('sea-fan-arcs');
    expect(selected.moving).toEqual([]);
  });
  it('draws the corridors only in the first frame, air legs included, with one shader for lines and casing', () => {
    const a = selectScene(index, ['east', 'west', 'south', 'north', 'regional'], ['rail', 'river', 'sea', 'road', 'air', 'data']);
    const { still: first, moving } = renderLayers(a, ctx, 'first', 0, true, new Set());
    expect(moving).toEqual([]);
    expect(first.map((l) => l.id)).toEqual(['corridor-legs-casing', 'corridor-legs']);
    expect((first[1]?.props.data as LegFeature[]).some((l) => l.properties.mode === 'air')).toBe(true);
    expect(first[0]?.props.extensions).toEqual(first[1]?.props.extensions);
  });
  it('drops the places of filtered-out legs but keeps expo venues', () => {
    const west = selectScene(index, ['west'], ['rail']);
    const ids = west.places.map((p) => p.properties.id);
    expect(ids).toContain('duisburg');
    expect(ids).not.toContain('singapore');
    expect(ids).toContain('ciie-venue');
  });
});
