import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameMarks, projectAt, type Framed, type Insets, type Mark, type Size } from '../geo/frame';
import { freeInsets, type Rect } from '../geo/free-area';
import { FIT_MAX_ZOOM, VIEW_LIMITS } from '../geo/view-limits';
import { parseModel } from '../model/parse-model';
import type { AtlasModel } from '../model/schema';
import type { Lang } from '../model/types';
import { buildModelIndex } from '../state/selectors';
import { mapScaleFor } from './layers/layer-context';
import { chapterMarks, chapterPlaceIds, corridorMarks, placeMark, selectionMarks } from './subject';

const model = parseModel(JSON.parse(readFileSync('data/model/atlas.geojson', 'utf8'))) as AtlasModel;
const index = buildModelIndex(model);
const LIMITS = { minZoom: VIEW_LIMITS.minZoom, maxZoom: FIT_MAX_ZOOM };
const desk = (lang: Lang) => ({ lang, ...mapScaleFor(null) });

/** Map sizes from a 375 px phone to a 3840 px wall (the map's own box, header and panel excluded). */
const SIZES: Size[] = [
  { width: 375, height: 420 }, { width: 390, height: 480 }, { width: 768, height: 700 },
  { width: 1058, height: 800 }, { width: 1568, height: 980 }, { width: 3480, height: 2100 },
];
/**
 * What may lie over the map: nothing (explore: the panel is beside or under the map), a panel over it
 * (a right-hand panel on a wide screen, a bottom sheet on a phone), a tour caption at the bottom-left.
 */
const OBSTACLES: Record<string, (s: Size) => Rect[]> = {
  none: () => [],
  panel: (s) => [s.width < 720 ? { x0: 0, y0: s.height * 0.55, x1: s.width, y1: s.height } : { x0: s.width - 360, y0: 0, x1: s.width, y1: s.height }],
  'caption bottom-left': (s) => [{ x0: 12, y0: s.height - Math.min(300, s.height * 0.4), x1: Math.min(12 + 480, s.width - 12), y1: s.height - 12 }],
};

/** Marks whose box leaves the free area, as readable strings. */
function outside(marks: readonly Mark[], framed: Framed, size: Size, insets: Insets): string[] {
  const bad: string[] = [];
  for (const m of marks) {
    const p = projectAt([m.lng, m.lat], framed, size);
    const e = 0.5;
    if (p.x - m.left < insets.left - e || p.x + m.right > size.width - insets.right + e || p.y - m.top < insets.top - e || p.y + m.bottom > size.height - insets.bottom + e) {
      bad.push(`${m.lng.toFixed(2)},${m.lat.toFixed(2)} box x ${(p.x - m.left).toFixed(0)}..${(p.x + m.right).toFixed(0)} y ${(p.y - m.top).toFixed(0)}..${(p.y + m.bottom).toFixed(0)}`);
    }
  }
  return bad;
}

/** Subjects whose labels do not fit (filled by the sweep, checked at the end). */
const notFitting: string[] = [];

const subjects = [
  ...model.corridors.map((c) => ({ kind: 'corridor' as const, id: c.id })),
  ...['chongqing', 'duisburg', 'singapore', 'manzhouli', 'auckland', 'gaozhu'].map((id) => ({ kind: 'place' as const, id })),
];

describe('the one camera policy over screens, panels, subjects and languages', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const sel of subjects) {
      it(`${sel.kind} ${sel.id} (${lang}): every line vertex and labelled place inside the free area, or centred at the minimum zoom`, () => {
        const marks = selectionMarks(index, sel, desk(lang));
        expect(marks.length).toBeGreaterThan(0);
        const failures: string[] = [];
        for (const size of SIZES) {
          for (const [state, obstacles] of Object.entries(OBSTACLES)) {
            const insets = freeInsets(size, obstacles(size));
            const framed = frameMarks(marks, size, insets, LIMITS);
            if (!framed) throw new Error('nothing framed');
            const where = `${size.width}x${size.height} ${state}`;
            if (framed.fits) {
              const bad = outside(marks, framed, size, insets);
              if (bad.length) failures.push(`${where}: ${bad.slice(0, 3).join('; ')}`);
              // As close as it can be: a little closer and something would leave the free area.
              if (framed.zoom < LIMITS.maxZoom && outside(marks, { ...framed, zoom: framed.zoom + 0.05 }, size, insets).length === 0) {
                const tighter = frameMarks(marks, size, insets, { ...LIMITS, minZoom: framed.zoom + 0.05 });
                if (tighter?.fits) failures.push(`${where}: zoom ${framed.zoom.toFixed(2)} is not the closest fit`);
              }
            } else {
              // Labels wider than the free area: the points alone are framed (or centred at the minimum zoom).
              const bare = marks.map((m) => ({ ...m, left: 0, right: 0, top: 0, bottom: 0 }));
              const bad = outside(bare, framed, size, insets);
              if (bad.length && framed.zoom !== LIMITS.minZoom) failures.push(`${where}: points outside at zoom ${framed.zoom.toFixed(2)}: ${bad.slice(0, 3).join('; ')}`);
              notFitting.push(`${sel.id} ${lang} ${where}`);
            }
          }
        }
        expect(failures).toEqual([]);
      });
    }
  }

  it('fits every subject with its labels on a desk and a wall (the two world-spanning corridors need more than 768 px beside a panel); on phones all but a few', () => {
    const phone = notFitting.filter((n) => /\b3[79]\dx/.test(n));
    // Onward connections (the Yangtze's and Ningbo's sailings to Rotterdam and Los Angeles, for the
    // route planner) are not framed with their corridor, so those two stay regional.
    const worldWide = /^(air-routes|land-sea-corridor) .* (768x700|1058x800) panel$/;
    expect(notFitting.filter((n) => !phone.includes(n) && !worldWide.test(n))).toEqual([]);
    expect(phone.filter((n) => !/^(air-routes|land-sea-corridor|china-europe-rail) /.test(n))).toEqual([]);
  });
});

