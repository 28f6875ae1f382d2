/** Search that forgives (issue 17 item 5) and the corridors through a place (item 6), in both languages. */
import { detailsTitle, openAtlas, screenshot } from './driver';
import { describe, expect, test } from './helpers/fixtures';
import type { Page } from './helpers/browser';

const LANGS = [
  { lang: 'en', query: '', chongqing: 'Chongqing' },
  { lang: 'zh', query: '?lang=zh', chongqing: '重庆' },
] as const;

/** Query, the id of the first result, and the panel title it opens in English and Chinese. */
const QUERIES = [
  ['Malaszewicze', 'malaszewicze', 'Małaszewicze', '马瓦舍维切'],
  ['land sea', 'land-sea-corridor', 'New Western Land-Sea Corridor', '西部陆海新通道'],
  ['Duisberg', 'duisburg', 'Duisburg', '杜伊斯堡'],
  ['CIIE', 'ciie-venue', 'National Exhibition and Convention Center (Shanghai)', '国家会展中心（上海）'],
  ['Laos', 'vientiane', 'Vientiane', '万象'],
  ['老挝', 'vientiane', 'Vientiane', '万象'],
] as const;

async function open(page: Page, baseURL: string, path: string): Promise<Page> {
  expect(await openAtlas(page, baseURL, path)).toBe('ready');
  return page;
}

async function searchAndPick(page: Page, query: string): Promise<string | null> {
  await page.locator('#search-input').fill(query);
  await page.waitForSelector('#search-results:not([hidden]) [role="option"][data-id]');
  const first = await page.locator('#search-results [role="option"]').first().getAttribute('data-id');
  await page.keyboard.press('Enter');
  return first;
}

describe('search and place panels', () => {
  for (const { lang, query, chongqing } of LANGS) {
    test(`given the ${lang} UI at 1280x800, when I search with a typo, without diacritics, across a hyphen or by an alias, then the right place or corridor opens`, async ({ openPage, baseURL }) => {
      const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
      await open(page, baseURL, query);
      for (const [q, id, en, zh] of QUERIES) {
        expect([q, await searchAndPick(page, q)]).toEqual([q, id]);
        await expect.poll(() => detailsTitle(page)).toBe(lang === 'zh' ? zh : en);
      }
      // The alias that matched is shown beside the name.
      await page.locator('#search-input').fill('Laos');
      await page.waitForSelector('#search-results:not([hidden]) [role="option"][data-id="vientiane"]');
      expect(await page.locator('#search-results [role="option"]').first().locator('.meta').textContent()).toContain('Laos');
      await screenshot(page, `search-laos-${lang}`);
    });

    test(`given the ${lang} UI on a 390x844 phone, when I open Chongqing, then its panel lists all eight corridors and a chip opens one`, async ({ openPage, baseURL }) => {
      const { page } = await openPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      await open(page, baseURL, `${query}#sel=chongqing`);
      await expect.poll(() => detailsTitle(page)).toBe(chongqing);
      const chips = page.locator('#details .chip[data-corridor]');
      expect(await chips.count()).toBe(8);
      const ids = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-corridor')));
      expect(ids).toEqual(['air-routes', 'chengdu-chongqing-circle', 'china-europe-rail', 'chongqing-manzhouli-russia', 'chongqing-ningbo', 'data-channel', 'land-sea-corridor', 'yangtze-shipping']);
      await screenshot(page, `chongqing-panel-${lang}-390`);
      await page.locator('#details .chip[data-corridor="yangtze-shipping"]').tap();
      await expect.poll(() => detailsTitle(page)).toBe(lang === 'zh' ? '长江航运' : 'Yangtze River shipping');
    });
  }
});
