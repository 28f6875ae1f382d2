import { describe, expect, it } from 'vitest';
import { checkCell, checkPosition } from './coordinates';
import { createFlowReader, detectColumns, type PlaceLookup } from './csv-flows';
import { createLayerBuilder, featureCount } from './imported-layer';
import { fileKind, MAX_FEATURES, MAX_FILE_BYTES, refuseBeforeParsing } from './limits';
import { parseGeoJson, parseGeoJsonText } from './parse-geojson';
import { formatRowError } from './row-error';

describe('caps before parsing', () => {
  it('refuses a file over 50 MB, an empty file and an unknown type, and accepts the rest', () => {
    expect(refuseBeforeParsing('big.csv', 60 * 1024 * 1024)).toEqual({ kind: 'too-big', bytes: 60 * 1024 * 1024 });
    expect(refuseBeforeParsing('ok.csv', MAX_FILE_BYTES)).toBeNull();
    expect(refuseBeforeParsing('e.geojson', 0)).toEqual({ kind: 'empty' });
    expect(refuseBeforeParsing('x.xlsx', 10)).toEqual({ kind: 'type', name: 'x.xlsx' });
    expect(fileKind('Flows.CSV')).toBe('csv');
    expect(fileKind('a.json')).toBe('geojson');
  });
});

describe('coordinates', () => {
  it('names the field and the value that is wrong', () => {
    expect(checkPosition([106.5, 29.5, 10])).toEqual([106.5, 29.5]);
    expect(checkPosition([106.5, 123.4])).toEqual({ field: 'latitude', problem: 'range', value: '123.4' });
    expect(checkPosition([-200, 0])).toEqual({ field: 'longitude', problem: 'range', value: '-200' });
    expect(checkPosition(['a', 0])).toMatchObject({ field: 'longitude', problem: 'number' });
    expect(checkCell(' 29.1 ', 'latitude')).toBe(29.1);
    expect(checkCell('', 'latitude')).toEqual({ field: 'latitude', problem: 'missing', value: '' });
    expect(checkCell('north', 'longitude')).toEqual({ field: 'longitude', problem: 'number', value: 'north' });
  });

  it('formats an error by row in both languages', () => {
    const e = { unit: 'row', n: 1204, field: 'latitude', problem: 'range', value: '123.4' } as const;
    expect(formatRowError(e, 'en')).toBe('row 1,204: latitude 123.4 out of range');
    expect(formatRowError(e, 'zh')).toBe('第 1,204 行：纬度 123.4 超出范围');
  });
});

describe('GeoJSON import', () => {
  const fc = (features: unknown[]): unknown => ({ type: 'FeatureCollection', features });
  const feature = (geometry: unknown, properties: unknown = {}): unknown => ({ type: 'Feature', geometry, properties });

  it('draws points, lines, polygons; flattens a GeometryCollection; keeps good features and lists bad ones', () => {
    const out = parseGeoJson(fc([
      feature({ type: 'Point', coordinates: [106.55, 29.56] }, { name: '<img src=x onerror=alert(1)>' }),
      feature({ type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 1]] }),
      feature({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] }),
      feature({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }),
      feature({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] }),
      feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[1, 2], [3, 4], [5, 6]] }, { type: 'GeometryCollection', geometries: [] }] }),
      feature({ type: 'Point', coordinates: [10, 123.4] }),
      feature({ type: 'Curve', coordinates: [] }),
      { type: 'Feature', geometry: null, properties: {} },
      feature({ type: 'LineString', coordinates: [[0, 0]] }),
    ]));
    expect(out.points).toHaveLength(2);
    expect(out.points[0]?.props.name).toBe('<img src=x onerror=alert(1)>');
    expect(out.paths).toHaveLength(4);
    expect(out.polygons).toHaveLength(2);
    expect(out.errors.map((e) => formatRowError(e, 'en'))).toEqual([
      'feature 7: latitude 123.4 out of range',
      'feature 8: unsupported geometry "Curve"',
      'feature 10: unsupported geometry "too few positions"',
    ]);
    expect(out.read).toBe(10);
  });

  it('reads two-point lines marked as flows back as arcs with their weight', () => {
    const out = parseGeoJson(fc([feature({ type: 'LineString', coordinates: [[106.5, 29.5], [6.8, 51.4]] }, { atlasKind: 'od', weight: 7 })]));
    expect(out.arcs.count).toBe(1);
    expect([...out.arcs.source]).toEqual([106.5, 29.5]);
    expect([...out.arcs.target]).toEqual([6.8, 51.4]);
    expect(out.arcs.weight[0]).toBe(7);
  });

  it('never throws on broken input', () => {
    expect(formatRowError(parseGeoJsonText('{"type": "Feature', undefined).errors[0] ?? { unit: 'file', n: 0, field: 'file', problem: 'json', value: '' }, 'en')).toMatch(/^not valid GeoJSON/u);
    expect(parseGeoJson(null).errors[0]?.problem).toBe('json');
    expect(parseGeoJson({ type: 'GeometryCollection', geometries: 'x' }).errors[0]?.problem).toBe('geometry');
  });

  it('refuses more than 100,000 features', () => {
    // A sparse array is enough to count.
    const many = { type: 'FeatureCollection', features: new Array<unknown>(MAX_FEATURES + 1) };
    expect(parseGeoJson(many).errors[0]).toMatchObject({ unit: 'file', problem: 'too-many' });
  });
});

