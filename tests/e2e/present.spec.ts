/**
 * Presenter mode and the kiosk: clicker keys move chapters and the hash follows, digits jump,
 * blank screens, the idle warning and reset, a lost WebGL context recovers, and after one visit the
 * app starts and tours with no network. Every page also asserts no errors and no request off the origin.
 */
import { chapterOnScreen, loseAndRestoreContexts, openAtlas, pageHash, rootFlags, screenshot, waitForChapter, waitForFrames } from './driver';
import { describe, expect, test } from './helpers/fixtures';

// The page fixture closes every page after each test, a failed one too, so no tour keeps running
// in the background for the next test, and checks each page's log is clean (no errors, CSP
// violations or requests off the origin).

describe('presenter keys', () => {
  test('given a presentation, the clicker keys move chapters once per press, the hash follows, digits+Enter jump, B blacks out', async ({ page, baseURL }) => {
    expect(await openAtlas(page, baseURL, '?mode=present&dwell=60')).toBe('ready');
    expect(await page.locator('#start-screen').isVisible()).toBe(true);
    await page.keyboard.press('x');
    expect(await page.locator('#start-screen').isVisible()).toBe(false);
    expect(await chapterOnScreen(page)).toBe('overview');

    await page.keyboard.press('ArrowRight');
    await waitForChapter(page, 'west');
    await expect.poll(() => pageHash(page)).toContain('chapter=west');
    // The caption cites like the panel: kind of source, article, and an inferred year in words, never "?".
    const train = page.locator('#tour-caption .tour-fact[data-fact="cer-10000th-train"]');
    expect(await train.locator('.tour-fact-value').textContent()).toBe('10,000th train');
    expect(await train.locator('.tour-fact-source').textContent()).toBe('as of 23 June 2022 — year inferred: the text prints "On June 23" with no year; 2022 inferred from the page · Seed document: “Chongqing’s international links increase” · Chongqing Daily · July 2022 — date inferred: undated page; not before 12 July 2022 (its latest event)');
    expect((await page.locator('#tour-caption .tour-fact-source').allTextContents()).filter((t) => t.includes('?'))).toEqual([]);
    await page.keyboard.press('PageDown');
    await waitForChapter(page, 'south');
    await page.keyboard.press('Shift+Space');
    await waitForChapter(page, 'west');
    // A held clicker button repeats the key: only the first press counts.
    await page.keyboard.down('PageDown');
    await page.keyboard.down('PageDown');
    await page.keyboard.down('PageDown');
    await page.keyboard.up('PageDown');
    await waitForChapter(page, 'south');
    // Keys are handled in order: one step back lands on west only if the repeats did not move on.
    await page.keyboard.press('ArrowLeft');
    await waitForChapter(page, 'west');

    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await waitForChapter(page, 'chengdu-chongqing');
    await expect.poll(() => pageHash(page)).toContain('chapter=chengdu-chongqing');
    expect(await page.locator('#tour-caption .tour-fact').count()).toBeGreaterThan(0);
    await page.keyboard.press('End');
    await waitForChapter(page, 'headline-figures');
    await page.keyboard.press('Home');
    await waitForChapter(page, 'overview');

    await page.keyboard.press('b');
    expect(await page.locator('#blank-screen').getAttribute('data-screen')).toBe('black');
    expect(await page.locator('#blank-screen').isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#blank-screen').isVisible()).toBe(false);
    // The key that ended the blank screen did nothing else.
    expect(await chapterOnScreen(page)).toBe('overview');
    await page.keyboard.press(',');
    expect(await page.locator('#blank-screen').getAttribute('data-screen')).toBe('white');
    await page.keyboard.press('Escape');
    expect(await page.locator('#blank-screen').isVisible()).toBe(false);

    await page.keyboard.press('?');
    expect(await page.locator('#help-dialog').isVisible()).toBe(true);
    expect(await page.locator('#help-dialog kbd').count()).toBeGreaterThan(8);
    await page.keyboard.press('Escape');
    expect(await page.locator('#help-dialog').isVisible()).toBe(false);
  });

  test('given a presentation, the presenter view in a second window shows the notes and the next chapter and drives the tour', async ({ page, baseURL }) => {
    expect(await openAtlas(page, baseURL, '?mode=present&lang=zh&dwell=60')).toBe('ready');
    await page.keyboard.press('Enter');
    const view = await page.context().newPage();
    await view.goto(new URL('presenter.html?lang=zh', baseURL).href);
    await view.locator('.pv-title').waitFor();
    expect(await view.locator('.pv-title').textContent()).toBe('四向联通的内陆枢纽');
    expect(await view.locator('.pv-notes p').textContent()).toContain('先看全图');
    expect(await view.locator('.pv-next').textContent()).toContain('向西：中欧班列');
    await view.locator('.pv-button').nth(2).click();
    await waitForChapter(page, 'west');
    await view.waitForFunction(() => document.querySelector('.pv-title')?.textContent === '向西：中欧班列');
    // A clicker plugged into the presenter's machine works in that window too.
    await view.keyboard.press('PageDown');
    await waitForChapter(page, 'south');
  });

  test('given a link with chapter= in the hash, it opens on that chapter; a chapter list in explore mode opens chapters', async ({ page, baseURL }) => {
    expect(await openAtlas(page, baseURL, '#chapter=east')).toBe('ready');
    expect(await chapterOnScreen(page)).toBe('east');
    expect(await page.evaluate(() => document.documentElement.dataset.mode)).toBe('explore');
    await page.locator('#tour-list button[data-index="4"]').click();
    await waitForChapter(page, 'north');
    await page.locator('#tour-caption [data-action="close"]').click();
    expect(await chapterOnScreen(page)).toBeNull();
    await expect.poll(() => pageHash(page)).not.toContain('chapter=');
  });
});

describe('kiosk', () => {
  test('given loop=1&idle=10, a tap starts the attract loop, a touch pauses it, and after idle plus the warning it resets to chapter one', async ({ page, baseURL }) => {
    expect(await openAtlas(page, baseURL, '?mode=present&loop=1&idle=10&dwell=3')).toBe('ready');
    expect((await rootFlags(page)).kiosk).toBe('start');
    await page.mouse.click(900, 300);
    expect((await rootFlags(page)).kiosk).toBe('attract');
    // The attract loop plays by itself (3 s dwell + a 1.2 s flight).
    await waitForChapter(page, 'west', 15_000);
    await page.mouse.click(900, 300);
    expect((await rootFlags(page)).kiosk).toBe('interactive');
    const paused = await chapterOnScreen(page);
    await page.keyboard.press('t');
    expect(await page.locator('#table-dialog').isVisible()).toBe(true);
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'warning', undefined, { timeout: 15_000 });
    expect(await page.locator('#idle-warning').isVisible()).toBe(true);
    expect(await page.locator('#idle-warning').textContent()).toMatch(/Still exploring\?.*\d+ s/u);
    expect(await chapterOnScreen(page)).toBe(paused);
    await page.waitForFunction(() => document.documentElement.dataset.kiosk === 'attract', undefined, { timeout: 15_000 });
    expect(await page.locator('#idle-warning').isVisible()).toBe(false);
    expect(await page.locator('#table-dialog').isVisible()).toBe(false);
    expect(await chapterOnScreen(page)).toBe('overview');
    await waitForChapter(page, 'west', 15_000);
  });
});