describe('marks', () => {
  const chongqing = index.placeById.get('chongqing')!;
  it('a place\'s label box grows with the language\'s text and the present scale', () => {
    const en = placeMark(chongqing, desk('en'), false);
    const zh = placeMark(chongqing, desk('zh'), false);
    const room = placeMark(chongqing, { lang: 'en', ...mapScaleFor(1.5) }, false);
    expect(en.right).toBeGreaterThan(60);
    expect(zh.right).toBeLessThan(en.right);
    expect(room.right).toBeGreaterThan(en.right * 1.9);
    expect(room.top).toBeGreaterThan(en.top * 1.5);
  });

  it('a corridor frames its lines and every named place on it (no waypoints), the Yangtze\'s end at Waigaoqiao included', () => {
    const marks = corridorMarks(index, 'yangtze-shipping', desk('en'));
    const labelled = marks.filter((m) => m.right > 10);
    const names = labelled.map((m) => index.places.find((p) => p.geometry.coordinates[0] === m.lng && p.geometry.coordinates[1] === m.lat)?.properties.id);
    expect(names).toContain('waigaoqiao');
    expect(names).toContain('guoyuan-port');
    expect(marks.length - labelled.length).toBeGreaterThan(20);
  });

  it('a chapter names its highlighted places and its corridors\' main-route ends', () => {
    expect(chapterPlaceIds(index, { corridors: ['china-europe-rail'], places: ['duisburg'] })).toEqual(['duisburg', 'tuanjiecun']);
    expect(chapterPlaceIds(index, undefined)).toEqual([]);
    const marks = chapterMarks(index, [[4, 24], [110, 58]], { corridors: ['china-europe-rail'], places: ['duisburg'] }, desk('en'));
    // Two corners, Duisburg, Tuanjiecun, and the corridor's other labelled stations inside the bounds (Brest, Moscow...).
    expect(marks.length).toBeGreaterThan(6);
    const east = chapterMarks(index, [[104.5, 27], [123, 33.5]], { corridors: ['yangtze-shipping'], places: [] }, desk('en'));
    expect(east.some((m) => m.lng === index.placeById.get('yangshan')?.geometry.coordinates[0])).toBe(true);
  });

  it('frames a corridor by its lines as drawn: unwrapped across the Pacific, a polar leg by its parts', () => {
    const extent = (id: string) => {
      const lngs = corridorMarks(index, id, desk('en')).map((m) => m.lng);
      return [Math.min(...lngs), Math.max(...lngs)];
    };
    expect(extent('china-europe-rail')[0]).toBeCloseTo(6.7652, 3);
    expect(extent('china-europe-rail')[1]).toBeCloseTo(109.0172, 3); // Ankang, the easternmost station
    // The Land-Sea Corridor reaches Los Angeles across the Pacific (241.7 E, not -118.3).
    expect(extent('land-sea-corridor')[1]).toBeGreaterThan(180);
    // New York at New York (-74), not over the pole on the next world copy (286 E); the east edge is Auckland.
    expect(extent('air-routes')[0]).toBeCloseTo(-74.66, 1);
    expect(extent('air-routes')[1]).toBeCloseTo(174.7667, 3);
    expect(Math.max(...corridorMarks(index, 'air-routes', desk('en')).map((m) => m.lat))).toBeLessThan(67);
  });

  it('a place is framed with two degrees around it', () => {
    const marks = selectionMarks(index, { kind: 'place', id: 'chongqing' }, desk('en'));
    expect(marks.slice(1).map((m) => [m.lng, m.lat])).toEqual([[104.5528, 27.5628], [108.5528, 31.5628]]);
  });

  it('an unknown selection frames nothing', () => {
    expect(selectionMarks(index, { kind: 'place', id: 'atlantis' }, desk('en'))).toEqual([]);
    expect(selectionMarks(index, null, desk('en'))).toEqual([]);
  });
});
