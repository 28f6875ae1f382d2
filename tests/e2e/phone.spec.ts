/**
 * Phones (issue 17 item 7, trust audit C.11, C.13, C.16): at 390 x 844 the Table is a list of cards
 * no wider than its dialog, the header is one row, the share dialog's slider changes the snippet, and
 * the phone views are axe-clean; at 375 x 640 the embed page loads without sideways scrolling.
 */
import { detailsTitle, openAtlas, screenshot } from './driver';
import { axeViolations, formatViolations, seriousViolations } from './helpers/axe';
import type { Page } from './helpers/browser';
import { describe, expect, test as base } from './helpers/fixtures';

const PHONE = { width: 390, height: 844 };

/** A test whose `phone(path, size?)` opens the app on a touch phone and waits until it is ready. */
const test = base.extend('phone', ({ openPage, baseURL }) => async (path: string, viewport = PHONE): Promise<Page> => {
  const { page } = await openPage({ viewport, hasTouch: true, isMobile: true });
  expect(await openAtlas(page, baseURL, path)).toBe('ready');
  return page;
});

/** Save a screenshot under test-results/ to look at. */
async function keep(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
}

async function expectAxeClean(page: Page): Promise<void> {
  const serious = seriousViolations(await axeViolations(page));
  expect(serious, `serious or critical violations:\n${formatViolations(serious)}`).toEqual([]);
}

interface HeaderBox { header: number; buttons: { id: string; top: number; height: number; lines: number; overflow: boolean }[]; searchTop: number }

/** The header's height and, per visible toolbar button, its box and the lines its visible label takes. */
function measureHeader(page: Page): Promise<HeaderBox> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('#toolbar button')].filter((b) => b.offsetParent !== null).map((b) => {
      const r = b.getBoundingClientRect();
      const label = [...b.querySelectorAll<HTMLElement>('.btn-icon, .btn-text')].find((s) => s.getBoundingClientRect().width > 1);
      return { id: b.id, top: Math.round(r.top), height: r.height, lines: label?.getClientRects().length ?? 0, overflow: b.scrollWidth > b.clientWidth };
    });
    const searchTop = Math.round(document.querySelector('.search')?.getBoundingClientRect().top ?? -1);
    return { header, buttons, searchTop };
  });
}

describe('phone 390 x 844', () => {
  test.for(['en', 'zh'] as const)('[%s] given the Table, when it opens, then each corridor is a card with its main route and key facts, no wider than the dialog', async (lang, { phone }) => {
    const page = await phone(`?lang=${lang}`);
    await page.locator('#table-toggle').tap();
    expect(await page.locator('#table-dialog').isVisible()).toBe(true);
    const fit = await page.locator('#table-dialog').evaluate((d) => ({
      scroll: d.scrollWidth, client: d.clientWidth, right: d.getBoundingClientRect().right,
      cards: [...d.querySelectorAll('tbody tr')].map((tr) => tr.getBoundingClientRect().right <= d.getBoundingClientRect().right && getComputedStyle(tr).display === 'block'),
      viewport: window.innerWidth,
    }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    expect(fit.right).toBeLessThanOrEqual(fit.viewport);
    expect(fit.cards).toEqual(Array.from({ length: 8 }, () => true));
    const card = page.locator('#table-dialog tbody tr').filter({ has: page.locator('[data-corridor="china-europe-rail"]') });
    expect(await card.locator('.drawn').textContent()).toMatch(lang === 'en' ? /^Drawn lengthChongqing – Duisburg · [\d,]+ km drawn/u : /^绘制长度重庆/u);
    expect(await card.locator('.key-facts li').count()).toBeGreaterThan(0);
    if (lang === 'en') await keep(page, 'phone17-table-cards-390');
    else await keep(page, 'phone17-table-cards-390-zh');
    await expectAxeClean(page);
  });

  test.for(['en', 'zh'] as const)('[%s] given the header, then it is one row of at most 64 px and no button label wraps', async (lang, { phone }) => {
    const page = await phone(`?lang=${lang}`);
    const m = await measureHeader(page);
    expect(m.header).toBeLessThanOrEqual(64);
    expect(m.buttons.map((b) => b.id)).toEqual(['lang-toggle', 'theme-toggle', 'flows-toggle', 'table-toggle', 'compare-open', 'share-open']);
    for (const b of m.buttons) {
      expect(b.lines, `${b.id} label lines`).toBe(1);
      expect(b.overflow, `${b.id} overflows`).toBe(false);
      expect(b.top, `${b.id} top`).toBe(m.buttons[0]?.top);
      expect(b.height, `${b.id} touch target`).toBeGreaterThanOrEqual(24);
    }
    expect(Math.abs(m.searchTop - (m.buttons[0]?.top ?? 0))).toBeLessThanOrEqual(8);
    // The buttons keep their full names for assistive technology.
    expect(await page.locator('#table-toggle').evaluate((b) => b.querySelector('.btn-text')?.textContent)).toBe(lang === 'en' ? 'Table' : '表格');
    expect(await page.locator('#lang-toggle .btn-icon').textContent()).toBe(lang === 'en' ? '中文' : 'EN');
  });

  test('given a selection, the explore view shows its details under the map and is axe-clean', async ({ phone }) => {
    const page = await phone('#sel=china-europe-rail');
    expect(await detailsTitle(page)).toBe('China-Europe Railway Express (Yuxinou)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await keep(page, 'phone17-explore-selection-390');
    await expectAxeClean(page);
  });

  test('given Chinese and the light theme, the phone explore view is axe-clean', async ({ phone }) => {
    const page = await phone('?lang=zh&theme=light');
    await expectAxeClean(page);
  });

  test.for(['en', 'zh'] as const)('[%s] given Share & embed, when I move the preview size, then the snippet and the preview follow, over a dimmed page', async (lang, { phone }) => {
    const page = await phone(`?lang=${lang}`);
    await page.locator('#share-open').tap();
    const dialog = page.locator('#share-dialog');
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    // The page behind is dimmed: a dark backdrop at least 40 % opaque.
    const backdrop = await dialog.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor);
    expect(Number(/^rgba\(0, 0, 0, ([\d.]+)\)$/u.exec(backdrop)?.[1] ?? 0), backdrop).toBeGreaterThanOrEqual(0.4);
    const before = await page.locator('#share-snippet').inputValue();
    expect(before).toContain('style="border:0;width:100%;aspect-ratio:16/10;min-height:400px"');
    const previewWidth = (): Promise<string> => page.locator('.share-preview').evaluate((p) => (p as HTMLElement).style.width);
    const wide = await previewWidth();
    await page.locator('#share-width').fill('640');
    expect(await page.locator('#share-snippet').inputValue()).toContain('style="border:0;width:100%;max-width:640px;aspect-ratio:16/10;min-height:400px"');
    expect(await page.locator('#share-size').textContent()).toBe('640 × 400 px');
    expect(await previewWidth()).not.toBe(wide);
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await expectAxeClean(page);
  });
});

describe('embed 375 x 640', () => {
  test.for(['en', 'zh'] as const)('[%s] the embed page loads without sideways scrolling and is axe-clean', async (lang, { phone }) => {
    const page = await phone(`?mode=embed&lang=${lang}`, { width: 375, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await page.locator('#map canvas').count()).toBeGreaterThan(0);
    await expectAxeClean(page);
  });
});
