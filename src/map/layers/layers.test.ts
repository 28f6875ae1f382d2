import { readFileSync } from 'node:fs';
import type { AccessorFunction, Color, Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, LegFeature } from '../../model/schema';
import { buildModelIndex } from '../../state/selectors';
import { createFlowClock } from '../flow-clock';
import { MODE_COLORS } from '../palette';
import { renderLayers, selectScene } from '../scene';
import { isSeaFanShown, legEnds, seaFanLegs } from './arc-layer';
import { labelledPlaces, labelPriority } from './label-layer';
import type { LayerContext } from './layer-context';
import { createLegLayers, legColor, legDash, legPath, legWidth, LEG_LAYER_ID, MERCATOR_MAX_LAT } from './leg-layer';
import { placeColor, placeRadius } from './place-layer';
import { buildTrips, legTimestamps, loopHours, PERIOD_H } from './trips-layer';

const model = JSON.parse(readFileSync(new URL('../../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const index = buildModelIndex(model);
const leg = (id: string): LegFeature => {
  const l = index.legs.find((x) => x.properties.id === id);
  if (!l) throw new Error(id);
  return l;
};
const ctx: LayerContext = { theme: 'dark', lang: 'en', selectedCorridor: null, selectedPlace: null, highlightCorridors: [], highlightPlaces: [], hoverCorridor: null, hoverLeg: null, zoomBucket: 2 };

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
  it('take wrapped ends, and fan out only Qinzhou sea legs, only with the Land-Sea Corridor or Qinzhou selected', () => {
    expect(legEnds(leg('lsc-sea-los-angeles')).to).toEqual([-118.265, 33.74]);
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
    expect(ids(full.still)).toEqual(['corridor-legs-casing', 'corridor-legs', 'corridor-places', 'place-labels']);
    expect(ids(full.moving)).toEqual(['corridor-flows']);
    const selected = renderLayers(a, { ...ctx, selectedCorridor: 'land-sea-corridor' }, 'full', 0, false, new Set());
    expect(ids(selected.still)).toEqual(['corridor-legs-casing', 'sea-fan-arcs', 'corridor-legs', 'corridor-places', 'place-labels']);
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
