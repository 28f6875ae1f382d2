/**
 * The route planner as a planner meets it (issue 18): a link to #to=duisburg opens the comparison,
 * closing Suez sends the sea options round Africa on the table and on the map, the table sorts by
 * keyboard, the CSV holds the same rows, Chinese works, an unknown destination is refused, axe is clean.
 * One page; motion=reduce so cameras jump.
 */
import { readFileSync } from 'node:fs';
import { hashView, openAtlas, pageHash, projectOnMap, screenshot } from './driver';
import { axeViolations, formatViolations, seriousViolations } from './helpers/axe';
import { describe, expect, test } from './helpers/fixtures';
import type { Page } from './helpers/browser';

const SEA: [number, number, number] = [0, 114, 178];

/** Drawn km of each option as the table shows it, by option id ("china-europe-rail:rail"). */
async function drawnKm(page: Page): Promise<Record<string, number>> {
  const rows = await page.locator('#planner-table tbody tr').evaluateAll((trs) => trs.map((tr) => [
    tr.getAttribute('data-option') ?? '',
    (tr.querySelector('td[data-col="distanceKm"]')?.firstChild?.textContent ?? '').replace(/[^\d]/g, ''),
  ]));
  return Object.fromEntries(rows.map(([id, km]) => [id, Number(km)]));
}

/** Sea-blue pixels in a square around a coordinate, at the camera the hash reports. */
async function seaPixelsAround(page: Page, name: string, lngLat: [number, number], half = 40): Promise<number> {
  const view = hashView(await pageHash(page));
  const box = await page.locator('#map').boundingBox();
  if (!view || !box) throw new Error('no view');
  const { x, y } = projectOnMap(view, box, lngLat);
  const png = await screenshot(page, name);
  let n = 0;
  for (let py = Math.max(Math.round(box.y), Math.round(y - half)); py < Math.min(box.y + box.height, y + half); py++) {
    for (let px = Math.max(Math.round(box.x), Math.round(x - half)); px < Math.min(box.x + box.width, x + half); px++) {
      const i = (py * png.width + px) * 4;
      if (Math.abs((png.data[i] ?? 0) - SEA[0]) <= 30 && Math.abs((png.data[i + 1] ?? 0) - SEA[1]) <= 30 && Math.abs((png.data[i + 2] ?? 0) - SEA[2]) <= 30) n++;
    }
  }
  return n;
}

async function settle(page: Page): Promise<void> {
  // The hash follows the camera 250 ms after it stops; two frames later the layers are drawn.
  await page.waitForTimeout(600);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('route planner', () => {
  test('given a link to #to=duisburg, when I close Suez, sort and download, then the options, the map and the CSV follow', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    expect(await openAtlas(page, baseURL, '?motion=reduce#to=duisburg')).toBe('ready');
    await page.waitForSelector('#planner-table tbody tr');
    expect(await page.locator('#planner-title').textContent()).toBe('Compare routes from Chongqing');
    expect(await page.locator('#compare-open').getAttribute('aria-expanded')).toBe('true');

    // At least three options whose first modes differ; the railway's days and km are cited.
    const ids = await page.locator('#planner-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-option') ?? ''));
    const firstModes = new Set(ids.map((id) => id.split(':')[1]?.split('-')[0]));
    expect(firstModes.size).toBeGreaterThanOrEqual(3);
    const rail = page.locator('#planner-table tr[data-option="china-europe-rail:rail"]');
    expect(await rail.locator('td[data-col="days"]').textContent()).toContain('13–16');
    expect(await rail.locator('td[data-col="days"] .badge').textContent()).toBe('cited');
    expect(await rail.locator('td[data-col="officialKm"]').textContent()).toBe('11,179');
    await settle(page);
    const capeBefore = await seaPixelsAround(page, 'planner-duisburg', [18.5, -35.5]);

    // Close Suez: the sea options grow by thousands of km, the railway does not; the link says so.
    const before = await drawnKm(page);
    await page.locator('#planner-closed-suez').check();
    await expect.poll(() => pageHash(page)).toContain('closed=suez');
    await expect.poll(async () => (await drawnKm(page))['land-sea-corridor:rail-sea-river']).toBeGreaterThan((before['land-sea-corridor:rail-sea-river'] ?? 0) + 5000);
    const after = await drawnKm(page);
    expect(after['china-europe-rail:rail']).toBe(before['china-europe-rail:rail']);
    expect(await page.locator('tr[data-option="land-sea-corridor:rail-sea-river"] .planner-delta').first().textContent()).toMatch(/^\+6,\d{3} km with the closure$/);
    // The re-routed lane is drawn round the Cape of Good Hope.
    await settle(page);
    const capeAfter = await seaPixelsAround(page, 'planner-duisburg-suez-closed', [18.5, -35.5]);
    expect(capeAfter).toBeGreaterThan(capeBefore + 40);

    // Sort by drawn km with the keyboard: ascending, then descending.
    const sortKm = page.locator('button[data-sort="distanceKm"]');
    await sortKm.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th:has(button[data-sort="distanceKm"])').getAttribute('aria-sort')).toBe('ascending');
    const ascending = Object.values(await drawnKm(page));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sort'))).toBe('distanceKm');
    await page.keyboard.press('Enter');
    expect(await page.locator('th:has(button[data-sort="distanceKm"])').getAttribute('aria-sort')).toBe('descending');

    // The CSV: one row per option, the closure and the same km.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#planner-csv').click()]);
    expect(download.suggestedFilename()).toBe('routes-chongqing-duisburg-closed-suez.csv');
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('to,closed,id,corridors,modes,distanceKm,officialKm,daysMin,daysMax,daysBasis,transshipments,borders,passages,co2eKgPerTeu,co2eKgPerTonne,tonnesPerTeu,blocked');
    expect(lines).toHaveLength(ids.length + 1);
    expect(lines.find((l) => l.includes('land-sea-corridor:rail-sea-river'))).toContain(`,${after['land-sea-corridor:rail-sea-river']},`);

    const violations = await axeViolations(page);
    expect(seriousViolations(violations), formatViolations(seriousViolations(violations))).toEqual([]);

    // Chinese: the panel follows the language.
    await page.locator('#lang-toggle').click();
    await expect.poll(() => page.locator('#planner-title').textContent()).toBe('比较从重庆出发的路线');
    expect(await page.locator('#planner-to option:checked').textContent()).toBe('杜伊斯堡');
    await screenshot(page, 'planner-duisburg-zh');

    // A destination from the select, then an unknown one from an edited link: refused, planner closed.
    await page.locator('#planner-to').selectOption('singapore');
    await expect.poll(() => pageHash(page)).toContain('to=singapore');
    await page.evaluate(() => { window.location.hash = 'to=atlantis'; });
    await expect.poll(() => page.locator('#planner').isHidden()).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('to="atlantis" is not a destination of the route planner');

    // A destination's panel offers the comparison to it.
    await page.evaluate(() => { window.location.hash = 'sel=los-angeles'; });
    await page.locator('#compare-here').click();
    await expect.poll(() => page.locator('#planner-to').inputValue()).toBe('los-angeles');
    expect(await page.locator('#details').isHidden()).toBe(true);
  });
});
