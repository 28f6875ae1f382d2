/** The measure tool (issue 18, section 5): great-circle distances in km and nm, by pointer and by keyboard. */
import { clickMapAt, controlBoxes, openAtlas, pageHash, projectOnMap, resizeTo, screenshot, viewHash, type Box } from './driver';
import { axeViolations, formatViolations, seriousViolations } from './helpers/axe';
import { describe, expect, test } from './helpers/fixtures';
import type { Page } from './helpers/browser';

/** Place dots from data/places.yaml: clicking them would select the place if picking were on. */
const CHONGQING: [number, number] = [106.5528, 29.5628];
const DUISBURG: [number, number] = [6.7652, 51.4325];
/** Both in view at 1280x800, clear of the panel (top right). */
const VIEW = { zoom: 2.4, lat: 38, lng: 62 };

/** Great-circle km by the spherical law of cosines (not the app's haversine), R = 6371.0088 km. */
function greatCircleKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  return 6371.0088 * Math.acos(Math.sin(lat1 * r) * Math.sin(lat2 * r) + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lon2 - lon1) * r));
}

/** The number in a figure such as "8,109 km" or "4,379 海里". */
function figure(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/gu, ''));
}

async function totals(page: Page): Promise<{ km: number; nm: number }> {
  const total = page.locator('#measure-total');
  return { km: figure(await total.locator('.measure-km').textContent()), nm: figure(await total.locator('.measure-nm').textContent()) };
}

const overlap = (a: Box, b: Box): boolean => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** What is wrong with the panel's controls: covered, see-through, off the viewport, or over a control outside it. */
async function panelProblems(page: Page): Promise<string[]> {
  const { controls, viewport } = await controlBoxes(page);
  const inPanel = controls.filter((c) => c.name === '#measure-clear' || c.name === '#measure-done');
  const others = controls.filter((c) => !c.overlay);
  return [
    ...(inPanel.length === 2 ? [] : [`${inPanel.length} panel controls`]),
    ...inPanel.flatMap((c) => [
      ...(c.coveredBy ? [`${c.name} covered by ${c.coveredBy}`] : []),
      ...(c.seeThrough ? [`${c.name}: ${c.seeThrough}`] : []),
      ...(c.box.left < 0 || c.box.top < 0 || c.box.right > viewport.width || c.box.bottom > viewport.height ? [`${c.name} outside the viewport`] : []),
      ...others.filter((o) => overlap(o.box, c.box)).map((o) => `${c.name} overlaps ${o.name}`),
    ]),
  ];
}

function within1Percent(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= expected * 0.01;
}

