/**
 * Issue 12: export a picture and the data, import the user's own files. One page for every check
 * (reduced motion: nothing here tests animation), files handed to the file input from memory or
 * built inside the page, downloads caught in the page: nothing is written outside the repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { openAtlas, screenshot, SCREENSHOT_DIR } from './driver';
import { axeViolations, formatViolations } from './helpers/axe';
import { describe, expect, test as base } from './helpers/fixtures';
import type { Page } from './helpers/browser';

interface Caught { downloads: Array<{ name: string; blob: Blob | undefined }>; blobs: Map<string, Blob> }

/** Catch downloads in the page: the link's blob is kept and read back instead of saved. */
async function catchDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Caught;
    w.downloads = [];
    w.blobs = new Map();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const url = create(obj);
      if (obj instanceof Blob) w.blobs.set(url, obj);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function patched(this: HTMLAnchorElement) {
      if (this.download) w.downloads.push({ name: this.download, blob: w.blobs.get(this.href) });
      else click.call(this);
    };
  });
}

/** The next download whose name matches, as bytes. */
async function nextDownload(page: Page, pattern: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await expect.poll(() => page.evaluate((src) => (window as unknown as Caught).downloads.some((d) => new RegExp(src, 'u').test(d.name)), pattern.source), { timeout: 60_000 }).toBe(true);
  const r = await page.evaluate(async (src) => {
    const w = window as unknown as Caught;
    const i = w.downloads.findIndex((d) => new RegExp(src, 'u').test(d.name));
    const d = w.downloads.splice(i, 1)[0];
    if (!d?.blob) throw new Error('no download');
    const buf = new Uint8Array(await d.blob.arrayBuffer());
    let bin = '';
    for (let k = 0; k < buf.length; k += 0x8000) bin += String.fromCharCode(...buf.subarray(k, k + 0x8000));
    return { name: d.name, base64: btoa(bin) };
  }, pattern.source);
  return { name: r.name, bytes: Buffer.from(r.base64, 'base64') };
}

async function importFile(page: Page, name: string, mimeType: string, text: string): Promise<void> {
  await page.locator('#data-io-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await expect.poll(() => page.locator('#data-io-status').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^${name.replace('.', '\\.')}(:|：| was not)`, 'u'));
}

/** Pixels of the PNG within `tolerance` of `rgb`. */
function countRgb(png: PNG, rgb: readonly [number, number, number], tolerance = 30): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs((png.data[i] ?? 0) - rgb[0]) <= tolerance && Math.abs((png.data[i + 1] ?? 0) - rgb[1]) <= tolerance && Math.abs((png.data[i + 2] ?? 0) - rgb[2]) <= tolerance) n++;
  }
  return n;
}

/** A partner page on another loopback origin framing the app (embed API v1), recording messages. */
function startHost(appURL: string): Promise<Server> {
  const appOrigin = new URL(appURL).origin;
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe id="atlas" title="Corridor Atlas" src="${appURL}?api=1&amp;motion=reduce" style="border:0;width:800px;height:500px"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(appOrigin)}) window.received.push(e.data); });
  window.send = (msg) => document.getElementById('atlas').contentWindow.postMessage(msg, ${JSON.stringify(appOrigin)});
