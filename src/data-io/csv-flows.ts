/**
 * CSV rows into origin-destination flows: the header names the columns (o_lon, o_lat, d_lon, d_lat
 * and common synonyms, or origin and destination place ids or names from the model) and an
 * optional weight. Rows arrive in chunks (papaparse streams them in the worker); each bad row is
 * listed by its number and skipped. Pure.
 */
import { checkCell } from './coordinates';
import type { LayerBuilder, Position } from './imported-layer';
import { MAX_FEATURES } from './limits';

const norm = (s: string): string => s.trim().toLowerCase().replace(/[\s.-]+/gu, '_');

const O_LON = ['o_lon', 'o_lng', 'o_long', 'o_x', 'olon', 'olng', 'origin_lon', 'origin_lng', 'origin_long', 'origin_longitude', 'orig_lon', 'orig_lng', 'src_lon', 'src_lng', 'source_lon', 'source_lng', 'source_longitude', 'from_lon', 'from_lng', 'from_longitude', 'start_lon', 'start_lng', 'lon_o', 'lng_o', 'lon1', 'lng1', 'x1'];
const O_LAT = ['o_lat', 'o_y', 'olat', 'origin_lat', 'origin_latitude', 'orig_lat', 'src_lat', 'source_lat', 'source_latitude', 'from_lat', 'from_latitude', 'start_lat', 'lat_o', 'lat1', 'y1'];
const D_LON = ['d_lon', 'd_lng', 'd_long', 'd_x', 'dlon', 'dlng', 'dest_lon', 'dest_lng', 'destination_lon', 'destination_lng', 'destination_longitude', 'dst_lon', 'dst_lng', 'target_lon', 'target_lng', 'target_longitude', 'to_lon', 'to_lng', 'to_longitude', 'end_lon', 'end_lng', 'lon_d', 'lng_d', 'lon2', 'lng2', 'x2'];
const D_LAT = ['d_lat', 'd_y', 'dlat', 'dest_lat', 'destination_lat', 'destination_latitude', 'dst_lat', 'target_lat', 'target_latitude', 'to_lat', 'to_latitude', 'end_lat', 'lat_d', 'lat2', 'y2'];
const O_PLACE = ['origin', 'origin_id', 'o', 'from', 'from_id', 'source', 'source_id', 'src', 'orig', 'start', 'origin_place', '起点'];
const D_PLACE = ['destination', 'destination_id', 'dest', 'd', 'to', 'to_id', 'target', 'target_id', 'dst', 'end', 'destination_place', '终点'];
const WEIGHT = ['weight', 'count', 'value', 'volume', 'flow', 'flows', 'teu', 'tons', 'tonnes', 'trips', 'trains', 'n', 'qty', 'quantity', '权重', '数量'];

export type FlowColumns =
  | { kind: 'coords'; oLon: number; oLat: number; dLon: number; dLat: number; weight: number | null }
  | { kind: 'places'; origin: number; destination: number; weight: number | null };

function find(header: readonly string[], names: readonly string[]): number {
  const h = header.map(norm);
  for (const name of names) {
    const i = h.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

/** Which columns hold the ends and the weight, or null when the header names no ends. */
export function detectColumns(header: readonly string[]): FlowColumns | null {
  const weight = find(header, WEIGHT);
  const w = weight >= 0 ? weight : null;
  const oLon = find(header, O_LON);
  const oLat = find(header, O_LAT);
  const dLon = find(header, D_LON);
  const dLat = find(header, D_LAT);
  if (oLon >= 0 && oLat >= 0 && dLon >= 0 && dLat >= 0) return { kind: 'coords', oLon, oLat, dLon, dLat, weight: w };
  const origin = find(header, O_PLACE);
  const destination = find(header, D_PLACE);
  if (origin >= 0 && destination >= 0) return { kind: 'places', origin, destination, weight: w };
  return null;
}

/** Place ids and names (en and zh, any case) from the model, to [lon, lat]. */
export type PlaceLookup = ReadonlyMap<string, Position>;

export function placeKey(s: string): string {
  return s.trim().toLowerCase();
}

export interface FlowReader {
  /** Read data rows; `firstRow` is the 1-based number of the first of them. Returns false once the cap is reached. */
  rows(rows: readonly (readonly string[])[], firstRow: number): boolean;
}

export function createFlowReader(columns: FlowColumns, places: PlaceLookup, out: LayerBuilder): FlowReader {
  let capped = false;
  let seen = 0;
  const readWeight = (row: readonly string[], n: number): number | null => {
    if (columns.weight === null) return 1;
    const text = (row[columns.weight] ?? '').trim();
    if (text === '') return 1;
    const w = Number(text);
    if (!Number.isFinite(w) || w < 0) {
      out.error({ unit: 'row', n, field: 'weight', problem: Number.isFinite(w) ? 'range' : 'number', value: text.slice(0, 40) });
      return null;
    }
    return w;
  };
  const ends = (row: readonly string[], n: number): [Position, Position] | null => {
    if (columns.kind === 'coords') {
      const cells = [[columns.oLon, 'longitude'], [columns.oLat, 'latitude'], [columns.dLon, 'longitude'], [columns.dLat, 'latitude']] as const;
      const values: number[] = [];
      for (const [i, field] of cells) {
        const v = checkCell(row[i], field);
        if (typeof v !== 'number') {
          out.error({ unit: 'row', n, ...v });
          return null;
        }
        values.push(v);
      }
      const [a = 0, b = 0, c = 0, d = 0] = values;
      return [[a, b], [c, d]];
    }
    const o = (row[columns.origin] ?? '').trim();
    const d = (row[columns.destination] ?? '').trim();
    const from = places.get(placeKey(o));
    if (!from) {
      out.error({ unit: 'row', n, field: 'origin', problem: o === '' ? 'missing' : 'place', value: o.slice(0, 40) });
      return null;
    }
    const to = places.get(placeKey(d));
    if (!to) {
      out.error({ unit: 'row', n, field: 'destination', problem: d === '' ? 'missing' : 'place', value: d.slice(0, 40) });
      return null;
    }
    return [from, to];
  };
  return {
    rows(rows, firstRow) {
      if (capped) return false;
      for (let k = 0; k < rows.length; k += 1) {
        const row = rows[k] ?? [];
        const n = firstRow + k;
        // A blank line is no row.
        if (row.length === 0 || (row.length === 1 && (row[0] ?? '').trim() === '')) continue;
        seen += 1;
        if (seen > MAX_FEATURES) {
          capped = true;
          out.error({ unit: 'file', n: 0, field: 'file', problem: 'too-many', value: MAX_FEATURES.toLocaleString('en-US') });
          return false;
        }
        out.read(1);
        const e = ends(row, n);
        if (!e) continue;
        const w = readWeight(row, n);
        if (w === null) continue;
        out.addArc(e[0], e[1], w, null);
      }
      return true;
    },
  };
}
