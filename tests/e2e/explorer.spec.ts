/** The explorer a planner uses: select, read facts with sources, filter, search, switch language, share. */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  clickMapAt, countColor, detailsTitle, mapPixelsDiffer, openAtlas, openCorridorFromList, screenshot, settledHash,
  toggleDirection, viewHash, waitForFrames,
} from './driver';
import { launchBrowser, openPage, type Browser, type Page, type PageLog } from './helpers/browser';

const baseURL = inject('baseURL');
let browser: Browser;
let current: { page: Page; log: PageLog } | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  if (!current) return;
  const { page, log } = current;
  current = null;
  // Every test: no page errors, no console errors, nothing requested from another host.
  expect(log.pageErrors).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(log.cspViolations).toEqual([]);
  const origin = new URL(baseURL).origin;
  expect(log.requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  await page.context().close();
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  current = await openPage(browser, viewport);
  expect(await openAtlas(current.page, baseURL, path)).toBe('ready');
  return current.page;
}

/** A view centred on the Khorgos branch between Almaty and Shu, far from any other line. */
const KHORGOS_VIEW = { zoom: 6, lat: 43.4275, lng: 75.345 };
const KHORGOS_POINT: [number, number] = [75.345, 43.4275];

describe('explorer', () => {
  it('given the map, when I click the China-Europe line, then its details open with cited facts', async () => {
    const page = await open(`#${viewHash(KHORGOS_VIEW)}`);
    await clickMapAt(page, KHORGOS_VIEW, KHORGOS_POINT);
    await page.waitForSelector('#details:not([hidden])');
    expect(await detailsTitle(page)).toBe('China-Europe Railway Express (Yuxinou)');
    expect(await page.locator('#details .fact[data-fact="cer-node-cities"] .fact-value').textContent()).toBe('72 cities');
    expect(await settledHash(page)).toContain('sel=china-europe-rail');
  });

  it('given a west filter turned off, when I click the same point, then nothing is picked there', async () => {
    const page = await open(`#${viewHash(KHORGOS_VIEW)}`);
    await toggleDirection(page, 'west');
    expect(await page.locator('#filters button[data-direction="west"]').getAttribute('aria-pressed')).toBe('false');
    await waitForFrames(page);
    await clickMapAt(page, KHORGOS_VIEW, KHORGOS_POINT);
    await waitForFrames(page);
    expect(await detailsTitle(page)).toBeNull();
    expect(await settledHash(page)).toContain('dir=east,south,north,regional');
  });

  it('given the list, when I choose the Land-Sea Corridor, then I read "319 ports in 107 countries and regions" with its source', async () => {
    const page = await open('');
    await openCorridorFromList(page, 'land-sea-corridor');
    expect(await detailsTitle(page)).toBe('New Western Land-Sea Corridor');
    const fact = page.locator('#details .fact[data-fact="lsc-ports"]');
    expect(await fact.locator('.fact-value').textContent()).toBe('319 ports');
    await fact.locator('summary').click();
    expect(await fact.locator('summary').textContent()).toContain("Chongqing's international links increase · Chongqing Daily");
    expect(await fact.locator('blockquote').textContent()).toContain('319 ports in 107 countries and regions');
    expect(await page.locator('#announcer').textContent()).toBe('Selected: New Western Land-Sea Corridor');
    await page.keyboard.press('Escape');
    expect(await detailsTitle(page)).toBeNull();
  });

  it('given lang=zh, when the map opens, then the interface and the map labels are Chinese', async () => {
    const page = await open('?lang=zh#map=3/30/100');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('h1 [data-i18n="appTitle"]').textContent()).toBe('通道地图');
    expect(await page.locator('#corridor-list button[data-corridor="land-sea-corridor"] .corridor-name').textContent()).toBe('西部陆海新通道');
    await page.waitForTimeout(500);
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map');
    const zh = await screenshot(page, 'explorer-zh');
    await page.locator('#lang-toggle').click();
    await page.waitForTimeout(800);
    const en = await screenshot(page, 'explorer-en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The labels are drawn on the canvas: switching language changes the pixels under them.
    expect(await mapPixelsDiffer(zh, en, box)).toBeGreaterThan(150);
  });

  it('given a shared link with sel and map, when a colleague opens it, then the same corridor and view come back', async () => {
    const page = await open('#map=4/30/110&sel=yangtze-shipping&modes=river,sea');
    expect(await detailsTitle(page)).toBe('Yangtze River shipping');
    const hash = await settledHash(page);
    expect(hash).toContain('map=4/30/110');
    expect(hash).toContain('sel=yangtze-shipping');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.atlasState === 'ready', undefined, { timeout: 120_000 });
    expect(await detailsTitle(page)).toBe('Yangtze River shipping');
    expect(await page.locator('#filters button[data-mode="rail"]').getAttribute('aria-pressed')).toBe('false');
    await page.evaluate(() => { window.location.hash = 'map=4/30/110&sel=data-channel'; });
    await page.waitForFunction(() => document.querySelector('#details .details-title')?.textContent === 'China-Singapore International Data Channel');
  });

  it('given malformed hash and query values, when the page opens, then it still works and warns', async () => {
    current = await openPage(browser);
    const warnings: string[] = [];
    current.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    expect(await openAtlas(current.page, baseURL, '?lang=fr&theme=pink&style=javascript:alert(1)#map=abc&sel=%3Cimg%20src%3Dx%3E&dir=up&modes=teleport')).toBe('ready');
    expect(warnings.length).toBeGreaterThanOrEqual(6);
    expect(await detailsTitle(current.page)).toBeNull();
    expect(await current.page.locator('#corridor-list li').count()).toBe(8);
  });

  it('given a search, when I type a Chinese name and press Enter, then that place is selected', async () => {
    const page = await open('');
    await page.locator('#search-input').fill('杜伊斯堡');
    await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await detailsTitle(page)).toBe('Duisburg');
    expect(await page.locator('#details .chip[data-corridor="china-europe-rail"]').count()).toBe(1);
  });

  it('given the table button, when I open it, then every corridor is a row with its key facts', async () => {
    const page = await open('');
    await page.locator('#table-toggle').click();
    const rows = page.locator('#table-dialog tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await page.locator('#table-dialog').textContent()).toContain('319 ports');
    await page.keyboard.press('Escape');
    expect(await page.locator('#table-dialog').isVisible()).toBe(false);
  });

  it('given style= pointing at a local style, when the map opens, then that style is drawn instead', async () => {
    current = await openPage(browser);
    await current.page.route((url) => url.pathname === '/fixture-style.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#ff00ff' } }] }),
    }));
    expect(await openAtlas(current.page, baseURL, '?style=./fixture-style.json')).toBe('ready');
    const png = await screenshot(current.page, 'explorer-style');
    expect(await countColor(current.page, png, [255, 0, 255], 10)).toBeGreaterThan(50_000);
  });

  it('given the light theme, when it opens, then the basemap and panel are light', async () => {
    const page = await open('?theme=light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const png = await screenshot(page, 'explorer-light');
    expect(await countColor(page, png, [215, 230, 239], 6)).toBeGreaterThan(20_000);
  });

  it('given a 360 px phone, when I tap a corridor, then the panel is a sheet under the map and shows it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    current = { page, log: { consoleErrors: [], cspViolations: [], pageErrors: [], requests: [], failedRequests: [] } };
    page.on('pageerror', (e) => current?.log.pageErrors.push(e.message));
    expect(await openAtlas(page, baseURL, '')).toBe('ready');
    const mapBox = await page.locator('#map').boundingBox();
    const panelBox = await page.locator('#panel').boundingBox();
    expect(panelBox && mapBox && panelBox.y >= mapBox.y + mapBox.height - 1).toBe(true);
    await page.locator('#corridor-list button[data-corridor="data-channel"]').tap();
    expect(await detailsTitle(page)).toBe('China-Singapore International Data Channel');
    await screenshot(page, 'explorer-360');
  });

  it('given motion=reduce, when the map opens, then the flows are off and there is no play control', async () => {
    const page = await open('?motion=reduce');
    expect(await page.locator('#flows-toggle').isHidden()).toBe(true);
  });

  it('given Share & embed, when I open it, then the link and the iframe snippet carry the current view', async () => {
    const page = await open('#map=4/30/110&sel=yangtze-shipping');
    await page.locator('#share-open').click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toContain('sel=yangtze-shipping');
    await page.locator('#share-api').check();
    const snippet = await page.locator('#share-snippet').inputValue();
    expect(snippet).toMatch(/^<iframe title="Corridor Atlas[^"]*" src="http:\/\/127\.0\.0\.1:\d+\/\?api=1#map=4\/30\/110&amp;sel=yangtze-shipping" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin" style="border:0;width:100%;aspect-ratio:16\/10;min-height:400px"><\/iframe>$/u);
    await page.locator('#share-width').fill('640');
    expect(await page.locator('#share-size').textContent()).toBe('640 × 400 px');
  });
});
