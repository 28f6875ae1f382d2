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

/** The camera a hash reports (`map=zoom/lat/lng/...`), or null when it has none. */
export function hashView(hash: string): MapViewSpec | null {
  const m = /(?:^#|&)map=([^&]+)/u.exec(hash);
  if (!m?.[1]) return null;
  const [zoom = NaN, lat = NaN, lng = NaN] = m[1].split('/').map(Number);
  return { zoom, lat, lng };
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

/** Lose the WebGL context of every canvas on the map for good (the guardian then rebuilds the map); returns how many. */
export async function loseContexts(page: Page): Promise<number> {
  return page.evaluate(() => {
    const exts = [...document.querySelectorAll<HTMLCanvasElement>('#map canvas')]
      .map((c) => (c.getContext('webgl2') ?? c.getContext('webgl'))?.getExtension('WEBGL_lose_context'))
      .filter((e): e is WEBGL_lose_context => e !== null && e !== undefined);
    exts.forEach((e) => e.loseContext());
    return exts.length;
  });
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

/** A box on the page, in CSS pixels from the viewport's top-left corner. */
export interface Box { left: number; top: number; right: number; bottom: number }

/** One visible control as `controlBoxes` measures it. */
export interface ControlBox {
  /** `#id`, or tag, data attribute and class, with the start of its text. */
  name: string;
  /** Its box, clipped by every scrolling or clipping ancestor (what the user can see of it). */
  box: Box;
  /** Indices (in the same list) of the controls it lies inside in the DOM. */
  inside: number[];
  /** It is, or lies in, an element marked `data-map-overlay` (allowed over the map canvas). */
  overlay: boolean;
  /** Why its surface lets the map through (a see-through background or an opacity below 1 on the way up), or null. */
  seeThrough: string | null;
  /** What lies on top of it at the centre of its box, or null when that is itself (or what it contains). */
  coveredBy: string | null;
}

export interface ControlLayout {
  viewport: { width: number; height: number };
  /** The map canvas's box (`#map`). */
  map: Box;
  controls: ControlBox[];
}

/**
 * Every visible control on the page: buttons, inputs, links, `[role=status]`, the map caption, the
 * attribution, the offline badge and the tour caption. Hidden, zero-size, visually hidden (1 px clip)
 * and scrolled-out elements are left out, and so is the skip link while it waits off screen for focus.
 */
export async function controlBoxes(page: Page): Promise<ControlLayout> {
  return page.evaluate(() => {
    const SELECTOR = 'button, input, select, textarea, a[href], summary, [role="status"], #map-caption, .maplibregl-ctrl-attrib, #offline-badge, #tour-caption';
    const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const nameOf = (el: Element): string => {
      if (el.id) return `#${el.id}`;
      const data = [...el.attributes].find((a) => a.name.startsWith('data-') && a.name !== 'data-i18n');
      const cls = el.classList[0] ? `.${el.classList[0]}` : '';
      const text = (el.textContent ?? '').replace(/\s+/gu, ' ').trim().slice(0, 18);
      return `${el.tagName.toLowerCase()}${cls}${data ? `[${data.name}=${data.value}]` : ''}${text ? ` "${text}"` : ''}`;
    };
    const alpha = (color: string): number => {
      if (color === 'transparent') return 0;
      const slash = /\/\s*([\d.]+)(%?)\s*\)$/u.exec(color);
      if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
      const rgba = /^rgba\(([^)]*)\)$/u.exec(color);
      return rgba ? Number(rgba[1]?.split(',')[3] ?? 1) : 1;
    };
    /** The part of the element's box that its clipping ancestors let through. */
    const visibleBox = (el: Element): Box => {
      const b = toBox(el.getBoundingClientRect());
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        if (s.overflowX !== 'visible') { b.left = Math.max(b.left, r.left); b.right = Math.min(b.right, r.right); }
        if (s.overflowY !== 'visible') { b.top = Math.max(b.top, r.top); b.bottom = Math.min(b.bottom, r.bottom); }
      }
      return b;
    };
    const mapEl = document.getElementById('map');
    const map = mapEl ? toBox(mapEl.getBoundingClientRect()) : { left: 0, top: 0, right: 0, bottom: 0 };
    const elements = [...document.querySelectorAll(SELECTOR)].filter((el) => {
      if (el.id === 'skip-link' && document.activeElement !== el) return false;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const b = visibleBox(el);
      return b.right - b.left > 1.5 && b.bottom - b.top > 1.5;
    });
    const controls = elements.map((el) => {
      const overlayEl = el.closest('[data-map-overlay]');
      let seeThrough: string | null = null;
      let surface: Element | null = null;
      for (let a: Element | null = el; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (Number(s.opacity) < 1) seeThrough ??= `opacity ${s.opacity} on ${nameOf(a)}`;
        if (!surface && alpha(s.backgroundColor) > 0) {
          surface = a;
          if (alpha(s.backgroundColor) < 1) seeThrough ??= `background ${s.backgroundColor} on ${nameOf(a)}`;
        }
      }
      // An overlay's surface must be the overlay itself or lie in it: the page behind the map does not count.
      if (overlayEl && !seeThrough && !(surface && overlayEl.contains(surface))) seeThrough = `no surface of its own over the map (nearest: ${surface ? nameOf(surface) : 'none'})`;
      const b = visibleBox(el);
      const top = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
      return {
        name: nameOf(el),
        box: b,
        coveredBy: top && !el.contains(top) ? nameOf(top) : null,
        inside: elements.flatMap((other, i) => (other !== el && other.contains(el) ? [i] : [])),
        overlay: overlayEl !== null,
        seeThrough,
      };
    });
    return { viewport: { width: window.innerWidth, height: window.innerHeight }, map, controls };
  });
}

/** Resize the page and wait until layout and the map have followed (two animation frames). */
export async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(([w, h]) => window.innerWidth === w && window.innerHeight === h, [width, height]);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