describe('reliability', () => {
  test('given a playing tour, when the WebGL contexts are lost and restored, the map comes back and the tour goes on', async ({ page, baseURL }) => {
    expect(await openAtlas(page, baseURL, '?mode=present&autoplay=1&dwell=3')).toBe('ready');
    await page.keyboard.press('Enter');
    await waitForFrames(page);
    const before = await screenshot(page, 'present-before-loss');
    const lostAt = Date.now();
    expect(await loseAndRestoreContexts(page, 1000)).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(() => document.documentElement.dataset.atlasRecoveries === '1', undefined, { timeout: 15_000 });
    const recoveredMs = Date.now() - lostAt;
    console.log(`context-loss recovery: ${recoveredMs} ms from the loss (1 s of it lost on purpose)`);
    // A guard against a map that never comes back, with headroom for a loaded CI machine (6.5-7 s
    // alone here, 10.1 s once under the full suite). The 5 s recovery target is the soak's verdict.
    expect(recoveredMs).toBeLessThan(15_000);
    expect((await rootFlags(page)).atlasContext).toBe('ok');
    expect(await page.locator('#restoring').isVisible()).toBe(false);
    const at = await chapterOnScreen(page);
    await page.waitForFunction((c) => document.querySelector('#tour-caption .tour-dot[aria-current="step"]')?.getAttribute('data-chapter') !== c, at, { timeout: 15_000 });
    await waitForFrames(page);
    const after = await screenshot(page, 'present-after-loss');
    // Corridors are drawn again: the map is not blank.
    const lit = (png: typeof after): number => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += 16) if ((png.data[i] ?? 0) > 150 && (png.data[i + 1] ?? 0) > 100) n++;
      return n;
    };
    expect(lit(after)).toBeGreaterThan(lit(before) / 4);
  });
});

describe('offline', () => {
  test('given one visit, with the network gone a reload reaches ready and the tour advances', async ({ page, baseURL }) => {
    expect(await openAtlas(page, baseURL)).toBe('ready');
    await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', undefined, { timeout: 60_000 });
    expect(await page.locator('#offline-badge').isVisible()).toBe(true);
    await page.context().setOffline(true);
    await page.goto(new URL('?mode=present&autoplay=1&dwell=2', baseURL).href);
    await page.waitForFunction(() => document.documentElement.dataset.atlasState === 'ready', undefined, { timeout: 120_000 });
    await page.keyboard.press('Enter');
    await waitForChapter(page, 'west', 20_000);
  });
});
