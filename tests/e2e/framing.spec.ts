/**
 * One camera policy (issue 17 items 1 and 4; trust audit C.4, C.8): every tour chapter, at 1920x1080
 * and 1280x720 in both languages, shows every place it names (its highlighted places and the ends
 * of its corridors' main routes) with its label inside the free area: on the map and clear of the
 * caption. A link's selection, a hash change and a click on the map frame their subject too (the
 * embed's corridor.select: src/embed/embed-api.test.ts).
 */
import { readFileSync } from 'node:fs';
import { estimateTextWidth, LABEL_OFFSET_X, mapLabelText } from '../../src/map/label-placement';
import { chapterPlaceIds } from '../../src/map/subject';
import { parseModel } from '../../src/model/parse-model';
import type { AtlasModel } from '../../src/model/schema';
import { buildModelIndex } from '../../src/state/selectors';
import { hashView, openAtlas, pageHash, projectOnMap, screenshot, type MapViewSpec } from './driver';
import type { Page } from './helpers/browser';
import { describe, expect, test } from './helpers/fixtures';

const index = buildModelIndex(parseModel(JSON.parse(readFileSync('data/model/atlas.geojson', 'utf8'))) as AtlasModel);
interface TourChapter { id: string; highlight?: { corridors: string[]; places: string[] } }
const chapters = (JSON.parse(readFileSync('data/tours/chongqing-four-directions.json', 'utf8')) as { chapters: TourChapter[] }).chapters;

type Box = { x: number; y: number; width: number; height: number };

/** The view once the hash has stopped changing (the camera settled and the hash was written). */
async function settledView(page: Page, mustInclude: string): Promise<MapViewSpec> {
  let last = '';
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(400);
    const hash = await pageHash(page);
    if (hash.includes(mustInclude) && hash === last) {
      const view = hashView(hash);
      if (view) return view;
    }
    last = hash;
  }
  throw new Error(`the view did not settle (${last})`);
}

/** Named places whose dot or label leaves the map or lies under the caption, as readable strings. */
function misplaced(ids: readonly string[], view: MapViewSpec, map: Box, caption: Box | null, lang: 'en' | 'zh', labelScale: number, focused: readonly string[] = []): string[] {
  const bad: string[] = [];
  for (const id of ids) {
    const place = index.placeById.get(id);
    if (!place) continue;
    let p = projectOnMap(view, map, place.geometry.coordinates);
    // The nearest world copy (the map repeats horizontally).
    const world = 512 * 2 ** view.zoom;
    while (p.x < map.x) p = { ...p, x: p.x + world };
    while (p.x > map.x + map.width) p = { ...p, x: p.x - world };
    // The label layer's sizes: hubs and focused places 14 px, others 12, times the map's label scale.
    const size = (place.properties.role === 'hub' || focused.includes(id) ? 14 : 12) * labelScale;
    const right = p.x + LABEL_OFFSET_X * labelScale + estimateTextWidth(mapLabelText(place.properties.name[lang]), size);
    const box = { x0: p.x - 4, x1: right, y0: p.y - size / 2, y1: p.y + size / 2 };
    const onMap = box.x0 >= map.x && box.x1 <= map.x + map.width && box.y0 >= map.y && box.y1 <= map.y + map.height;
    const underCaption = caption !== null && box.x0 < caption.x + caption.width && box.x1 > caption.x && box.y0 < caption.y + caption.height && box.y1 > caption.y;
    if (!onMap || underCaption) bad.push(`${id} at ${p.x.toFixed(0)},${p.y.toFixed(0)} label to ${right.toFixed(0)}${underCaption ? ' under the caption' : ' off the map'}`);
  }
  return bad;
}

describe('the one camera policy in a browser', () => {
  test.for(['en', 'zh'] as const)('%s: every chapter frames the places it names inside the free area at 1920x1080 and 1280x720', async (lang, { openPage, baseURL }) => {
    const failures: string[] = [];
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      // A page per screen: present mode's type scale is set from the screen it opens on.
      const { page } = await openPage({ viewport: size });
      expect(await openAtlas(page, baseURL, `?mode=present&autoplay=0&motion=reduce&lang=${lang}`)).toBe('ready');
      const labelScale = (await page.evaluate(() => Number(getComputedStyle(document.documentElement).getPropertyValue('--ui-scale')) || 1)) * (4 / 3);
      for (const chapter of chapters) {
        await page.evaluate((id) => { window.location.hash = `chapter=${id}`; }, chapter.id);
        const view = await settledView(page, `chapter=${chapter.id}`);
        const map = await page.locator('#map').boundingBox();
        const caption = await page.locator('#tour-caption').boundingBox();
        if (!map) throw new Error('no map');
        const named = chapterPlaceIds(index, chapter.highlight);
        failures.push(...misplaced(named, view, map, caption, lang, labelScale, chapter.highlight?.places).map((b) => `${size.width}x${size.height} ${chapter.id}: ${b}`));
        if (size.width === 1920 && (lang === 'en' || chapter.id === 'west') && ['overview', 'west', 'east', 'expos-and-partners'].includes(chapter.id)) await screenshot(page, `framing-present-${chapter.id}-${lang}-1920x1080`);
      }
      await page.context().close();
    }
    expect(failures).toEqual([]);
  });

  test('a link\'s selection, a new selection in the hash and a click on the map frame their subject', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    // A link with a selection and no view opens framed on it: both ends of the main route on the map.
    expect(await openAtlas(page, baseURL, '?motion=reduce#sel=chongqing-ningbo')).toBe('ready');
    const map = await page.locator('#map').boundingBox();
    if (!map) throw new Error('no map');
    const framed = await settledView(page, 'sel=chongqing-ningbo');
    expect(framed.zoom).toBeGreaterThan(3);
    expect(misplaced(['tuanjiecun', 'ningbo-zhoushan-port'], framed, map, null, 'en', 1)).toEqual([]);
    // A new selection in the hash (no view) is framed like any other.
    await page.evaluate(() => { window.location.hash = 'sel=yangtze-shipping'; });
    const yangtze = await settledView(page, 'sel=yangtze-shipping');
    expect(misplaced(['guoyuan-port', 'waigaoqiao', 'yangshan'], yangtze, map, null, 'en', 1)).toEqual([]);
    // A click on Manzhouli's dot selects it and frames it (two degrees around it).
    const manzhouli = index.placeById.get('manzhouli')!.geometry.coordinates;
    await page.evaluate(() => { window.location.hash = 'map=4/45/115'; });
    const wide = await settledView(page, 'map=4/45/115');
    const dot = projectOnMap(wide, map, manzhouli);
    await page.mouse.click(dot.x, dot.y);
    const clicked = await settledView(page, 'sel=manzhouli');
    expect(clicked.zoom).toBeGreaterThan(5);
    expect(Math.abs(clicked.lng - manzhouli[0])).toBeLessThan(2.5);
  });
});
