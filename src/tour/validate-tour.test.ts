import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../model/issues';
import { parseModel } from '../model/parse-model';
import type { AtlasModel } from '../model/schema';
import { tourRefsOf } from './tour-refs';
import { DEFAULT_TOUR_ID } from './tour-schema';
import { validateTour } from './validate-tour';

const model = parseModel(JSON.parse(readFileSync('data/model/atlas.geojson', 'utf8'))) as AtlasModel;
const refs = tourRefsOf(model);
const FILE = 'data/tours/chongqing-four-directions.json';
const tourJson = (): Record<string, unknown> => JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
const chapters = (t: Record<string, unknown>): Array<Record<string, unknown>> => t.chapters as Array<Record<string, unknown>>;
const messages = (raw: unknown): string[] => validateTour(raw, refs, FILE).issues.map(formatIssue);

describe('the default tour', () => {
  const result = validateTour(tourJson(), refs, FILE);

  it('is valid against the model', () => {
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.tour?.id).toBe(DEFAULT_TOUR_ID);
  });

  it('has at least nine chapters covering the four directions, air and data, the circle, expos and a close', () => {
    const ids = result.tour?.chapters.map((c) => c.id) ?? [];
    expect(ids.length).toBeGreaterThanOrEqual(9);
    expect(ids).toEqual(['overview', 'west', 'south', 'east', 'north', 'air-and-data', 'chengdu-chongqing', 'expos-and-partners', 'headline-figures']);
    const highlighted = new Set(result.tour?.chapters.flatMap((c) => c.highlight.corridors));
    expect([...highlighted].sort()).toEqual([...refs.corridors].sort());
  });

  it('shows every chapter in both languages with at least one fact and speaker notes', () => {
    for (const c of result.tour?.chapters ?? []) {
      expect(c.title.zh).not.toBe('');
      expect(c.text.zh).not.toBe('');
      expect(c.notes.en).not.toBe('');
      expect(c.facts.length).toBeGreaterThan(0);
    }
  });
});

describe('a broken tour', () => {
  it('names the chapter and field of an unknown fact, corridor and place', () => {
    const t = tourJson();
    const west = chapters(t)[1] as Record<string, unknown>;
    west.facts = ['cer-node-cities', 'cer-node-citys'];
    west.highlight = { corridors: ['china-europe-railway'], places: ['duisberg'] };
    expect(messages(t)).toEqual([
      `${FILE}: record "west": field "facts[1]": unknown fact "cer-node-citys"`,
      `${FILE}: record "west": field "highlight.corridors[0]": unknown corridor "china-europe-railway"`,
      `${FILE}: record "west": field "highlight.places[0]": unknown place "duisberg"`,
    ]);
  });

  it('refuses copied figures, markup, missing Chinese and overlong text', () => {
    const t = tourJson();
    const c = chapters(t)[0] as Record<string, unknown>;
    c.title = { en: 'Over 10,000 trains', zh: '' };
    c.text = { en: `<img src=x onerror=alert(1)> ${'word '.repeat(45)}`, zh: '文字' };
    const m = messages(t);
    expect(m).toContain(`${FILE}: record "overview": field "title.zh": is missing or empty`);
    expect(m).toContain(`${FILE}: record "overview": field "title.en": must not contain figures; show them with facts (by id)`);
    expect(m).toContain(`${FILE}: record "overview": field "text.en": must be plain text, not HTML`);
    expect(m.some((s) => s.includes('field "text.en": has 48 words'))).toBe(true);
  });

  it('needs exactly one camera form, in range', () => {
    const t = tourJson();
    chapters(t)[0]!.camera = { bounds: [[10, 50], [0, 40]], center: [0, 0], zoom: 3 };
    chapters(t)[1]!.camera = { bounds: [[0, 0], [200, 10]] };
    chapters(t)[2]!.camera = { center: [106.5, 29.5], zoom: 30, pitch: 90 };
    expect(messages(t)).toEqual([
      `${FILE}: record "overview": field "camera": needs exactly one of bounds, or center with zoom`,
      `${FILE}: record "west": field "camera.bounds[1]": [200, 10] is out of range (longitude ±180, latitude ±85)`,
      `${FILE}: record "south": field "camera.pitch": 90 is above 60`,
      `${FILE}: record "south": field "camera.zoom": 30 is above 12`,
    ]);
  });

  it('reports duplicate chapter ids, a wrong schema version, bad filters and dwell', () => {
    const t = tourJson();
    t.schemaVersion = 2;
    chapters(t)[1]!.id = 'overview';
    chapters(t)[2]!.filters = { directions: ['southwest'] };
    chapters(t)[3]!.dwell = 0.5;
    const m = messages(t);
    expect(m).toContain(`${FILE}: record "chongqing-four-directions": field "schemaVersion": must be 1, got 2`);
    expect(m).toContain(`${FILE}: record "overview": field "id": is used by two chapters`);
    expect(m).toContain(`${FILE}: record "south": field "filters.directions": must be a non-empty list of east, west, south, north, regional`);
    expect(m).toContain(`${FILE}: record "east": field "dwell": 0.5 is below 2`);
  });

  it('rejects non-objects without throwing', () => {
    expect(messages(null)).toEqual([`${FILE}: record "(file)": field "": must be a JSON object`]);
    expect(messages({ schemaVersion: 1, id: 'x', version: 1, title: { en: 'a', zh: 'b' }, chapters: [42] })).toEqual([`${FILE}: record "chapters[0]": field "": must be an object`]);
  });
});
