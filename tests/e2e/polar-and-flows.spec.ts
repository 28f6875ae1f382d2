/**
 * Lines that read as what they are: the polar Chongqing - New York route drawn as two parts with
 * "via the Arctic" (never a line off the top of the map, never an orphan New York dot), and the
 * Land-Sea Corridor's origin-destination arcs in a flow colour of their own (never the sea-lane blue
 * over Indochina), explained by the legend.
 */
import type { PNG } from 'pngjs';
import { DEFAULT_VIEW } from '../../src/state/slices/view-slice';
import { FLOW_ARC_COLORS, LABEL_COLORS, MODE_COLORS, type Rgb } from '../../src/map/palette';
import { POLAR_CIRCLE_LAT } from '../../src/geo/polar-split';
import { openAtlas, projectOnMap, screenshot, viewHash, waitForFrames, type MapViewSpec } from './driver';
import type { Page } from './helpers/browser';
import { describe, expect, test } from './helpers/fixtures';

type Box = { x: number; y: number; width: number; height: number };
type Pixel = (r: number, g: number, b: number) => boolean;

/** Pixels of `png` inside `box` (clipped to the image) for which `match` holds. */
function countIn(png: PNG, box: Box, match: Pixel): number {
  let n = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, box.x + box.width); x++) {
      const i = (y * png.width + x) * 4;
      if (match(png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0)) n++;
    }
  }
  return n;
}

const near = (rgb: Rgb, tolerance: number): Pixel => (r, g, b) => Math.abs(r - rgb[0]) <= tolerance && Math.abs(g - rgb[1]) <= tolerance && Math.abs(b - rgb[2]) <= tolerance;
/** Any line of the map: a mode's colour (lines and their brighter flows), not the basemap's. */
const anyLine: Pixel = (r, g, b) => Object.values(MODE_COLORS).some((c) => near(c, 40)(r, g, b) || near(c.map((v) => Math.min(255, v + 60)) as Rgb, 40)(r, g, b));
/** The air routes' pink, full or dimmed over the dark basemap. */
const airPink: Pixel = (r, g, b) => r > 110 && r > g + 40 && b > g + 15 && r > b;
/** The sea-lane blue, full or blended over land (not the lavender arcs, the borders or the land). */
const seaBlue: Pixel = (r, g, b) => r < 80 && b - r > 60 && g < b - 20;
/** The flow arcs' lavender, full or blended over the dark basemap. */
const lavender: Pixel = (r, g, b) => r > 90 && r > g + 8 && b > r + 25;
const labelText: Pixel = near(LABEL_COLORS.dark.text, 40);

async function mapBox(page: Page): Promise<Box> {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('no map');
  return box;
}

/** A screen box around geographic bounds [[w, s], [e, n]], padded by `pad` pixels. */
function geoBox(view: MapViewSpec, map: Box, [[w, s], [e, n]]: [[number, number], [number, number]], pad = 0): Box {
  const a = projectOnMap(view, map, [w, n]);
  const b = projectOnMap(view, map, [e, s]);
  return { x: a.x - pad, y: a.y - pad, width: b.x - a.x + 2 * pad, height: b.y - a.y + 2 * pad };
}

const NEW_YORK: [number, number] = [-74.006, 40.7143];
/** Where the Chongqing - New York great circle crosses the Arctic circle (both cut ends). */
const CUT_CHONGQING: [number, number] = [106.9, POLAR_CIRCLE_LAT];
const CUT_NEW_YORK: [number, number] = [-74.66, POLAR_CIRCLE_LAT];

/** Just above a cut end, where "via the Arctic" is written. */
function labelBox(view: MapViewSpec, map: Box, at: [number, number]): Box {
  const p = projectOnMap(view, map, at);
  return { x: p.x - 50, y: p.y - 22, width: 100, height: 18 };
}

async function ready(page: Page, baseURL: string, path: string): Promise<void> {
  expect(await openAtlas(page, baseURL, path)).toBe('ready');
  await waitForFrames(page, 4);
}

