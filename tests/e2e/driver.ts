/** Domain actions on the Corridor Atlas page; specs read as given/when/then on top of these. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from './helpers/browser';

export const SCREENSHOT_DIR = join(import.meta.dirname, '../../test-results');

/** Wait until the page reports ready or error (software WebGL is slow). */
export async function waitForAtlas(page: Page): Promise<'ready' | 'error'> {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.atlasState ?? ''), undefined, { timeout: 120_000 });
  return (await page.evaluate(() => document.documentElement.dataset.atlasState)) as 'ready' | 'error';
}

/** Open the app and wait until it reports ready or error. */
export async function openAtlas(page: Page, baseURL: string, path = ''): Promise<'ready' | 'error'> {
  await page.goto(new URL(path, baseURL).href);
  return waitForAtlas(page);
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

export interface MapViewSpec {
  zoom: number;
  lat: number;
  lng: number;
}

/** Screen position of a coordinate under a north-up, unpitched MapLibre view (512 px tiles). */
export function projectOnMap(view: MapViewSpec, box: { x: number; y: number; width: number; height: number }, [lng, lat]: [number, number]): { x: number; y: number } {
  const world = 512 * 2 ** view.zoom;
  const mx = (l: number): number => ((l + 180) / 360) * world;
  const my = (p: number): number => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return { x: box.x + box.width / 2 + (mx(lng) - mx(view.lng)), y: box.y + box.height / 2 + (my(lat) - my(view.lat)) };
}

/** Click the map at a coordinate (the page must have been opened at `view`). */
export async function clickMapAt(page: Page, view: MapViewSpec, lngLat: [number, number]): Promise<void> {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('no map');
  const { x, y } = projectOnMap(view, box, lngLat);
  await page.mouse.click(x, y);
}

export function viewHash(view: MapViewSpec): string {
  return `map=${view.zoom}/${view.lat}/${view.lng}`;
}

export async function openCorridorFromList(page: Page, id: string): Promise<void> {
  await page.locator(`#corridor-list button[data-corridor="${id}"]`).click();
}

export async function detailsTitle(page: Page): Promise<string | null> {
  const section = page.locator('#details');
  if (await section.isHidden()) return null;
  return section.locator('.details-title').textContent();
}

export async function toggleDirection(page: Page, direction: string): Promise<void> {
  await page.locator(`#filters button[data-direction="${direction}"]`).click();
}

/** The page's hash now. It is written with a short throttle: poll it (`expect.poll(() => pageHash(page))`). */
export async function pageHash(page: Page): Promise<string> {
  return page.evaluate(() => window.location.hash);
}

export async function mapPixelsDiffer(a: PNG, b: PNG, box: { x: number; y: number; width: number; height: number }): Promise<number> {
  let n = 0;
  for (let y = Math.floor(box.y); y < Math.min(a.height, box.y + box.height); y += 2) {
    for (let x = Math.floor(box.x); x < Math.min(a.width, box.x + box.width); x += 2) {
      const i = (y * a.width + x) * 4;
      if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) + Math.abs((a.data[i + 1] ?? 0) - (b.data[i + 1] ?? 0)) + Math.abs((a.data[i + 2] ?? 0) - (b.data[i + 2] ?? 0)) > 60) n++;
    }
  }
  return n;
}

/** Let the page draw a few frames (software WebGL draws a frame in a few hundred ms). */
export async function waitForFrames(page: Page, frames = 3): Promise<void> {
  for (let i = 0; i < frames; i++) await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
  await page.waitForTimeout(300);
}

/** The chapter id on screen (the caption's), or null. */
export async function chapterOnScreen(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('#tour-caption:not([hidden]) .tour-dot[aria-current="step"]')?.getAttribute('data-chapter') ?? null);
}

/** Wait until the chapter on screen is `id`. */
export async function waitForChapter(page: Page, id: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('#tour-caption .tour-dot[aria-current="step"]')?.getAttribute('data-chapter') === want, id, { timeout });
}

/** The page's dataset flags (mode, kiosk phase, context state, offline readiness...). */
export async function rootFlags(page: Page): Promise<Record<string, string | undefined>> {
  return page.evaluate(() => ({ ...document.documentElement.dataset }));
}

/** Lose the WebGL context of every canvas on the map (MapLibre's and deck.gl's), then restore it after `ms`. */
export async function loseAndRestoreContexts(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (wait) => {
    const exts = [...document.querySelectorAll<HTMLCanvasElement>('#map canvas')]
      .map((c) => (c.getContext('webgl2') ?? c.getContext('webgl'))?.getExtension('WEBGL_lose_context'))
      .filter((e): e is WEBGL_lose_context => e !== null && e !== undefined);
    exts.forEach((e) => e.loseContext());
    await new Promise((r) => setTimeout(r, wait));
    exts.forEach((e) => e.restoreContext());
    return exts.length;
  }, ms);
}
