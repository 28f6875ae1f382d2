/**
 * Embedding with two real origins: a host page on one loopback port frames the app served on
 * another, and they talk over postMessage (API v1).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { inject } from 'vitest';
import type { Page } from './helpers/browser';
import { describe, expect, test as base } from './helpers/fixtures';

const appURL = inject('baseURL');
const appOrigin = new URL(appURL).origin;

/** The partner page: frames the app, records every message, exposes send(). */
function hostPage(src: string, sandbox: string | null, allowFullscreen: boolean): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Partner</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><p>Partner article</p>
<iframe id="atlas" title="Corridor Atlas" src="${src}" ${sandbox === null ? '' : `sandbox="${sandbox}"`} ${allowFullscreen ? 'allow="fullscreen"' : ''}
  style="border:0;width:800px;height:500px"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(appOrigin)}) window.received.push(e.data); });
  window.send = (msg) => document.getElementById('atlas').contentWindow.postMessage(msg, ${JSON.stringify(appOrigin)});
</script></body></html>`;
}

/** A partner page that uses the SDK the way docs/embed.md shows. */
function sdkPage(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Partner (SDK)</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe id="atlas" title="Corridor Atlas" src="${appURL}?api=1&autoheight=1" style="border:0;width:800px;height:300px"></iframe>
<script src="${appURL}embed.js"></script>
<script>
  window.events = [];
  const atlas = CorridorAtlas.attach(document.getElementById('atlas'), {
    autoHeight: true,
    onReady: () => events.push('ready'),
    onCorridorChange: (p) => events.push('change:' + p.id),
  });
  atlas.selectCorridor('data-channel').then(() => events.push('selected'), (e) => events.push('failed:' + e.message));
  atlas.selectCorridor('atlantis').then(() => events.push('selected-atlantis'), (e) => events.push('rejected:' + e.message));
  atlas.setView({ zoom: 99 }).then(() => events.push('view-accepted'), (e) => events.push('bad-view:' + e.message));
  atlas.send('theme.set', { theme: 'purple' }).then(() => events.push('theme-accepted'), (e) => events.push('bad-theme:' + e.message));
</script></body></html>`;
}

/** The partner's server on its own loopback port (another origin than the app's). */
function startHost(): Promise<Server> {
  const host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/sdk') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(sdkPage());
      return;
    }
    const src = url.searchParams.get('src') ?? appURL;
    const sandbox = url.searchParams.get('sandbox');
    res.writeHead(200, { 'content-type': 'text/html' }).end(hostPage(src, sandbox, url.searchParams.get('fullscreen') !== '0'));
  });
  return new Promise((ok) => host.listen(0, '127.0.0.1', () => ok(host)));
}

