/**
 * The current view as data: the visible legs (the filters that are on) with their corridor, fact
 * ids and sources in properties, the places on them, and the imported layers, as one RFC 7946
 * FeatureCollection; the facts of what is shown as CSV. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ModelFact } from '../model/schema';
import type { Direction, Mode } from '../model/types';
import { selectVisibleLegs, type ModelIndex } from '../state/selectors';
import type { ImportedLayer, Properties } from './imported-layer';

export interface ViewFilters { directions: readonly Direction[]; modes: readonly Mode[] }

/** Longitudes back within ±180 (RFC 7946 §3.1.1); the atlas draws lines unwrapped. */
export function foldLng(lng: number): number {
  const x = ((((lng + 180) % 360) + 360) % 360) - 180;
  return x === -180 && lng > 0 ? 180 : x;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;
const pos = ([lng, lat]: readonly [number, number]): [number, number] => [round(foldLng(lng)), round(lat)];

/**
 * Splits a line where it crosses the antimeridian (RFC 7946 §3.1.9) into parts, each within ±180.
 * A point exactly on ±180 stays on the side the line comes from (MARNET's bridge points).
 */
export function splitAtAntimeridian(coords: ReadonlyArray<readonly [number, number]>): Array<Array<[number, number]>> {
  const parts: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let prev: readonly [number, number] | null = null;
  let world = 0;
  for (const c of coords) {
    let w = Math.floor((c[0] + 180) / 360);
    if (prev && w === world + 1 && (c[0] + 180) % 360 === 0) w = world;
    if (prev && w !== world) {
      // Crossing: the latitude where the segment meets the meridian between the two worlds.
      const edge = Math.max(w, world) * 360 - 180;
      const t = (edge - prev[0]) / (c[0] - prev[0]);
      const lat = round(prev[1] + t * (c[1] - prev[1]));
      const east = w > world;
      current.push([east ? 180 : -180, lat]);
      parts.push(current);
      current = [[east ? -180 : 180, lat]];
    }
    world = w;
    current.push([round(c[0] - w * 360), round(c[1])]);
    prev = c;
  }
  if (current.length > 0) parts.push(current);
  return parts.filter((p) => p.length >= 2);
}

function lineGeometry(coords: ReadonlyArray<readonly [number, number]>): Geometry {
  const parts = splitAtAntimeridian(coords);
  return parts.length === 1 ? { type: 'LineString', coordinates: parts[0] ?? [] } : { type: 'MultiLineString', coordinates: parts };
}

function factsWithSources(index: ModelIndex, ids: readonly string[]): { facts: string[]; sources: string[] } {
  const facts = [...new Set(ids)];
  const sources = [...new Set(facts.map((id) => index.factById.get(id)?.source).filter((s): s is string => s !== undefined))];
  return { facts, sources };
}

/** The features of imported layers (flows as two-point lines marked `atlasKind: "od"`, so they import back as flows). */
export function importedFeatures(layers: readonly ImportedLayer[]): Feature[] {
  const out: Feature[] = [];
  for (const l of layers) {
    const base = { layer: l.name, layerId: l.id };
    const { arcs } = l;
    for (let i = 0; i < arcs.count; i += 1) {
      const from: [number, number] = [arcs.source[i * 2] ?? 0, arcs.source[i * 2 + 1] ?? 0];
      const to: [number, number] = [arcs.target[i * 2] ?? 0, arcs.target[i * 2 + 1] ?? 0];
      const props: Properties = { ...(arcs.props?.[i] ?? {}), ...base, atlasKind: 'od', weight: arcs.weight[i] ?? 1 };
      out.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [pos(from), pos(to)] }, properties: props });
    }
    for (const p of l.paths) out.push({ type: 'Feature', geometry: lineGeometry(p.path), properties: { ...p.props, ...base } });
    for (const p of l.points) out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: pos(p.position) }, properties: { ...p.props, ...base } });
    for (const p of l.polygons) out.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: p.polygon.map((r) => r.map(pos)) }, properties: { ...p.props, ...base } });
  }
  return out;
}

