/** Domain actions on the Corridor Atlas page; specs read as given/when/then on top of these. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from './helpers/browser';

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../test-results');

/** Open the app and wait until it reports ready or error (software WebGL is slow). */
export async function openAtlas(page: Page, baseURL: string, path = ''): Promise<'ready' | 'error'> {
  await page.goto(new URL(path, baseURL).href);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.atlasState ?? ''), undefined, { timeout: 120_000 });
  return (await page.evaluate(() => document.documentElement.dataset.atlasState)) as 'ready' | 'error';
}

export async function firstFrameMarks(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('atlas:first-frame', 'mark').length);
}

export async function statusText(page: Page): Promise<string> {
  return (await page.locator('#status').textContent()) ?? '';
}

export async function corridorNames(page: Page): Promise<string[]> {
  return page.locator('#corridor-list li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-corridor') ?? ''));
}

/** Save a screenshot under test-results/ and return it decoded. */
export async function screenshot(page: Page, name: string): Promise<PNG> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const buffer = await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  return PNG.sync.read(buffer);
}

/** Pixels within `tolerance` of `rgb` (per channel) inside the map's box. */
export async function countColor(page: Page, png: PNG, rgb: [number, number, number], tolerance = 28): Promise<number> {
  const box = await page.locator('#map').boundingBox();
  if (!box) return 0;
  let n = 0;
  for (let y = Math.floor(box.y); y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = Math.floor(box.x); x < Math.min(png.width, box.x + box.width); x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs((png.data[i] ?? 0) - rgb[0]) <= tolerance && Math.abs((png.data[i + 1] ?? 0) - rgb[1]) <= tolerance && Math.abs((png.data[i + 2] ?? 0) - rgb[2]) <= tolerance) n++;
    }
  }
  return n;
}