/** `hostOrigin`: the partner's origin (one server per file); pages may request the app and the partner. */
const test = base
  // eslint-disable-next-line no-empty-pattern
  .extend('hostOrigin', { scope: 'file' }, async ({}, { onCleanup }) => {
    const host = await startHost();
    onCleanup(() => new Promise<void>((done) => host.close(() => done())));
    const address = host.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  })
  .extend('origins', ({ hostOrigin }): readonly string[] => [appOrigin, hostOrigin])
  /** `openHost(query, sandbox?, fullscreen?)`: the partner page framing the app with `query`. */
  .extend('openHost', ({ page, hostOrigin }) => async (query: string, sandbox: string | null = null, fullscreen = true): Promise<Page> => {
    const src = `${appURL}${query}`;
    await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}${sandbox === null ? '' : `&sandbox=${encodeURIComponent(sandbox)}`}${fullscreen ? '' : '&fullscreen=0'}`);
    return page;
  });

interface Msg { source: string; v: number; type: string; id?: string; payload?: Record<string, unknown> }

async function messages(page: Page): Promise<Msg[]> {
  return page.evaluate(() => (window as unknown as { received: Msg[] }).received);
}

async function waitForMessage(page: Page, type: string, count = 1): Promise<Msg> {
  await page.waitForFunction(([t, n]) => (window as unknown as { received: Msg[] }).received.filter((m) => m.type === t).length >= (n as number), [type, count] as const, { timeout: 120_000 });
  const all = (await messages(page)).filter((m) => m.type === type);
  return all[all.length - 1] as Msg;
}

async function send(page: Page, msg: unknown): Promise<void> {
  await page.evaluate((m) => (window as unknown as { send: (x: unknown) => void }).send(m), msg);
}

const cmd = (type: string, payload?: unknown, id?: string): Record<string, unknown> => ({ source: 'corridor-atlas', v: 1, type, ...(id ? { id } : {}), ...(payload === undefined ? {} : { payload }) });

describe('embed on a partner page (another origin)', () => {
  test('sends ready, selects on corridor.select, reports corridor.change, answers state.get, and moves on view.set', async ({ openHost }) => {
    const page = await openHost('?api=1');
    const ready = await waitForMessage(page, 'ready');
    expect(ready.payload).toMatchObject({ protocol: 1, state: { sel: null } });
    expect(ready.payload?.capabilities).toEqual(expect.arrayContaining(['corridor.select', 'view.set', 'state.get']));

    const frame = page.frameLocator('#atlas');
    expect(await frame.locator('html').getAttribute('data-mode')).toBe('embed');
    expect(await frame.locator('#embed-pause').isVisible()).toBe(true);
    expect(await frame.locator('#embed-fullscreen').isVisible()).toBe(true);

    await send(page, cmd('corridor.select', { id: 'land-sea-corridor' }));
    const change = await waitForMessage(page, 'corridor.change');
    expect(change.payload).toEqual({ id: 'land-sea-corridor', kind: 'corridor' });

    await send(page, cmd('state.get', undefined, 'q1'));
    const response = await waitForMessage(page, 'response');
    expect(response).toMatchObject({ id: 'q1', payload: { ok: true, payload: { sel: 'land-sea-corridor', lang: 'en' } } });

    await send(page, JSON.stringify(cmd('view.set', { center: [106.55, 29.56], zoom: 5, duration: 0 })));
    const view = await waitForMessage(page, 'view.change');
    expect(view.payload).toMatchObject({ zoom: 5 });

    await send(page, cmd('ping'));
    await waitForMessage(page, 'ready', 2);

    // The route planner from the partner's page: Duisburg with Suez closed, and an unknown destination.
    expect(ready.payload?.capabilities).toEqual(expect.arrayContaining(['routes.compare']));
    await send(page, cmd('routes.compare', { to: 'duisburg', closed: ['suez'] }, 'r1'));
    await page.waitForFunction(() => (window as unknown as { received: Msg[] }).received.some((m) => m.type === 'response' && m.id === 'r1'), undefined, { timeout: 60_000 });
    const compared = (await messages(page)).find((m) => m.type === 'response' && m.id === 'r1');
    const result = compared?.payload as { ok: boolean; payload: { to: string; closed: string[]; routes: Array<{ id: string; modes: string[]; distanceKm: number; days: { basis: string }; passages: string[] }> } };
    expect(result.ok).toBe(true);
    expect([result.payload.to, result.payload.closed]).toEqual(['duisburg', ['suez']]);
    expect(result.payload.routes.find((r) => r.id === 'china-europe-rail:rail')).toMatchObject({ modes: ['rail'], days: { basis: 'cited' }, passages: [] });
    expect(result.payload.routes.find((r) => r.id === 'land-sea-corridor:rail-sea-river')?.passages).not.toContain('suez');
    await send(page, cmd('routes.compare', { to: 'atlantis' }, 'r2'));
    await page.waitForFunction(() => (window as unknown as { received: Msg[] }).received.some((m) => m.type === 'response' && m.id === 'r2'), undefined, { timeout: 30_000 });
    expect((await messages(page)).find((m) => m.type === 'response' && m.id === 'r2')?.payload).toMatchObject({ ok: false, error: expect.stringContaining('unknown destination "atlantis"') });

  });

  test('drives the tour: tour.goto and tour.next move chapters with chapter.change and tour.state; an unknown chapter is refused', async ({ openHost }) => {
    const page = await openHost('?api=1');
    const ready = await waitForMessage(page, 'ready');
    expect(ready.payload?.capabilities).toEqual(expect.arrayContaining(['tour.goto', 'tour.next', 'tour.play']));
    await send(page, cmd('tour.goto', { chapter: 'east' }, 't1'));
    const change = await waitForMessage(page, 'chapter.change');
    expect(change.payload).toEqual({ chapter: 'east', index: 3 });
    expect((await waitForMessage(page, 'response')).payload).toMatchObject({ ok: true, payload: { chapter: 'east', index: 3, count: 9 } });
    await page.frameLocator('#atlas').locator('#tour-caption .tour-title').waitFor();
    await send(page, cmd('tour.next', undefined, 't2'));
    expect((await waitForMessage(page, 'chapter.change', 2)).payload).toEqual({ chapter: 'north', index: 4 });
    expect((await waitForMessage(page, 'tour.state')).payload).toMatchObject({ tour: 'chongqing-four-directions', playing: false });
    await send(page, cmd('tour.goto', { chapter: 'atlantis' }, 't3'));
    await page.waitForFunction(() => (window as unknown as { received: Msg[] }).received.some((m) => m.type === 'response' && m.id === 't3'));
    const refused = (await messages(page)).find((m) => m.type === 'response' && m.id === 't3');
    expect(refused?.payload).toEqual({ ok: false, error: 'unknown chapter "atlantis"' });
  });

  test('ignores malformed, oversized, foreign and wrongly enveloped messages', async ({ openHost }) => {
    const page = await openHost('?api=1');
    await waitForMessage(page, 'ready');
    for (const bad of [
      'not json', '{"source":"corridor-atlas",', null, 42, [1, 2],
      { source: 'other', v: 1, type: 'corridor.select', payload: { id: 'data-channel' } },
      { source: 'corridor-atlas', v: 2, type: 'corridor.select', payload: { id: 'data-channel' } },
      cmd('corridor.select', { id: '<img src=x onerror=alert(1)>' }),
      cmd('corridor.select', { id: 'data-channel', pad: 'x'.repeat(20_000) }),
      cmd('map.destroy'),
    ]) await send(page, bad);
    await send(page, cmd('state.get', undefined, 'after'));
    const response = await waitForMessage(page, 'response');
    expect(response).toMatchObject({ id: 'after', payload: { ok: true, payload: { sel: null } } });
    expect((await messages(page)).filter((m) => m.type === 'corridor.change')).toEqual([]);
  });

  test('with an allowlist that excludes the host, commands are ignored while ready still arrives', async ({ openHost }) => {
    const page = await openHost('?api=1&origin=https://partner.example');
    await waitForMessage(page, 'ready');
    await send(page, cmd('corridor.select', { id: 'data-channel' }));
    await send(page, cmd('state.get', undefined, 'denied'));
    await page.waitForTimeout(1500);
    const all = await messages(page);
    expect(all.filter((m) => m.type === 'response' || m.type === 'corridor.change')).toEqual([]);
    expect(await page.frameLocator('#atlas').locator('#details').isHidden()).toBe(true);
  });

  test('without api=1, commands are ignored; without allow="fullscreen" it offers the full map in a new tab', async ({ openHost }) => {
    const page = await openHost('', null, false);
    await waitForMessage(page, 'ready');
    const frame = page.frameLocator('#atlas');
    expect(await frame.locator('#embed-fullscreen').count()).toBe(0);
    expect(await frame.locator('#embed-open').getAttribute('target')).toBe('_blank');
    expect(await frame.locator('#embed-open').getAttribute('href')).toContain('mode=explore');
    await send(page, cmd('state.get', undefined, 'noapi'));
    await page.waitForTimeout(1000);
    expect((await messages(page)).filter((m) => m.type === 'response')).toEqual([]);
  });

  test('with autoheight=1, reports its height; inside sandbox="allow-scripts allow-same-origin" it still works', async ({ openHost }) => {
    const page = await openHost('?api=1&autoheight=1', 'allow-scripts allow-same-origin');
    await waitForMessage(page, 'ready');
    const resize = await waitForMessage(page, 'resize');
    expect(Number(resize.payload?.height)).toBeGreaterThan(100);
  });

  test('the host SDK queues commands until ready, follows events, rejects bad ids, and sizes the iframe', async ({ page, hostOrigin }) => {
    await page.goto(`${hostOrigin}/sdk`);
    await page.waitForFunction(() => (window as unknown as { events: string[] }).events.includes('selected'), undefined, { timeout: 120_000 });
    const events = await page.evaluate(() => (window as unknown as { events: string[] }).events);
    expect(events).toEqual(expect.arrayContaining(['ready', 'change:data-channel', 'selected']));
    expect(events.some((e) => e.startsWith('rejected:unknown corridor or place "atlantis"'))).toBe(true);
    await page.waitForFunction(() => document.getElementById('atlas')?.style.height !== '300px');
    const height = await page.evaluate(() => document.getElementById('atlas')?.getBoundingClientRect().height ?? 0);
    expect(height).toBeGreaterThanOrEqual(500);
  });

  test('a command with an id and a bad payload is refused at once with its error, which the SDK surfaces (not the 10 s origin timeout)', async ({ page, hostOrigin }) => {
    await page.goto(`${hostOrigin}/sdk`);
    const settled = (): Promise<string[]> => page.evaluate(() => (window as unknown as { events: string[] }).events.filter((e) => /^(bad-|view-|theme-)/u.test(e)));
    // The SDK's own timeout is 10 s; both answers arrive with the first ones, long before it.
    await page.waitForFunction(() => (window as unknown as { events: string[] }).events.includes('selected'), undefined, { timeout: 120_000 });
    await expect.poll(settled, { timeout: 5_000 }).toHaveLength(2);
    expect((await settled()).sort()).toEqual([
      'bad-theme:theme.set: theme must be one of dark, light, auto',
      'bad-view:view.set: zoom must be a number from 0.5 to 12',
    ]);
  });

  test('the SDK is under 3 KB gzip', () => {
    const bytes = gzipSync(readFileSync(new URL('../../dist/embed.js', import.meta.url))).length;
    expect(bytes).toBeLessThan(3 * 1024);
  });
});