describe('polar routes and flows', () => {
  test('given the default view, then no line runs off or along the top edge and "via the Arctic" marks the cut', async ({ page, log, baseURL }) => {
    expect(await openAtlas(page, baseURL, '')).toBe('ready');
    // The arcs' code is not part of the first view (it loads when arcs are first shown).
    expect(log.requests.filter((url) => /flow-arcs|arc-layer/u.test(url))).toEqual([]);
    await waitForFrames(page, 4);
    const map = await mapBox(page);
    const png = await screenshot(page, 'polar-default');
    const top: Box = { x: map.x, y: map.y, width: map.width, height: 8 };
    expect(countIn(png, top, anyLine), 'line pixels in the top 8 px of the map').toBe(0);
    // Chongqing's part climbs to the Arctic circle and stops there, with its label above.
    const below = projectOnMap(DEFAULT_VIEW, map, [106.85, 55]);
    expect(countIn(png, { x: below.x - 6, y: below.y - 10, width: 12, height: 20 }, airPink), 'the New York line north of Chongqing').toBeGreaterThan(10);
    expect(countIn(png, labelBox(DEFAULT_VIEW, map, CUT_CHONGQING), labelText), '"via the Arctic" above the cut').toBeGreaterThan(25);
    const beyond = projectOnMap(DEFAULT_VIEW, map, [106.95, 75]);
    expect(countIn(png, { x: beyond.x - 6, y: map.y, width: 12, height: beyond.y - map.y }, airPink), 'no line beyond the Arctic circle').toBe(0);
  });

  test('given the expo screen (1920 x 1080), then New York has its line beside it, up to its own "via the Arctic"', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1920, height: 1080 } });
    await ready(page, baseURL, '');
    const map = await mapBox(page);
    const png = await screenshot(page, 'polar-expo');
    const ny = geoBox(DEFAULT_VIEW, map, [[-76, 45], [-73, 62]]);
    expect(countIn(png, ny, airPink), 'the New York line north of New York').toBeGreaterThan(30);
    expect(countIn(png, { x: map.x, y: map.y, width: map.width, height: 8 }, anyLine), 'line pixels in the top 8 px of the map').toBe(0);
    expect(countIn(png, geoBox(DEFAULT_VIEW, map, [NEW_YORK, NEW_YORK], 5), near(LABEL_COLORS.dark.text, 60)), 'the New York dot').toBeGreaterThan(3);
    expect(countIn(png, labelBox(DEFAULT_VIEW, map, CUT_NEW_YORK), labelText), '"via the Arctic" above New York\'s cut').toBeGreaterThan(25);
  });

  test('given the Land-Sea Corridor, then its sea fan is drawn as lavender flow arcs, never in the sea-lane blue over Indochina, and the legend says what they are', async ({ page, baseURL }) => {
    await ready(page, baseURL, '#sel=land-sea-corridor');
    await screenshot(page, 'polar-land-sea-corridor');
    const view: MapViewSpec = { zoom: 3, lat: 15, lng: 105 };
    await ready(page, baseURL, `#sel=land-sea-corridor&${viewHash(view)}`);
    const map = await mapBox(page);
    // The arcs' layer code loads on demand: wait until they are drawn.
    await expect.poll(async () => countIn(await screenshot(page, 'flows-land-sea'), map, lavender), { timeout: 30_000 }).toBeGreaterThan(300);
    const png = await screenshot(page, 'flows-land-sea');
    // Inland Thailand, Laos and northern Vietnam, crossed by the arcs to Yangon and Laem Chabang.
    const indochina = geoBox(view, map, [[99.8, 14.6], [105.2, 20.3]]);
    expect(countIn(png, indochina, seaBlue), 'sea-lane blue over Indochina').toBe(0);
    expect(countIn(png, indochina, lavender), 'flow arcs over Indochina').toBeGreaterThan(20);
    expect(countIn(png, map, near(FLOW_ARC_COLORS.dark, 40)), 'arc pixels in the flow colour itself').toBeGreaterThan(20);
    const legend = page.locator('#filters .legend-flow');
    expect(await legend.textContent()).toBe('Origin–destination flow (schematic, not a route)');
    await page.locator('#toolbar button', { hasText: '中文' }).click();
    await expect.poll(() => page.locator('#filters .legend-flow').textContent()).toBe('起讫流向（示意，非实际路线）');
  });

  test('given the air routes selected, then no line runs along the top edge', async ({ page, baseURL }) => {
    // At the overview (a link with sel= alone would frame the selection).
    await ready(page, baseURL, `#sel=air-routes&${viewHash(DEFAULT_VIEW)}`);
    const map = await mapBox(page);
    const png = await screenshot(page, 'polar-air-routes');
    expect(countIn(png, { x: map.x, y: map.y, width: map.width, height: 8 }, anyLine)).toBe(0);
    expect(countIn(png, labelBox(DEFAULT_VIEW, map, CUT_CHONGQING), labelText)).toBeGreaterThan(25);
  });
});