describe('measure tool', () => {
  test('given explore at 1280x800, when I measure Chongqing to Duisburg by clicks and then by keys, then km and nm match the great circle and nothing is selected; on a phone the panel fits', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    expect(await openAtlas(page, baseURL, `?motion=reduce#${viewHash(VIEW)}`)).toBe('ready');
    const toggle = page.locator('#measure-toggle');
    await toggle.click();
    await page.waitForSelector('#measure-panel');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    // The two points lie on the map and off the panel.
    const map = await page.locator('#map').boundingBox();
    const panel = await page.locator('#measure-panel').boundingBox();
    if (!map || !panel) throw new Error('no map or panel');
    for (const p of [CHONGQING, DUISBURG]) {
      const { x, y } = projectOnMap(VIEW, map, p);
      expect(x > map.x && x < map.x + map.width && y > map.y && y < map.y + map.height).toBe(true);
      expect(x >= panel.x && x <= panel.x + panel.width && y >= panel.y && y <= panel.y + panel.height).toBe(false);
    }

    // When I click Chongqing's dot and Duisburg's dot.
    await clickMapAt(page, VIEW, CHONGQING);
    await clickMapAt(page, VIEW, DUISBURG);
    const expectedKm = greatCircleKm(CHONGQING, DUISBURG);
    await expect.poll(async () => within1Percent((await totals(page)).km, expectedKm)).toBe(true);
    expect(within1Percent((await totals(page)).nm, expectedKm / 1.852)).toBe(true);
    // A click lands on a whole pixel (about 10 km here), so the figures are checked to 1 %, and their form exactly.
    expect(await page.locator('#measure-total .measure-km').textContent()).toMatch(/^8,1\d\d km$/u);
    expect(await page.locator('#measure-total .measure-nm').textContent()).toMatch(/^4,3\d\d nm$/u);
    // The line is drawn along the great circle (sampled, not a straight step) with both points.
    expect(await page.locator('.measure-overlay circle').count()).toBe(2);
    expect(((await page.locator('.measure-line').getAttribute('points')) ?? '').split(' ').length).toBeGreaterThan(50);
    expect(await page.locator('#announcer').textContent()).toMatch(/^Total distance 8,1\d\d kilometres, 4,3\d\d nautical miles, 2 points\.$/u);
    // No corridor or place got selected.
    expect(await page.locator('#details').isHidden()).toBe(true);
    expect(await pageHash(page)).not.toContain('sel=');
    await screenshot(page, 'measure-chongqing-duisburg-1280');

    // Keyboard, with the map focused: Backspace removes Duisburg, Enter adds the centre.
    await page.locator('#map canvas.maplibregl-canvas').focus();
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('#measure-total .measure-km').textContent()).toBe('0.00 km');
    expect(await page.locator('.measure-overlay circle').count()).toBe(1);
    await page.keyboard.press('Enter');
    const centreKm = greatCircleKm(CHONGQING, [VIEW.lng, VIEW.lat]);
    await expect.poll(async () => within1Percent((await totals(page)).km, centreKm)).toBe(true);
    expect(within1Percent((await totals(page)).nm, centreKm / 1.852)).toBe(true);

    // In Chinese the units are 公里 and 海里.
    await page.locator('#lang-toggle').click();
    await expect.poll(() => page.locator('#measure-total').textContent()).toMatch(/^总计[\d,.]+ 公里[\d,.]+ 海里$/u);
    // The light theme (and Chinese): look at the screenshot; the line is ink on the light land.
    await page.locator('#theme-toggle').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await screenshot(page, 'measure-light-zh-1280');
    await page.locator('#theme-toggle').click();
    await page.locator('#lang-toggle').click();

    const violations = await axeViolations(page);
    const serious = seriousViolations(violations);
    expect(serious, `serious or critical violations:\n${formatViolations(serious)}`).toEqual([]);

    // Escape ends the tool; then a click on Chongqing selects it again.
    await page.locator('#map canvas.maplibregl-canvas').focus();
    await page.keyboard.press('Escape');
    await page.waitForSelector('#measure-panel', { state: 'detached' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.measure-overlay').count()).toBe(0);
    await clickMapAt(page, VIEW, CHONGQING);
    await expect.poll(() => pageHash(page)).toContain('sel=chongqing');

    // Across the antimeridian: 170 E to 170 W at 20 N is drawn as one line over the Pacific, on the copy in view.
    const PACIFIC = { zoom: 3, lat: 20, lng: 180 };
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, viewHash(PACIFIC));
    await expect.poll(() => pageHash(page)).toBe(`#${viewHash(PACIFIC)}`);
    await page.waitForFunction(() => new Promise<boolean>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
    await toggle.click();
    await page.waitForSelector('#measure-panel');
    // A double click adds one point (and zooms, as ever); so the second point comes after the camera is back.
    await clickMapAt(page, PACIFIC, [170, 20]);
    await clickMapAt(page, PACIFIC, [190, 20]);
    const pacificKm = greatCircleKm([170, 20], [-170, 20]);
    await expect.poll(async () => within1Percent((await totals(page)).km, pacificKm)).toBe(true);
    const xs = ((await page.locator('.measure-line').getAttribute('points')) ?? '').split(' ').map((p) => Number(p.split(',')[0]));
    const mapBox = await page.locator('#map').boundingBox();
    const width = mapBox?.width ?? 0;
    expect(xs.every((x, i) => x > 0 && x < width && (i === 0 || x > (xs[i - 1] ?? 0)))).toBe(true);
    // A third point (Enter: the centre) lists both segments; their sum is the total.
    await page.locator('#map canvas.maplibregl-canvas').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#measure-segments li').count()).toBe(2);
    const segmentKm = (await page.locator('#measure-segments .measure-km').allTextContents()).map(figure);
    const totalAfter = (await totals(page)).km;
    expect(Math.abs((segmentKm[0] ?? 0) + (segmentKm[1] ?? 0) - totalAfter)).toBeLessThanOrEqual(1);
    expect(within1Percent(totalAfter, pacificKm + greatCircleKm([-170, 20], [180, 20]))).toBe(true);
    await screenshot(page, 'measure-antimeridian-1280');
    // Clear empties the measurement and keeps the tool on.
    await page.locator('#measure-clear').click();
    await expect.poll(() => page.locator('#measure-total').textContent()).toBe('No points yet.');
    expect(await page.locator('.measure-overlay circle').count()).toBe(0);
    expect(await page.locator('#announcer').textContent()).toBe('Measurement cleared.');

    // On a phone (and the smallest screen) the panel sits on the map, opaque, its buttons clear of the rest.
    for (const [width, height] of [[390, 844], [320, 480]] as const) {
      await resizeTo(page, width, height);
      if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      await page.waitForSelector('#measure-panel');
      expect(await panelProblems(page), `${width}x${height}`).toEqual([]);
      // Whole (not scrolled out of the panel) and a finger's size.
      const done = (await controlBoxes(page)).controls.find((c) => c.name === '#measure-done');
      expect(done ? done.box.bottom - done.box.top : 0, `${width}x${height}`).toBeGreaterThanOrEqual(44);
      await screenshot(page, `measure-phone-${width}`);
    }
    await page.locator('#map canvas.maplibregl-canvas').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#measure-total .measure-km').textContent()).toBe('0.00 km');
    // Done ends the tool and gives focus back to the toggle.
    await page.locator('#measure-done').click();
    await page.waitForSelector('#measure-panel', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('measure-toggle');
  });
});