</script></body></html>`;
  const host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  return new Promise((ok) => host.listen(0, '127.0.0.1', () => ok(host)));
}

/** `hostOrigin`: the partner's server (one per file); pages may request the app and the partner. */
const test = base
  .extend('hostOrigin', { scope: 'file' }, async ({ baseURL }, { onCleanup }) => {
    const host = await startHost(baseURL);
    onCleanup(() => new Promise<void>((done) => host.close(() => done())));
    const address = host.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  })
  .extend('origins', ({ baseURL, hostOrigin }): readonly string[] => [new URL(baseURL).origin, hostOrigin]);

interface Msg { type: string; id?: string; payload?: { ok?: boolean; error?: string; payload?: Record<string, unknown> } }

/** The embed's answer to the command with `id`. */
async function answer(page: Page, id: string): Promise<Msg['payload']> {
  await page.waitForFunction((i) => (window as unknown as { received: Msg[] }).received.some((m) => m.type === 'response' && m.id === i), id, { timeout: 60_000 });
  return page.evaluate((i) => (window as unknown as { received: Msg[] }).received.find((m) => m.type === 'response' && m.id === i)?.payload, id);
}

async function send(page: Page, type: string, payload: unknown, id: string): Promise<void> {
  await page.evaluate((m) => (window as unknown as { send: (x: unknown) => void }).send(m), { source: 'corridor-atlas', v: 1, type, id, payload });
}

const BAD_CSV = ['o_lon,o_lat,d_lon,d_lat,weight', '106.55,29.56,6.76,51.43,10', '106.55,123.4,6.76,51.43,1', '106.55,29.56,103.82,1.26,4', 'abc,29.56,103.82,1.26,1', ''].join('\n');
const HTML = '<img src=x onerror="document.title=1">';
const HTML_GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [121.47, 31.23] }, { type: 'LineString', coordinates: [[121.47, 31.23], [114.3, 30.59]] }] }, properties: { name: HTML } },
  ],
});

describe('import and export (issue 12)', () => {
  test('given the explorer, when I export a 2x picture, export and re-import the data, import a CSV with bad rows and an HTML property, drop a 60 MB file and reload, then each works as the issue asks', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1280, height: 720 } });
    expect(await openAtlas(page, baseURL, '?motion=reduce')).toBe('ready');
    await catchDownloads(page);
    await page.locator('#data-io-open').click();
    await page.locator('#data-io-dialog[open]').waitFor();

    // PNG at 2x: the map's size doubled, basemap and corridors in it (rail orange, sea blue).
    const map = await page.evaluate(() => ({ w: document.getElementById('map')?.clientWidth ?? 0, h: document.getElementById('map')?.clientHeight ?? 0 }));
    await page.locator('#data-io-scale').selectOption('2');
    await page.locator('#export-png').click();
    const picture = await nextDownload(page, /view-2x.*\.png$/u);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, 'import-export-picture-2x.png'), picture.bytes);
    const png = PNG.sync.read(picture.bytes);
    expect([png.width, png.height]).toEqual([map.w * 2, map.h * 2]);
    expect(countRgb(png, [230, 159, 0])).toBeGreaterThan(400);
    expect(countRgb(png, [0, 114, 178])).toBeGreaterThan(400);

    // A CSV with bad rows: the good ones drawn, the bad ones listed by row.
    await importFile(page, 'flows.csv', 'text/csv', BAD_CSV);
    expect(await page.locator('#data-io-status').textContent()).toBe('flows.csv: 2 features imported, 2 rows skipped.');
    const csvItem = page.locator('#imported-list li.imported-item').first();
    expect(await csvItem.locator('.imported-errors li').allTextContents()).toEqual(['row 2: latitude 123.4 out of range', 'row 4: longitude "abc" is not a number']);

    // An HTML string in a property is text; a GeometryCollection is flattened.
    await importFile(page, 'html.geojson', 'application/geo+json', HTML_GEOJSON);
    const htmlItem = page.locator('#imported-list li.imported-item').nth(1);
    expect(await htmlItem.locator('.imported-preview').textContent()).toContain(`name: ${HTML}`);
    expect(await page.locator('#imported-layers img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    // The dialog and the layer list pass axe (WCAG A/AA).
    expect(formatViolations(await axeViolations(page))).toBe('');

    // GeoJSON export round-trips through import.
    await page.locator('#export-geojson').click();
    const exported = JSON.parse((await nextDownload(page, /\.geojson$/u)).bytes.toString('utf8')) as { type: string; features: Array<{ geometry: { type: string; coordinates: unknown[] }; properties: Record<string, unknown> }> };
    expect(exported.type).toBe('FeatureCollection');
    // The two flows of flows.csv are in it; a line cut at the antimeridian is a MultiLineString (one path per part).
    expect(exported.features.filter((f) => f.properties.atlasKind === 'od' && f.properties.layer === 'flows')).toHaveLength(2);
    const exportedCount = exported.features.reduce((n, f) => n + (f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.length : 1), 0);
    await importFile(page, 'view.geojson', 'application/geo+json', JSON.stringify(exported));
    expect(await page.locator('#data-io-status').textContent()).toBe(`view.geojson: ${exportedCount.toLocaleString('en-US')} features imported.`);

    // Facts as CSV.
    await page.locator('#export-csv').click();
    const csv = (await nextDownload(page, /facts.*\.csv$/u)).bytes.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffid,label_en,label_zh,kind,value,unit,as_of,refs,source,source_kind,source_title,article,quote');

    // 60 MB, built in the page and dropped on the map: refused before parsing.
    await page.evaluate(() => {
      const file = new File([new Uint8Array(60 * 1024 * 1024)], 'huge.csv', { type: 'text/csv' });
      const dt = new DataTransfer();
      dt.items.add(file);
      document.querySelector('.map-stage')?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('#data-io-status').textContent()).toBe('huge.csv was not imported: the file is 60.0 MB; the limit is 50 MB.');
    await page.keyboard.press('Escape');
    await screenshot(page, 'import-export-layers');

    // Shared links carry no data: the Share dialog says so.
    await page.locator('#share-open').click();
    expect(await page.locator('#share-local-note').textContent()).toBe('Your 3 imported layers stay in this browser: the link and the snippet do not include them.');
    await page.keyboard.press('Escape');

    // Rename, hide, remove; after a reload the layers are back as left.
    const names = (): Promise<string[]> => page.locator('#imported-list .imported-name').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await names()).toEqual(['flows', 'html', 'view']);
    await page.locator('#imported-list .imported-name').nth(1).fill('Shanghai <b>depots</b>');
    await page.locator('#imported-list .imported-name').nth(1).press('Enter');
    await page.locator('#imported-list .imported-hide').first().check();
    await page.getByRole('button', { name: 'Remove layer view' }).click();
    await expect.poll(names).toEqual(['flows', 'Shanghai <b>depots</b>']);
    await page.locator('#imported-layers:not([data-saving])').waitFor({ state: 'attached' });
    await page.reload();
    await expect.poll(names, { timeout: 60_000 }).toEqual(['flows', 'Shanghai <b>depots</b>']);
    expect(await page.locator('#imported-list .imported-hide').first().isChecked()).toBe(true);
    await screenshot(page, 'import-export-after-reload');
  });

  test('given the embed on a partner page with api=1, layer.add draws valid features and lists the rest, export.png answers a 2x PNG, layer.remove removes', async ({ openPage, hostOrigin }) => {
    const { page } = await openPage({ viewport: { width: 900, height: 600 } });
    await page.goto(`${hostOrigin}/`);
    await page.waitForFunction(() => (window as unknown as { received: Msg[] }).received.some((m) => m.type === 'ready'), undefined, { timeout: 120_000 });
    const geojson = { type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [106.55, 29.56] }, properties: { name: 'Depot' } },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[106.55, 29.56], [6.76, 51.43]] }, properties: { atlasKind: 'od', weight: 5 } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [10, 123.4] }, properties: {} },
    ] };
    await send(page, 'layer.add', { geojson, name: 'Partner depots' }, 'a1');
    const added = await answer(page, 'a1');
    expect(added).toMatchObject({ ok: true, payload: { features: 2, skipped: 1, errors: ['feature 3: latitude 123.4 out of range'] } });
    await send(page, 'export.png', { scale: 2 }, 'p1');
    const png = await answer(page, 'p1');
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const map = await frame?.evaluate(() => ({ w: document.getElementById('map')?.clientWidth ?? 0, h: document.getElementById('map')?.clientHeight ?? 0 }));
    expect(png?.ok).toBe(true);
    expect([png?.payload?.width, png?.payload?.height]).toEqual([(map?.w ?? 0) * 2, (map?.h ?? 0) * 2]);
    expect(String(png?.payload?.dataUrl).startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
    await send(page, 'layer.remove', { id: added?.payload?.id }, 'r1');
    expect(await answer(page, 'r1')).toEqual({ ok: true });
    await send(page, 'layer.remove', { id: added?.payload?.id }, 'r2');
    expect(await answer(page, 'r2')).toMatchObject({ ok: false, error: expect.stringMatching(/^layer\.remove: no layer/u) as unknown });
  });
});
