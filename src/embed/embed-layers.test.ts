/** The embed API's export.png, layer.add and layer.remove: parsing (bounded sizes) and answers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../model/parse-model';
import type { AtlasModel } from '../model/schema';
import { buildModelIndex } from '../state/selectors';
import { createAtlasStore } from '../state/store';
import { EMBED_CAPABILITIES, LAYER_CAPABILITIES, startEmbedApi, type EmbedDataTools, type EmbedEnv, type IncomingMessage, type PostTarget } from './embed-api';
import { MAX_LAYER_MESSAGE_BYTES, MAX_MESSAGE_BYTES, parseEnvelope, readCommand } from './protocol';

const index = buildModelIndex(parseModel(JSON.parse(readFileSync('data/model/atlas.geojson', 'utf8'))) as AtlasModel);
const PARTNER = 'https://partner.example';
const env = (type: string, payload?: unknown, id?: string): Record<string, unknown> => ({ source: 'corridor-atlas', v: 1, type, ...(id ? { id } : {}), ...(payload === undefined ? {} : { payload }) });
const read = (m: unknown): ReturnType<typeof readCommand> | null => {
  const e = parseEnvelope(m);
  return e ? readCommand(e) : null;
};
const POINT = { type: 'Feature', geometry: { type: 'Point', coordinates: [106.55, 29.56] }, properties: {} };

describe('protocol: export.png, layer.add, layer.remove', () => {
  it('reads export.png with a scale of 1, 2 or 4 (1 by default) and refuses others', () => {
    expect(read(env('export.png'))).toEqual({ ok: true, command: { type: 'export.png', payload: { scale: 1, as: 'dataUrl' } } });
    expect(read(env('export.png', { scale: 4, as: 'blob' }, 'p1'))).toEqual({ ok: true, command: { type: 'export.png', id: 'p1', payload: { scale: 4, as: 'blob' } } });
    expect(read(env('export.png', { scale: 3 }))).toEqual({ ok: false, error: 'export.png: scale must be one of 1, 2, 4' });
    expect(read(env('export.png', { as: 'jpeg' }))).toEqual({ ok: false, error: 'export.png: as must be dataUrl or blob' });
  });

  it('reads layer.add with GeoJSON as an object or text and a name, and refuses anything else', () => {
    expect(read(env('layer.add', { geojson: POINT, name: ' Depots ' }))).toEqual({ ok: true, command: { type: 'layer.add', payload: { geojson: JSON.stringify(POINT), name: 'Depots' } } });
    expect(read(env('layer.add', { geojson: JSON.stringify(POINT) }))).toMatchObject({ ok: true, command: { payload: { name: 'layer' } } });
    expect(read(env('layer.add', { geojson: 42 }))).toMatchObject({ ok: false, error: expect.stringMatching(/^layer\.add: geojson must be/u) as unknown });
    expect(read(env('layer.add', { geojson: 'not json' }))).toMatchObject({ ok: false });
    expect(read(env('layer.add', { geojson: POINT, name: 'x'.repeat(65) }))).toEqual({ ok: false, error: 'layer.add: name must be text of 1 to 64 characters' });
  });

  it('lets only layer.add be larger than 8 KB, up to 5 MB', () => {
    const big = { type: 'FeatureCollection', features: Array.from({ length: 2000 }, () => POINT) };
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_MESSAGE_BYTES);
    expect(read(env('layer.add', { geojson: big }))).toMatchObject({ ok: true });
    expect(read(JSON.stringify(env('layer.add', { geojson: big })))).toMatchObject({ ok: true });
    expect(read(env('view.set', { zoom: 3, pad: 'x'.repeat(MAX_MESSAGE_BYTES) }))).toBeNull();
    expect(read(env('layer.add', { geojson: { type: 'FeatureCollection', pad: 'x'.repeat(MAX_LAYER_MESSAGE_BYTES) } }))).toBeNull();
  });

  it('reads layer.remove with a layer id only', () => {
    expect(read(env('layer.remove', { id: 'm3k2x9abc' }))).toEqual({ ok: true, command: { type: 'layer.remove', payload: { id: 'm3k2x9abc' } } });
    expect(read(env('layer.remove', { id: '../x' }))).toEqual({ ok: false, error: 'layer.remove: id must be the id layer.add answered with' });
  });

});

describe('embed API: layers and pictures', () => {
  function setup(): { sent: Array<{ message: Record<string, unknown>; to: string }>; send(data: unknown): void; calls: string[]; settle(): Promise<void> } {
    const sent: Array<{ message: Record<string, unknown>; to: string }> = [];
    const parent: PostTarget = { postMessage: (message, to) => void sent.push({ message: message as Record<string, unknown>, to }) };
    let listener: ((e: IncomingMessage) => void) | null = null;
    const e: EmbedEnv = { parent, onMessage: (l) => { listener = l; return () => undefined; }, onHeight: () => () => undefined };
    const calls: string[] = [];
    const tools: EmbedDataTools = {
      run(c) {
        switch (c.type) {
          case 'export.png':
            calls.push(`png ${c.payload.scale} ${c.payload.as}`);
            return Promise.resolve({ ok: true, payload: { type: 'image/png', width: 3, height: 2, dataUrl: 'data:image/png;base64,AAAA' } });
          case 'layer.add':
            calls.push(`add ${c.payload.name}`);
            return Promise.resolve({ ok: true, payload: c.payload.geojson.includes('123.4') ? { id: 'abc1', features: 0, skipped: 1, errors: ['feature 1: latitude 123.4 out of range'] } : { id: 'abc2', features: 1, skipped: 0, errors: [] } });
          case 'layer.remove':
            return Promise.resolve(c.payload.id === 'abc2' ? { ok: true } : { ok: false, error: `no layer "${c.payload.id}"` });
        }
      },
    };
    startEmbedApi({ store: createAtlasStore(), index, apiEnabled: true, allowlist: ['*'], parentOrigin: PARTNER, autoHeight: false, version: '1', firstFrame: Promise.resolve(), data: () => Promise.resolve(tools) }, e);
    return {
      sent, calls,
      send: (data) => listener?.({ data, origin: PARTNER, source: parent }),
      settle: async () => {
        for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
      },
    };
  }
  const responses = (t: ReturnType<typeof setup>): Array<Record<string, unknown>> => t.sent.filter((s) => s.message.type === 'response').map((s) => ({ id: s.message.id, ...(s.message.payload as Record<string, unknown>) }));

  it('announces the commands in ready, and answers layer.add, layer.remove and export.png to the sender', async () => {
    const t = setup();
    await t.settle();
    expect(t.sent[0]?.message.payload).toMatchObject({ capabilities: [...EMBED_CAPABILITIES, ...LAYER_CAPABILITIES] });
    t.send(env('layer.add', { geojson: POINT, name: 'Depots' }, 'a1'));
    t.send(env('layer.add', { geojson: { ...POINT, geometry: { type: 'Point', coordinates: [1, 123.4] } } }, 'a2'));
    t.send(env('layer.remove', { id: 'abc2' }, 'r1'));
    t.send(env('layer.remove', { id: 'zzz' }, 'r2'));
    t.send(env('export.png', { scale: 2 }, 'p1'));
    await t.settle();
    expect(t.calls).toEqual(['add Depots', 'add layer', 'png 2 dataUrl']);
    const r = responses(t);
    expect(r.find((x) => x.id === 'a1')).toEqual({ id: 'a1', ok: true, payload: { id: 'abc2', features: 1, skipped: 0, errors: [] } });
    expect(r.find((x) => x.id === 'a2')).toMatchObject({ ok: true, payload: { skipped: 1, errors: ['feature 1: latitude 123.4 out of range'] } });
    expect(r.find((x) => x.id === 'r1')).toEqual({ id: 'r1', ok: true });
    expect(r.find((x) => x.id === 'r2')).toEqual({ id: 'r2', ok: false, error: 'layer.remove: no layer "zzz"' });
    expect(r.find((x) => x.id === 'p1')).toEqual({ id: 'p1', ok: true, payload: { type: 'image/png', width: 3, height: 2, dataUrl: 'data:image/png;base64,AAAA' } });
    expect(t.sent.filter((s) => s.message.type === 'response').every((s) => s.to === PARTNER)).toBe(true);
  });
});
