/**
 * Focus that follows the user (issue 17 item 3; trust audit C.1, C.6, C.7, C.8), in English and
 * Chinese at 1280x800 and 390x844: the skip link moves focus and keeps the hash; choosing a corridor
 * focuses the panel's heading and its × gives focus back; the map is one named, visibly focused tab
 * stop that pans from the keyboard; a headline figure and a place chip move the camera like the
 * list; Reset view goes to the overview from a shared zoomed link.
 */
import { hashView as viewInHash, openAtlas, pageHash, screenshot, waitForFrames } from './driver';
import { axeViolations, formatViolations, seriousViolations } from './helpers/axe';
import type { Page } from './helpers/browser';
import { describe, expect, test as base } from './helpers/fixtures';

const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 390, height: 844 }] as const;
const CASES = VIEWPORTS.flatMap((viewport) => (['en', 'zh'] as const).map((lang) => ({ viewport, lang, name: `${lang} ${viewport.width}x${viewport.height}` })));

const TEXT = {
  en: { skipMap: 'Skip to the map', skip: 'Skip to the corridor list', map: "Map of Chongqing's international logistics corridors", landSea: 'New Western Land-Sea Corridor' },
  zh: { skipMap: '跳到地图', skip: '跳到通道列表', map: '重庆国际物流通道地图', landSea: '西部陆海新通道' },
} as const;

/** The overview (DEFAULT_VIEW in src/state/slices/view-slice.ts). */
const OVERVIEW = { zoom: 1.35, lat: 30, lng: 88 };

const test = base.extend('open', ({ openPage, baseURL }) => async (viewport: { width: number; height: number }, path: string): Promise<Page> => {
  const { page } = await openPage({ viewport });
  expect(await openAtlas(page, baseURL, path)).toBe('ready');
  return page;
});

/** The camera the page's hash reports (`map=zoom/lat/lng/...`), or the overview when the hash has none. */
const hashView = (hash: string): { zoom: number; lat: number; lng: number } => viewInHash(hash) ?? OVERVIEW;

const moved = (a: { zoom: number; lat: number; lng: number }, b: { zoom: number; lat: number; lng: number }): boolean =>
  Math.abs(a.zoom - b.zoom) > 0.2 || Math.abs(a.lat - b.lat) > 1 || Math.abs(a.lng - b.lng) > 1;

/** What has focus: its id, tag, data-corridor, and whether it lies in the map. */
async function focused(page: Page): Promise<{ id: string; tag: string; corridor: string | null; inMap: boolean; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.id ?? '', tag: el?.tagName.toLowerCase() ?? '', corridor: el?.getAttribute('data-corridor') ?? null,
      // The map itself, its canvases and deck.gl's (not the attribution control's links).
      inMap: el ? el.id === 'map' || (el.tagName === 'CANVAS' && document.getElementById('map')?.contains(el) === true) : false,
      text: el?.textContent ?? '',
    };
  });
}

