/**
 * Controls on their own layer (issue 17 item 2, trust audit C.2 and C.3): in explore, present and
 * embed, in en and zh, at five viewports from 320 x 480 to 1920 x 1080, every visible control
 * (buttons, inputs, links, status lines, the map caption, the attribution, the offline badge, the
 * tour caption) (a) overlaps no other control unless one lies inside the other, and nothing else
 * covers it, (b) lies inside the viewport, (c) stays off the map canvas (in present mode only
 * `[data-map-overlay]` elements may lie on it), and (d) sits on an opaque surface. One page per mode
 * and language: the viewport changes in place (a page load costs 5-8 s of software WebGL).
 */
import { defaultUiScale } from '../../src/app/launch-options';
import { controlBoxes, loseContexts, openAtlas, resizeTo, screenshot, waitForAtlas, type Box, type ControlLayout } from './driver';
import type { Page } from './helpers/browser';
import { describe, expect, test } from './helpers/fixtures';

/** Phones at both ends of the common range (320 and 390 px wide; 375 lies between), a desk and a wall. */
const VIEWPORTS = [[320, 480], [390, 844], [1280, 800], [1920, 1080]] as const;
const LANGS = ['en', 'zh'] as const;

interface Failure {
  /** Mode, language and anything else that sets the scene ("embed zh ui=none"). */
  scene: string;
  size: string;
  control: string;
  problem: string;
}

const area = (a: Box, b: Box): boolean => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The four rules over one measured layout; `overlaysMayCoverMap` in present mode. */
function layoutFailures(layout: ControlLayout, overlaysMayCoverMap: boolean): Array<Pick<Failure, 'control' | 'problem'>> {
  const out: Array<Pick<Failure, 'control' | 'problem'>> = [];
  const { controls, viewport, map } = layout;
  controls.forEach((c, i) => {
    controls.forEach((d, j) => {
      if (j <= i || c.inside.includes(j) || d.inside.includes(i)) return;
      if (area(c.box, d.box)) out.push({ control: c.name, problem: `overlaps ${d.name}` });
    });
    if (c.coveredBy) out.push({ control: c.name, problem: `covered by ${c.coveredBy}` });
    const { box } = c;
    if (box.left < -0.5 || box.top < -0.5 || box.right > viewport.width + 0.5 || box.bottom > viewport.height + 0.5) out.push({ control: c.name, problem: 'outside the viewport' });
    if (area(box, map) && !(overlaysMayCoverMap && c.overlay)) out.push({ control: c.name, problem: 'on the map canvas' });
    if (c.seeThrough) out.push({ control: c.name, problem: c.seeThrough });
  });
  return out;
}

/** Failures grouped by scene, control and problem, with the sizes where each happens: one line each. */
function failureTable(failures: Failure[]): string {
  const rows = new Map<string, string[]>();
  for (const f of failures) {
    const key = `${f.scene.padEnd(18)} ${f.control.slice(0, 44).padEnd(44)} ${f.problem}`;
    rows.set(key, [...(rows.get(key) ?? []), f.size]);
  }
  const lines = [...rows].map(([key, sizes]) => `${key}  @ ${sizes.join(' ')}`);
  return `${failures.length} failures in ${lines.length} rows:\n${lines.slice(0, 80).join('\n')}${lines.length > 80 ? `\n... ${lines.length - 80} more rows` : ''}`;
}

/** Measure the page at every viewport and collect what breaks the rules. */
async function measureAll(page: Page, scene: string, options: { present?: boolean; before?: (width: number) => Promise<void> } = {}): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (const [width, height] of VIEWPORTS) {
    await resizeTo(page, width, height);
    await options.before?.(width);
    const size = `${width}x${height}`;
    for (const f of layoutFailures(await controlBoxes(page), options.present === true)) failures.push({ scene, size, ...f });
  }
  return failures;
}

/** The service worker's "offline ready" badge appears once the app is precached: wait, so every size sees it. */
async function waitForOfflineBadge(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', undefined, { timeout: 60_000 });
}

