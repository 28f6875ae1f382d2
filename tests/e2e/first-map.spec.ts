/** The first map: the built app loads offline, draws every corridor, and fails with a clear message. */
import { MODE_COLORS } from '../../src/map/palette';
import { corridorNames, countColor, firstFrameMarks, openAtlas, screenshot, statusText, waitForAtlas } from './driver';
import { describe, expect, test } from './helpers/fixtures';

describe('first map', () => {
  test('given the built app, when it opens, then it is ready with every corridor drawn, no errors and no request off the origin', async ({ page, log, baseURL }) => {
    const response = await page.goto(baseURL);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['x-frame-options']).toBeUndefined();
    expect(await waitForAtlas(page)).toBe('ready');
    expect(await firstFrameMarks(page)).toBe(1);
    expect(await corridorNames(page)).toEqual([
      'air-routes', 'chengdu-chongqing-circle', 'china-europe-rail', 'chongqing-manzhouli-russia',
      'chongqing-ningbo', 'data-channel', 'land-sea-corridor', 'yangtze-shipping',
    ]);
    const png = await screenshot(page, 'first-map');
    for (const mode of ['rail', 'sea', 'air', 'river', 'data'] as const) {
      expect(await countColor(page, png, MODE_COLORS[mode]), `${mode} pixels on the map`).toBeGreaterThan(20);
    }
    // Page errors, console errors, CSP violations and requests off the origin: checked by the page fixture.
    expect(log.failedRequests).toEqual([]);
    expect(log.requests.length).toBeGreaterThan(3);
  });

  test('given a corrupt model file, when the app opens, then it shows a clear error instead of a blank map', async ({ page, log, baseURL }) => {
    await page.route(/atlas-[^/]*\.geojson$/u, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","schemaVersion":0}' }));
    expect(await openAtlas(page, baseURL)).toBe('error');
    expect(await statusText(page)).toContain('The corridor model cannot be used: the model has schema version 0');
    // The one console error this test expects; taken out of the log so the fixture's clean check sees the rest.
    expect(log.consoleErrors.splice(0)).toEqual([expect.stringContaining('The corridor model cannot be used: the model has schema version 0')]);
  });
});