describe('CSV flows', () => {
  it('finds coordinate columns by common names, and place columns', () => {
    expect(detectColumns(['o_lon', 'o_lat', 'd_lon', 'd_lat', 'weight'])).toEqual({ kind: 'coords', oLon: 0, oLat: 1, dLon: 2, dLat: 3, weight: 4 });
    expect(detectColumns(['Origin Lng', 'Origin Lat', 'Dest Lng', 'Dest Lat'])).toEqual({ kind: 'coords', oLon: 0, oLat: 1, dLon: 2, dLat: 3, weight: null });
    expect(detectColumns(['from', 'to', 'TEU'])).toEqual({ kind: 'places', origin: 0, destination: 1, weight: 2 });
    expect(detectColumns(['a', 'b'])).toBeNull();
  });

  it('keeps the good rows and lists the bad ones by row number', () => {
    const out = createLayerBuilder(2);
    const cols = detectColumns(['o_lon', 'o_lat', 'd_lon', 'd_lat', 'weight']);
    if (!cols) throw new Error('no columns');
    const reader = createFlowReader(cols, new Map(), out);
    reader.rows([['106.5', '29.5', '6.8', '51.4', '3'], ['106.5', '123.4', '6.8', '51.4', '1'], [''], ['x', '1', '2', '3', ''], ['100', '10', '101', '11', '-2'], ['100', '10', '101', '11', '']], 1);
    const content = out.finish();
    expect(featureCount(content)).toBe(2);
    expect([...content.arcs.weight]).toEqual([3, 1]);
    expect(content.errors.map((e) => formatRowError(e, 'en'))).toEqual(['row 2: latitude 123.4 out of range', 'row 4: longitude "x" is not a number', 'row 5: weight -2 out of range']);
  });

  it('resolves model place ids and names, and names an unknown place', () => {
    const places: PlaceLookup = new Map([['chongqing', [106.55, 29.56]], ['duisburg', [6.76, 51.43]]]);
    const out = createLayerBuilder();
    const reader = createFlowReader({ kind: 'places', origin: 0, destination: 1, weight: null }, places, out);
    reader.rows([['Chongqing', 'duisburg'], ['chongqing', 'atlantis']], 1);
    const content = out.finish();
    expect(content.arcs.count).toBe(1);
    expect(formatRowError(content.errors[0] ?? { unit: 'file', n: 0, field: 'file', problem: 'json', value: '' }, 'en')).toBe('row 2: destination "atlantis" is not a known place');
  });

  it('stops at 100,000 rows with a file-level error', () => {
    const out = createLayerBuilder();
    const reader = createFlowReader({ kind: 'coords', oLon: 0, oLat: 1, dLon: 2, dLat: 3, weight: null }, new Map(), out);
    const row = ['1', '2', '3', '4'];
    expect(reader.rows(new Array<string[]>(MAX_FEATURES).fill(row), 1)).toBe(true);
    expect(reader.rows([row], MAX_FEATURES + 1)).toBe(false);
    const content = out.finish();
    expect(content.arcs.count).toBe(MAX_FEATURES);
    expect(content.errors.at(-1)).toMatchObject({ unit: 'file', problem: 'too-many' });
  });
});