describe('controls on their own layer', () => {
  test('explore: in en and zh at four sizes, no control overlaps another, leaves the viewport, lies on the map or lets it show through', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    expect(await openAtlas(page, baseURL)).toBe('ready');
    await waitForOfflineBadge(page);
    const failures = await measureAll(page, 'explore en');
    await resizeTo(page, 1440, 900);
    await screenshot(page, 'controls-explore-1440x900');
    await resizeTo(page, 390, 844);
    await screenshot(page, 'controls-explore-390x844');
    await page.locator('#lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    failures.push(...await measureAll(page, 'explore zh'));
    expect(failures, failureTable(failures)).toEqual([]);
  });

  test('present: in en and zh at four sizes (with the type scale of that size), only the tour caption and overlays lie on the map, on an opaque surface', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1920, height: 1080 } });
    // The scale a page opened at this width gets (main.ts sets it once at start).
    const scaleFor = async (width: number): Promise<void> => {
      await page.evaluate((s) => document.documentElement.style.setProperty('--ui-scale', String(s)), defaultUiScale(width));
    };
    const failures: Failure[] = [];
    for (const lang of LANGS) {
      expect(await openAtlas(page, baseURL, `?mode=present&autoplay=0&motion=reduce&lang=${lang}`)).toBe('ready');
      await page.keyboard.press('x'); // past the start screen
      expect(await page.locator('#start-screen').isVisible()).toBe(false);
      await waitForOfflineBadge(page);
      failures.push(...await measureAll(page, `present ${lang}`, { present: true, before: scaleFor }));
      // L opens the panel (legend, details) over the map; the status bar stays below it.
      await page.keyboard.press('l');
      await expect.poll(() => page.locator('#panel').isVisible()).toBe(true);
      failures.push(...await measureAll(page, `present ${lang} panel`, { present: true, before: scaleFor }));
      if (lang === 'en') await screenshot(page, 'controls-present-panel-1920x1080');
      await page.keyboard.press('l');
      if (lang === 'en') {
        await resizeTo(page, 1920, 1080);
        await scaleFor(1920);
        await screenshot(page, 'controls-present-1920x1080');
      }
    }
    expect(failures, failureTable(failures)).toEqual([]);
  });

  test('embed (ui=minimal, and ui=none keeping the pause control): in en and zh at four sizes, nothing overlaps and nothing lies on the map; fullscreen takes both bars and the map', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 375, height: 640 } });
    expect(await openAtlas(page, baseURL, '?mode=embed')).toBe('ready');
    await screenshot(page, 'controls-embed-375x640');
    const failures: Failure[] = [];
    for (const lang of LANGS) {
      if (lang === 'zh') {
        await page.locator('#lang-toggle').click();
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      }
      failures.push(...await measureAll(page, `embed ${lang}`));
      // ui= only changes CSS (launch-options.ts: rootFlags), so the flag is flipped in place.
      await page.evaluate(() => {
        document.documentElement.dataset.ui = 'none';
      });
      failures.push(...await measureAll(page, `embed ${lang} ui=none`, {
        before: async () => {
          if (!await page.locator('#embed-pause').isVisible()) failures.push({ scene: `embed ${lang} ui=none`, size: `${page.viewportSize()?.width}`, control: '#embed-pause', problem: 'not visible' });
        },
      }));
      await page.evaluate(() => {
        document.documentElement.dataset.ui = 'minimal';
      });
    }
    expect(failures, failureTable(failures)).toEqual([]);
    // The page still reports ready after every resize (no error state from the map).
    expect(await waitForAtlas(page)).toBe('ready');

    // Fullscreen takes the whole figure: both bars, and the map between them.
    await resizeTo(page, 375, 640);
    await page.locator('#embed-fullscreen').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? '')).toBe('map-figure');
    const inFullscreen = await page.evaluate(() => {
      const box = (selector: string): DOMRect | undefined => document.querySelector(selector)?.getBoundingClientRect();
      const [top, map, status, pause] = ['.map-bar--top', '#map', '.map-bar--status', '#embed-pause'].map(box);
      return { top: top?.bottom ?? NaN, mapTop: map?.top ?? NaN, mapBottom: map?.bottom ?? NaN, status: status?.top ?? NaN, pauseBottom: pause?.bottom ?? NaN, end: status?.bottom ?? NaN };
    });
    expect(inFullscreen.pauseBottom).toBeLessThanOrEqual(inFullscreen.top);
    expect(inFullscreen.mapTop).toBeGreaterThanOrEqual(inFullscreen.top);
    expect(inFullscreen.mapBottom).toBeLessThanOrEqual(inFullscreen.status);
    expect(inFullscreen.end).toBe(640);
    await page.evaluate(() => document.exitFullscreen());
  });

  test('a user style, then a map rebuilt after a lost context: one attribution, in the status bar, with the style\'s sources beside the built-in credits', async ({ page, baseURL }) => {
    await page.route((url) => url.pathname === '/fixture-style.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        version: 8,
        sources: { fixture: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: '© Fixture Maps' } },
        layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#203040' } }, { id: 'fixture-lines', type: 'line', source: 'fixture' }],
      }),
    }));
    expect(await openAtlas(page, baseURL, '?style=./fixture-style.json&motion=reduce')).toBe('ready');
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    const credits = async (): Promise<string[]> => attribution.allTextContents();
    await expect.poll(credits).toEqual([expect.stringMatching(/Natural Earth.*© Fixture Maps|© Fixture Maps.*Natural Earth/u)]);
    expect(await page.locator('#map-attribution .maplibregl-ctrl-attrib').count()).toBe(1);

    // The context never comes back: the guardian shows "restoring" over the map, then rebuilds the map.
    expect(await loseContexts(page)).toBeGreaterThanOrEqual(2);
    await page.locator('#restoring').waitFor({ state: 'visible' });
    const restoring = (await controlBoxes(page)).controls.find((c) => c.name === '#restoring');
    expect(restoring).toMatchObject({ overlay: true, seeThrough: null });
    await page.waitForFunction(() => document.documentElement.dataset.atlasRecoveries === '1', undefined, { timeout: 30_000 });
    await expect.poll(credits).toEqual([expect.stringMatching(/Natural Earth.*© Fixture Maps|© Fixture Maps.*Natural Earth/u)]);
    expect(await page.locator('#map-attribution .maplibregl-ctrl-attrib').count()).toBe(1);
  });
});
