/** The explorer a planner uses: select, read facts with sources, filter, search, switch language, share. */
import {
  clickMapAt, countColor, detailsTitle, mapPixelsDiffer, openAtlas, openCorridorFromList, pageHash, screenshot,
  toggleDirection, viewHash, waitForFrames,
} from './driver';
import { describe, expect, test as base } from './helpers/fixtures';
import type { Page } from './helpers/browser';

/** A test whose `open(path)` opens the app on the fixture's page and waits until it is ready. */
const test = base.extend('open', ({ page, baseURL }) => async (path: string): Promise<Page> => {
  expect(await openAtlas(page, baseURL, path)).toBe('ready');
  return page;
});

/** A view centred on the Khorgos branch between Almaty and Shu, far from any other line. */
const KHORGOS_VIEW = { zoom: 6, lat: 43.4275, lng: 75.345 };
const KHORGOS_POINT: [number, number] = [75.345, 43.4275];

describe('explorer', () => {
  test('given the map, when I click the China-Europe line, then its details open with cited facts', async ({ open }) => {
    const page = await open(`#${viewHash(KHORGOS_VIEW)}`);
    await clickMapAt(page, KHORGOS_VIEW, KHORGOS_POINT);
    await page.waitForSelector('#details:not([hidden])');
    expect(await detailsTitle(page)).toBe('China-Europe Railway Express (Yuxinou)');
    expect(await page.locator('#details .fact[data-fact="cer-node-cities"] .fact-value').textContent()).toBe('72 cities');
    await expect.poll(() => pageHash(page)).toContain('sel=china-europe-rail');
  });

  test('given a west filter turned off, when I click the same point, then nothing is picked there', async ({ open }) => {
    const page = await open(`#${viewHash(KHORGOS_VIEW)}`);
    await toggleDirection(page, 'west');
    expect(await page.locator('#filters button[data-direction="west"]').getAttribute('aria-pressed')).toBe('false');
    await waitForFrames(page);
    await clickMapAt(page, KHORGOS_VIEW, KHORGOS_POINT);
    await waitForFrames(page);
    expect(await detailsTitle(page)).toBeNull();
    await expect.poll(() => pageHash(page)).toContain('dir=east,south,north,regional');
  });

  test('given the list, when I choose the Land-Sea Corridor, then I read "319 ports in 107 countries and regions" with its source', async ({ open }) => {
    const page = await open('');
    await openCorridorFromList(page, 'land-sea-corridor');
    expect(await detailsTitle(page)).toBe('New Western Land-Sea Corridor');
    // The undated July 2022 page: its date is said to be inferred, in words, never with a "?".
    const fact = page.locator('#details .fact[data-fact="lsc-ports"]');
    expect(await fact.locator('.fact-value').textContent()).toBe('319 ports');
    await fact.locator('summary').click();
    expect(await fact.locator('summary').textContent()).toBe('Source: Seed document · “Chongqing’s international links increase” · Chongqing Daily · July 2022 — date inferred: undated page; not before 12 July 2022 (its latest event)');
    expect(await fact.locator('blockquote').textContent()).toContain('319 ports in 107 countries and regions');
    expect(await page.locator('#details .fact[data-fact="lsc-countries"] .fact-value').textContent()).toBe('107 countries and regions');
    expect(await page.locator('#announcer').textContent()).toBe('Selected: New Western Land-Sea Corridor');
    await page.keyboard.press('Escape');
    expect(await detailsTitle(page)).toBeNull();
  });

  test('given the Land-Sea Corridor, then its key figures are the dated ones, each citation says its kind of source, and China-ASEAN trade is a separate background', async ({ open }) => {
    const page = await open('#sel=land-sea-corridor');
    await page.waitForSelector('#details:not([hidden])');
    const facts = page.locator('#details .fact');
    expect(await page.locator('#details .fact-list').first().locator('.fact').first().getAttribute('data-fact')).toBe('lsc-ports-2022-09');
    const dated = page.locator('#details .fact[data-fact="lsc-ports-2022-09"]');
    expect(await dated.locator('.fact-meta').first().textContent()).toBe('as of 21 September 2022');
    expect(await dated.locator('summary').textContent()).toContain('Seed document · “The China-ASEAN Expo has witnessed the opening of China');
    expect(await dated.locator('summary').textContent()).toContain('· 21 September 2022');
    const ext = page.locator('#details .fact[data-fact="ext-lsc-chongqing-singapore-km"]');
    expect(await ext.locator('.fact-value').textContent()).toBe('4,080 km');
    expect(await ext.locator('summary').textContent()).toContain('External reference · People\'s Daily (via Alwihda Info)');
    const summaries = await facts.locator('summary').allTextContents();
    const metas = await facts.locator('.fact-meta').allTextContents();
    expect(summaries.length).toBeGreaterThan(30);
    expect(summaries.filter((t) => !t.includes('Seed document') && !t.includes('External reference'))).toEqual([]);
    expect([...summaries, ...metas].filter((t) => t.includes('?'))).toEqual([]);
    expect(await page.locator('#details h3[data-context="china-asean-trade"]').textContent()).toBe('Background: China-ASEAN trade and Guangxi (not specific to this corridor)');
    const bg = page.locator('#details .fact[data-fact="china-asean-trade-2023"]');
    await bg.locator('summary').click();
    expect(await bg.locator('summary').textContent()).toBe('Source: Seed document · “Bilateral trade between China, ASEAN continues to strengthen: authorities” · outlet not named · 12 September 2024');
    expect(await bg.locator('summary em.note').textContent()).toBe('outlet not named');
  });

  test('given lang=zh and the Land-Sea Corridor, then text values and dates read in Chinese beside the English quote', async ({ open }) => {
    const page = await open('?lang=zh#sel=land-sea-corridor');
    await page.waitForSelector('#details:not([hidden])');
    const centre = page.locator('#details .fact[data-fact="lsc-cq-operations-center"]');
    expect(await centre.locator('.fact-value').textContent()).toBe('西部陆海新通道物流和运营组织中心');
    expect(await centre.locator('blockquote').textContent()).toContain('Logistics and Operation Organization Center of the New Western Land-Sea Channel');
    expect(await centre.locator('summary').textContent()).toContain('种子文档');
    expect(await page.locator('#details .fact[data-fact="lsc-ports"] .fact-meta').first().textContent()).toBe('截至2022年7月 — 日期为推断：页面未注明日期；不早于2022年7月12日（文中最晚事件）');
    expect(await page.locator('#details .fact[data-fact="ext-china-laos-railway-km"] summary').textContent()).toContain('外部参考资料');
  });

  test('given lang=zh, when the map opens, then the interface and the map labels are Chinese', async ({ open }) => {
    const page = await open('?lang=zh#map=3/30/100');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('h1 [data-i18n="appTitle"]').textContent()).toBe('通道地图');
    expect(await page.locator('#corridor-list button[data-corridor="land-sea-corridor"] .corridor-name').textContent()).toBe('西部陆海新通道');
    await waitForFrames(page);
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map');
    const zh = await screenshot(page, 'explorer-zh');
    await page.locator('#lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The labels are drawn on the canvas: switching language changes the pixels under them.
    await expect.poll(async () => mapPixelsDiffer(zh, await screenshot(page, 'explorer-en'), box), { timeout: 15_000 }).toBeGreaterThan(150);
  });

  test('given a shared link with sel and map, when a colleague opens it, then the same corridor and view come back', async ({ open }) => {
    const page = await open('#map=4/30/110&sel=yangtze-shipping&modes=river,sea');
    expect(await detailsTitle(page)).toBe('Yangtze River shipping');
    await expect.poll(() => pageHash(page)).toContain('sel=yangtze-shipping');
    expect(await pageHash(page)).toContain('map=4/30/110');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.atlasState === 'ready', undefined, { timeout: 120_000 });
    expect(await detailsTitle(page)).toBe('Yangtze River shipping');
    expect(await page.locator('#filters button[data-mode="rail"]').getAttribute('aria-pressed')).toBe('false');
    await page.evaluate(() => { window.location.hash = 'map=4/30/110&sel=data-channel'; });
    await page.waitForFunction(() => document.querySelector('#details .details-title')?.textContent === 'China-Singapore International Data Channel');
  });

  test('given malformed hash and query values, when the page opens, then it still works and warns', async ({ page, open }) => {
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await open('?lang=fr&theme=pink&style=javascript:alert(1)#map=abc&sel=%3Cimg%20src%3Dx%3E&dir=up&modes=teleport');
    expect(warnings.length).toBeGreaterThanOrEqual(6);
    expect(await detailsTitle(page)).toBeNull();
    expect(await page.locator('#corridor-list li').count()).toBe(8);
  });

  test('given a search, when I type a Chinese name and press Enter, then that place is selected', async ({ open }) => {
    const page = await open('');
    await page.locator('#search-input').fill('杜伊斯堡');
    await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await detailsTitle(page)).toBe('Duisburg');
    expect(await page.locator('#details .chip[data-corridor="china-europe-rail"]').count()).toBe(1);
  });

  test('given the table button, when I open it, then every corridor is a row with its key facts', async ({ open }) => {
    const page = await open('');
    await page.locator('#table-toggle').click();
    const rows = page.locator('#table-dialog tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await page.locator('#table-dialog').textContent()).toContain('319 ports');
    await page.keyboard.press('Escape');
    expect(await page.locator('#table-dialog').isVisible()).toBe(false);
  });

  test('given the list, the table and the panel, when I read corridor lengths, then each is a drawn main route under 25,000 km', async ({ open }) => {
    const page = await open('');
    /** Every "N km" figure in a text, as numbers. */
    const kms = (text: string): number[] => [...text.matchAll(/([\d,]+) km/gu)].map((m) => Number((m[1] ?? '').replace(/,/gu, '')));
    const routes = await page.locator('#corridor-list .main-route').allTextContents();
    expect(routes).toHaveLength(8);
    expect(routes.every((r) => r.includes('km drawn'))).toBe(true);
    expect(routes).toContain('Chongqing – Duisburg · 9,371 km drawn · 11,179 km official (external reference)');
    expect(routes).toContain('Chongqing – Singapore · 3,685 km drawn · 4,080 km official (external reference)');
    expect(kms((await page.locator('#corridor-list').textContent()) ?? '').filter((km) => km > 25_000)).toEqual([]);
    await page.locator('#table-toggle').click();
    const table = (await page.locator('#table-dialog tbody').textContent()) ?? '';
    expect(kms(table).filter((km) => km > 25_000)).toEqual([]);
    expect(await page.locator('#table-dialog tbody .main-route').allTextContents()).toEqual(routes);
    await page.keyboard.press('Escape');
    for (const id of ['land-sea-corridor', 'air-routes']) {
      await openCorridorFromList(page, id);
      expect(await page.locator('#details .details-route').textContent()).toContain('km drawn');
      expect(kms((await page.locator('#details').textContent()) ?? '').filter((km) => km > 25_000)).toEqual([]);
    }
    expect(await page.locator('#details .details-route').textContent()).toBe('Chongqing – London · 8,515 km drawn');
  });

  test('given style= pointing at a local style, when the map opens, then that style is drawn instead', async ({ page, open }) => {
    await page.route((url) => url.pathname === '/fixture-style.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#ff00ff' } }] }),
    }));
    await open('?style=./fixture-style.json');
    const png = await screenshot(page, 'explorer-style');
    expect(await countColor(page, png, [255, 0, 255], 10)).toBeGreaterThan(50_000);
  });

  test('given the light theme, when it opens, then the basemap and panel are light', async ({ open }) => {
    const page = await open('?theme=light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const png = await screenshot(page, 'explorer-light');
    expect(await countColor(page, png, [215, 230, 239], 6)).toBeGreaterThan(20_000);
  });

  test('given a 360 px phone, when I tap a corridor, then the panel is a sheet under the map and shows it', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    expect(await openAtlas(page, baseURL, '')).toBe('ready');
    const mapBox = await page.locator('#map').boundingBox();
    const panelBox = await page.locator('#panel').boundingBox();
    expect(panelBox && mapBox && panelBox.y >= mapBox.y + mapBox.height - 1).toBe(true);
    await page.locator('#corridor-list button[data-corridor="data-channel"]').tap();
    expect(await detailsTitle(page)).toBe('China-Singapore International Data Channel');
    await screenshot(page, 'explorer-360');
  });

  test('given motion=reduce, when the map opens, then the flows are off and there is no play control', async ({ open }) => {
    const page = await open('?motion=reduce');
    expect(await page.locator('#flows-toggle').isHidden()).toBe(true);
  });

  test('given Share & embed, when I open it, then the link and the iframe snippet carry the current view', async ({ open }) => {
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
