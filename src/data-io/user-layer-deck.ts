/**
 * Imported layers as deck.gl layers. Arcs are binary: `data.attributes` hands deck.gl the typed
 * arrays the worker built (positions and widths), so 100,000 flows are uploaded once and never
 * rebuilt per frame; each layer's data object is made once and kept (stable reference), so a
 * re-render with the same layer costs a props comparison. Width grows with the weight (square root,
 * 1 to 6 px). Not pickable: hovering 100,000 arcs would redraw the picking buffer on every move.
 */
import type { Layer } from '@deck.gl/core';
import { ArcLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { ArcSet, ImportedLayer, PathRecord, PointRecord, Position } from './imported-layer';

export type Rgb = [number, number, number];

/**
 * Colours of imported layers, in turn: lime, white, coral red, turquoise, pink. None is a mode's
 * ground colour, the sea fan's lavender or the hubs' vermillion (palette.ts).
 */
export const USER_LAYER_COLORS: readonly Rgb[] = [[170, 240, 50], [240, 240, 240], [255, 90, 90], [64, 224, 208], [255, 77, 166]];

export function userLayerColor(index: number): Rgb {
  return USER_LAYER_COLORS[((index % USER_LAYER_COLORS.length) + USER_LAYER_COLORS.length) % USER_LAYER_COLORS.length] ?? [170, 240, 50];
}

/** Pixels: 1 for the lightest flow, 6 for the heaviest. */
export function widthFor(weight: number, max: number): number {
  if (!(max > 0) || !(weight > 0)) return 1;
  return 1 + 5 * Math.sqrt(Math.min(1, weight / max));
}

/** Arc segments: fewer than deck.gl's 50, the same for the app and the benchmark's baseline. */
export const USER_ARC_SEGMENTS = 24;

export interface BinaryArcData {
  length: number;
  attributes: {
    getSourcePosition: { value: Float64Array; size: 2 };
    getTargetPosition: { value: Float64Array; size: 2 };
    getWidth: { value: Float32Array; size: 1 };
  };
}

/** The binary data object deck.gl reads an arc set from (made once per set: a stable reference). */
const arcData = new WeakMap<ArcSet, BinaryArcData>();
export function binaryArcs(arcs: ArcSet): BinaryArcData {
  const cached = arcData.get(arcs);
  if (cached) return cached;
  let max = 0;
  for (let i = 0; i < arcs.count; i += 1) max = Math.max(max, arcs.weight[i] ?? 0);
  const width = new Float32Array(arcs.count);
  for (let i = 0; i < arcs.count; i += 1) width[i] = widthFor(arcs.weight[i] ?? 0, max);
  const data: BinaryArcData = {
    length: arcs.count,
    attributes: {
      getSourcePosition: { value: arcs.source, size: 2 },
      getTargetPosition: { value: arcs.target, size: 2 },
      getWidth: { value: width, size: 1 },
    },
  };
  arcData.set(arcs, data);
  return data;
}

export function createUserArcLayer(id: string, data: BinaryArcData, color: Rgb): ArcLayer {
  return new ArcLayer({
    id,
    data,
    getSourceColor: [...color, 110],
    getTargetColor: [...color, 235],
    widthUnits: 'pixels',
    greatCircle: true,
    numSegments: USER_ARC_SEGMENTS,
    getHeight: 0.4,
    pickable: false,
  });
}

function maxWeight(records: ReadonlyArray<{ weight: number }>): number {
  return records.reduce((m, r) => Math.max(m, r.weight), 0);
}

/** The deck.gl layers of the visible imported layers, bottom to top, in import order. */
export function createUserLayers(layers: readonly ImportedLayer[]): Layer[] {
  const out: Layer[] = [];
  for (const l of layers) {
    if (l.hidden) continue;
    const color = userLayerColor(l.colorIndex);
    if (l.polygons.length > 0) {
      // Outlines (every ring), no fill: deck.gl's polygon layer and its tesselator would grow the
      // first view's deck chunk by the polygon code they share with the path layer.
      const rings = l.polygons.flatMap((p) => p.polygon);
      out.push(new PathLayer<Position[]>({ id: `user-${l.id}-outline`, data: rings, getPath: (d) => d, getColor: [...color, 230], getWidth: 1.5, widthUnits: 'pixels', pickable: false }));
    }
    if (l.paths.length > 0) {
      const max = maxWeight(l.paths);
      out.push(new PathLayer<PathRecord>({ id: `user-${l.id}-paths`, data: l.paths, getPath: (d) => d.path, getColor: [...color, 230], getWidth: (d) => widthFor(d.weight, max), widthUnits: 'pixels', capRounded: true, jointRounded: true, pickable: false }));
    }
    if (l.arcs.count > 0) out.push(createUserArcLayer(`user-${l.id}-arcs`, binaryArcs(l.arcs), color));
    if (l.points.length > 0) {
      const max = maxWeight(l.points);
      out.push(new ScatterplotLayer<PointRecord>({ id: `user-${l.id}-points`, data: l.points, getPosition: (d) => d.position, getRadius: (d) => 2 + widthFor(d.weight, max), radiusUnits: 'pixels', getFillColor: [...color, 230], stroked: true, getLineColor: [0, 0, 0, 160], lineWidthUnits: 'pixels', getLineWidth: 1, pickable: false }));
    }
  }
  return out;
}