export function viewGeoJson(index: ModelIndex, filters: ViewFilters, layers: readonly ImportedLayer[], exportedAt: string): FeatureCollection {
  const legs = selectVisibleLegs(index.legs, filters.directions, filters.modes);
  const shown = new Set(legs.flatMap((l) => l.properties.places));
  const legFeatures: Feature[] = legs.map((leg) => {
    const p = leg.properties;
    const corridor = index.corridorById.get(p.corridor);
    const { facts, sources } = factsWithSources(index, [...p.facts, ...(corridor?.keyFacts ?? [])]);
    return {
      type: 'Feature',
      geometry: lineGeometry(leg.geometry.coordinates),
      properties: {
        kind: 'leg', id: p.id, corridor: p.corridor, corridorName: corridor?.name.en ?? p.corridor, corridorNameZh: corridor?.name.zh ?? '',
        name: p.name.en, nameZh: p.name.zh, mode: p.mode, role: p.role, direction: p.direction, inferred: p.inferred, drawnKm: p.drawnKm, places: p.places, facts, sources,
      },
    };
  });
  const placeFeatures: Feature[] = index.places.filter((pl) => shown.has(pl.properties.id)).map((pl) => {
    const p = pl.properties;
    const ids = index.model.facts.filter((f) => f.refs?.includes(p.id)).map((f) => f.id);
    const { facts, sources } = factsWithSources(index, ids);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pos(pl.geometry.coordinates) },
      properties: { kind: 'place', id: p.id, name: p.name.en, nameZh: p.name.zh, placeKind: p.placeKind, role: p.role, corridors: p.corridors, coordSource: p.coordSource, facts, sources },
    };
  });
  return {
    type: 'FeatureCollection',
    features: [...legFeatures, ...placeFeatures, ...importedFeatures(layers)],
    // Foreign members (RFC 7946 §6.1): what the file is, and its filters.
    ...{ atlas: { exportedAt, directions: [...filters.directions], modes: [...filters.modes], note: 'Corridor Atlas export: drawn lines are schematic; facts cite their sources.' } },
  };
}

/** The facts behind what is shown: the visible corridors' and those naming a shown place. */
export function viewFacts(index: ModelIndex, filters: ViewFilters): ModelFact[] {
  const legs = selectVisibleLegs(index.legs, filters.directions, filters.modes);
  const corridors = new Set<string>(legs.map((l) => l.properties.corridor));
  const places = new Set<string>(legs.flatMap((l) => l.properties.places));
  const ids = new Set<string>();
  corridors.forEach((c) => index.corridorById.get(c)?.facts.forEach((f) => ids.add(f)));
  legs.forEach((l) => l.properties.facts.forEach((f) => ids.add(f)));
  return index.model.facts.filter((f) => ids.has(f.id) || (f.refs ?? []).some((r) => places.has(r) || corridors.has(r)));
}

/** One CSV field (RFC 4180 quoting); a leading = + - @ is prefixed with ' so a spreadsheet never runs it. */
export function csvField(value: unknown): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean);
  if (/^[=+\-@\t\r]/u.test(text) && !/^-?\d/u.test(text)) text = `'${text}`;
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export const FACT_CSV_COLUMNS = ['id', 'label_en', 'label_zh', 'kind', 'value', 'unit', 'as_of', 'refs', 'source', 'source_kind', 'source_title', 'article', 'quote'] as const;

function factValue(f: ModelFact): unknown {
  switch (f.kind) {
    case 'quantity': return f.value;
    case 'date': return f.date;
    case 'list': return f.items;
    case 'text': return f.text;
  }
}

export function factsCsv(index: ModelIndex, facts: readonly ModelFact[]): string {
  const refTitle = new Map<string, string>(index.model.references.map((r) => [r.id, r.title]));
  const rows = facts.map((f) => [
    f.id, f.label.en, f.label.zh, f.kind, factValue(f), f.kind === 'quantity' ? (f.unitText?.en ?? f.unit) : '', f.asOf, f.refs ?? [], f.source, f.sourceKind,
    f.sourceKind === 'seed' ? index.sourceById.get(f.source)?.title ?? '' : refTitle.get(f.source) ?? '', f.article ?? '', f.quote,
  ].map(csvField).join(','));
  return `${[FACT_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
