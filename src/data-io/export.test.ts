import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../model/schema';
import { buildModelIndex } from '../state/selectors';
import { csvField, factsCsv, foldLng, splitAtAntimeridian, viewFacts, viewGeoJson } from './export-data';
import { createLayerBuilder, type ImportedLayer } from './imported-layer';
import { parseGeoJson } from './parse-geojson';
import { binaryArcs, widthFor } from './user-layer-deck';
import { exportFileName } from './picture';
import { dataUrl, pngSize } from './data-io';

const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const index = buildModelIndex(model);
const ALL = { directions: ['east', 'west', 'south', 'north', 'regional'], modes: ['rail', 'river', 'sea', 'road', 'air', 'data'] } as const;

function layer(): ImportedLayer {
  const b = createLayerBuilder(1);
  b.addArc([106.55, 29.56], [6.76, 51.43], 5, null);
  b.addArc([106.55, 29.56], [103.8, 1.3], 1, null);
  b.addPoint([100, 10], 1, { name: '<b>bold</b>' });
  b.addPolygon([[[0, 0], [1, 0], [1, 1], [0, 0]]], { zone: 'a' });
  return { ...b.finish(), id: 'x1', name: 'My flows', hidden: false, colorIndex: 0, fileName: 'f.csv', kind: 'csv', createdAt: '2026-01-01T00:00:00Z' };
}

describe('data export', () => {
  it('folds longitudes and splits lines at the antimeridian (RFC 7946)', () => {
    expect(foldLng(190)).toBe(-170);
    expect(foldLng(-190)).toBe(170);
    expect(foldLng(180)).toBe(180);
    expect(splitAtAntimeridian([[170, 0], [190, 10]])).toEqual([[[170, 0], [180, 5]], [[-180, 5], [-170, 10]]]);
    expect(splitAtAntimeridian([[10, 0], [20, 0]])).toEqual([[[10, 0], [20, 0]]]);
    // A point on 180 stays on the side the line comes from (the Pacific sea lane's bridge point).
    expect(splitAtAntimeridian([[170, 40], [180, 40], [185, 41]])).toEqual([[[170, 40], [180, 40], [180, 40]], [[-180, 40], [-175, 41]]]);
    expect(splitAtAntimeridian([[-170, 0], [-180, 0], [-190, 0]])).toEqual([[[-170, 0], [-180, 0], [-180, 0]], [[180, 0], [170, 0]]]);
  });

  it('exports the visible legs with fact ids and sources, the places on them, and the imported layers', () => {
    const all = viewGeoJson(index, ALL, [layer()], '2026-12-06T00:00:00Z');
    const legs = all.features.filter((f) => f.properties?.kind === 'leg');
    expect(legs).toHaveLength(index.legs.length);
    const rail = legs.find((f) => f.properties?.corridor === 'china-europe-rail');
    expect((rail?.properties?.facts as string[]).length).toBeGreaterThan(0);
    expect((rail?.properties?.sources as string[]).length).toBeGreaterThan(0);
    for (const f of all.features) {
      const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [];
      for (const line of lines) {
        line.forEach(([lng = 0], i) => {
          expect(Math.abs(lng)).toBeLessThanOrEqual(180);
          // No step of a leg jumps across the map.
          if (i > 0 && f.properties?.kind === 'leg') expect(Math.abs(lng - (line[i - 1]?.[0] ?? lng))).toBeLessThan(90);
        });
      }
    }
    const westOnly = viewGeoJson(index, { directions: ['west'], modes: ALL.modes }, [], '');
    expect(westOnly.features.filter((f) => f.properties?.kind === 'leg').every((f) => f.properties?.direction === 'west')).toBe(true);
    expect(westOnly.features.length).toBeLessThan(all.features.length);
  });

  it('round-trips imported layers through GeoJSON import (flows stay flows with their weight)', () => {
    const text = JSON.stringify(viewGeoJson(index, { directions: [], modes: [] }, [layer()], ''));
    const back = parseGeoJson(JSON.parse(text));
    expect(back.errors).toEqual([]);
    expect(back.arcs.count).toBe(2);
    expect([...back.arcs.weight]).toEqual([5, 1]);
    expect(back.points[0]?.props.name).toBe('<b>bold</b>');
    expect(back.polygons).toHaveLength(1);
  });

  it('writes the facts as CSV with quoting and no spreadsheet formulas', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=cmd()')).toBe("'=cmd()");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(['a', 'b'])).toBe('a; b');
    const facts = viewFacts(index, ALL);
    const csv = factsCsv(index, facts);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('id,label_en,label_zh,kind,value,unit,as_of,refs,source,source_kind,source_title,article,quote');
    expect(facts.length).toBeGreaterThan(50);
    expect(viewFacts(index, { directions: ['north'], modes: ['rail'] }).length).toBeLessThan(facts.length);
  });

  it('names files by what and date', () => {
    expect(exportFileName('view-2x', new Date('2026-12-06T12:00:00Z'), 'png')).toBe('corridor-atlas-view-2x-2026-12-06.png');
  });
});

describe('PNG answers for the embed API', () => {
  it('reads a PNG size from its header and makes a data URL', () => {
    // Signature, IHDR length and type, width 3, height 2.
    const head = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 3, 0, 0, 0, 2]);
    expect(pngSize(head)).toEqual({ width: 3, height: 2 });
    expect(pngSize(new Uint8Array(30))).toBeNull();
    expect(dataUrl(new Uint8Array([104, 105]), 'text/plain')).toBe('data:text/plain;base64,aGk=');
  });
});

describe('imported layers on the map', () => {
  it('scales width with the weight and hands deck.gl one stable binary data object per arc set', () => {
    expect(widthFor(0, 10)).toBe(1);
    expect(widthFor(10, 10)).toBe(6);
    expect(widthFor(2.5, 10)).toBeCloseTo(3.5);
    const l = layer();
    const a = binaryArcs(l.arcs);
    expect(binaryArcs(l.arcs)).toBe(a);
    expect(a.length).toBe(2);
    expect(a.attributes.getSourcePosition.value).toBe(l.arcs.source);
    expect([...a.attributes.getWidth.value]).toEqual([6, 1 + 5 * Math.sqrt(1 / 5)].map(Math.fround));
  });
});