describe('focus follows the user', () => {
  // One page per language and screen walks the whole journey (a page load costs 5-8 s of software WebGL).
  test.for(CASES)('$name: skip link, Reset view on a shared zoomed link, heading focus and focus back, the map as one tab stop, headline and chip camera', async ({ viewport, lang }, { open }) => {
    // The skip link focuses the list and keeps the shared link's hash.
    const hash = '#map=6/30/100&sel=china-europe-rail&dir=west,south';
    const page = await open(viewport, `?lang=${lang}${hash}`);
    await expect.poll(() => pageHash(page)).toBe(hash);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ id: 'skip-link', text: TEXT[lang].skip });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('corridor-list');
    await page.waitForTimeout(400); // the hash is written with a throttle
    expect(await pageHash(page)).toBe(hash);
    expect(await page.locator('#details').isVisible()).toBe(true);

    // Reset view on the shared zoomed link goes to the overview, not back to the link's view.
    await page.locator('#reset-view').click();
    await expect.poll(async () => hashView(await pageHash(page)), { timeout: 10_000 }).toEqual(OVERVIEW);

    // Enter on a corridor focuses the panel's heading; its × gives focus back to the corridor.
    await page.locator('#corridor-list button[data-corridor="land-sea-corridor"]').focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ id: 'details-title', text: TEXT[lang].landSea });
    await page.locator('#details .close').click();
    expect(await page.locator('#details').isHidden()).toBe(true);
    expect(await focused(page)).toMatchObject({ tag: 'button', corridor: 'land-sea-corridor' });
    await page.locator('#corridor-list button[data-corridor="land-sea-corridor"]').focus();
    await page.keyboard.press('Enter');
    const violations = await axeViolations(page);
    expect(seriousViolations(violations), formatViolations(seriousViolations(violations))).toEqual([]);
    await page.locator('#details .close').click();

    // The map is one named tab stop with a visible ring, and the arrow keys pan it.
    // Walk the whole Tab order once, from the skip link round to it again, noting every stop in the map.
    await page.locator('#skip-link').focus();
    const mapStops: string[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.inMap) mapStops.push(`${f.tag}#${f.id}`);
      if (f.id === 'skip-link' && i > 0) break;
    }
    expect(mapStops).toHaveLength(1);
    const names = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#map, #map canvas')].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0).map((el) => el.getAttribute('aria-label')));
    expect(names).toEqual([TEXT[lang].map]);
    while (!(await focused(page)).inMap) await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.getElementById('map') ?? document.body, '::after');
      return { content: s.content, width: s.borderTopWidth, style: s.borderTopStyle };
    });
    expect(ring).toEqual({ content: '""', width: '3px', style: 'solid' });
    await waitForFrames(page, 2);
    const shot = await screenshot(page, `focus-map-ring-${lang}-${viewport.width}`);
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map');
    // The ring's colour (--focus) on the map's top edge, one pixel in.
    const y = Math.round(box.y + 1);
    const edge = Array.from({ length: 20 }, (_, k) => Math.round(box.x + (box.width * (k + 1)) / 22)).map((x) => [...shot.data.subarray((y * shot.width + x) * 4, (y * shot.width + x) * 4 + 3)].join(','));
    const focusRgb = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'var(--focus)';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return (c.match(/\d+/gu) ?? []).slice(0, 3).join(',');
    });
    expect(edge.filter((px) => px === focusRgb).length).toBeGreaterThanOrEqual(18);
    const before = hashView(await pageHash(page));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Equal');
    await expect.poll(async () => moved(hashView(await pageHash(page)), before), { timeout: 10_000 }).toBe(true);

    // A headline figure and a place chip move the camera like the list does.
    await page.locator('#reset-view').click();
    await expect.poll(async () => hashView(await pageHash(page)), { timeout: 10_000 }).toEqual(OVERVIEW);
    await page.locator('#headline button[data-fact="lsc-ports-2022-09"]').click();
    expect(await page.locator('#details .details-title').textContent()).toBe(TEXT[lang].landSea);
    await expect.poll(async () => moved(hashView(await pageHash(page)), OVERVIEW), { timeout: 10_000 }).toBe(true);
    const afterHeadline = hashView(await pageHash(page));
    await page.locator('#details .close').click();
    await page.locator('#search-input').fill(lang === 'en' ? 'Duisburg' : '杜伊斯堡');
    await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#details .chip[data-corridor="china-europe-rail"]').click();
    expect(await focused(page)).toMatchObject({ id: 'details-title' });
    await expect.poll(async () => moved(hashView(await pageHash(page)), afterHeadline), { timeout: 10_000 }).toBe(true);
  });

  test.for(['en', 'zh'] as const)('%s embed at 375x640: the skip link goes to the map (the list is hidden there) and keeps the hash', async (lang, { open }) => {
    const hash = '#sel=china-europe-rail';
    const page = await open({ width: 375, height: 640 }, `?mode=embed&lang=${lang}${hash}`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ id: 'skip-link', text: TEXT[lang].skipMap });
    await page.keyboard.press('Enter');
    expect((await focused(page)).inMap).toBe(true);
    await page.waitForTimeout(400);
    expect(await pageHash(page)).toContain('sel=china-europe-rail');
  });
});
