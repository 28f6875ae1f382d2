/**
 * Tour video export (issue 13): the recorder exports the first two chapters at 640x360 through the
 * automation path (record=640x360&chapters=2), and the file is read back with Mediabunny in Node:
 * container and codec, size, duration within one frame of the tour's, and key frames decoded with
 * the page's WebCodecs differ over time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { openAtlas, screenshot, SCREENSHOT_DIR } from './driver';
import { axeViolations, formatViolations } from './helpers/axe';
import { describe, expect, test } from './helpers/fixtures';

/**
 * dwell=2 and motion=reduce: each chapter is 2 s on screen and cuts in behind a crossfade (no flight:
 * software WebGL draws a flight's frames too slowly for CI; flights are unit-tested in flight.ts).
 */
const EXPECTED_S = 2 * 2;
const FPS = 30;
/** Frames to decode: two in the first chapter, one in the second (after its crossfade). */
const SAMPLES_S = [0.5, 1.5, 3];

/** A decoder config's description (ArrayBuffer or a view on one) as bytes. */
function bytesOf(source: AllowSharedBufferSource): Buffer {
  return ArrayBuffer.isView(source) ? Buffer.from(source.buffer, source.byteOffset, source.byteLength) : Buffer.from(new Uint8Array(source));
}

describe('tour video export', () => {
  test('given present mode with record=640x360&chapters=2&dwell=2&motion=reduce, when I start the export, then a 640x360 Chinese video of the two chapters, 4 s long, whose frames change, is offered as a download', async ({ openPage, baseURL }) => {
    const { page } = await openPage({ viewport: { width: 1280, height: 720 } });
    expect(await openAtlas(page, baseURL, '?mode=present&autoplay=0&motion=reduce&dwell=2&record=640x360&chapters=2')).toBe('ready');
    await page.waitForSelector('#video-dialog[open]');
    // The first input only leaves the start screen (kiosk-state.ts); then the dialog's buttons act.
    await page.keyboard.press('Shift');
    await expect.poll(() => page.locator('#video-encoder').getAttribute('data-codec'), { timeout: 20_000 }).toMatch(/^(mp4\/avc|webm\/vp9|webm\/vp8)$/u);
    const codec = (await page.locator('#video-encoder').getAttribute('data-codec')) ?? '';
    expect(await page.locator('#video-size').inputValue()).toBe('640x360');
    // The dialog is axe-clean; the video is made in Chinese (the page stays in English).
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.locator('#video-lang').selectOption('zh');
    await screenshot(page, 'video-dialog');

    // The result arrives as an event carrying the Blob; read it in the page as base64.
    const bytes = page.evaluate(() => new Promise<{ base64: string; fileName: string; frames: number; tourMs: number }>((resolve) => {
      document.addEventListener('atlas:video-exported', (e) => {
        const { blob, fileName, frames, tourMs } = (e as CustomEvent<{ blob: Blob; fileName: string; frames: number; tourMs: number }>).detail;
        const reader = new FileReader();
        reader.onload = () => resolve({ base64: String(reader.result).replace(/^data:[^,]*,/u, ''), fileName, frames, tourMs });
        reader.readAsDataURL(blob);
      }, { once: true });
    }));
    const started = Date.now();
    await page.locator('#video-start').click();
    await expect.poll(() => page.locator('#video-dialog').getAttribute('data-state')).toBe('recording');
    const result = await bytes;
    console.log(`video export: ${result.frames} frames in ${((Date.now() - started) / 1000).toFixed(1)} s (${codec})`);
    await expect.poll(() => page.locator('#video-download').isVisible()).toBe(true);
    expect(result.fileName).toBe('chongqing-four-directions-zh-640x360-30fps.' + (codec.startsWith('mp4') ? 'mp4' : 'webm'));
    expect(await page.locator('#video-download').getAttribute('download')).toBe(result.fileName);
    // The page is back in its own language after recording in another.
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/u);
    expect(await page.locator('#video-download').getAttribute('href')).toMatch(/^blob:/u);
    expect(await page.locator('#announcer').textContent()).toContain(result.fileName);
    await screenshot(page, 'video-done');

    // Read the file back in Node.
    const file = Buffer.from(result.base64, 'base64');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, result.fileName), file);
    const input = new Input({ source: new BufferSource(file), formats: ALL_FORMATS });
    const format = await input.getFormat();
    const track = await input.getPrimaryVideoTrack();
    if (!track) throw new Error('no video track');
    const [container, codecName] = codec.split('/');
    expect(format.name).toBe(container === 'mp4' ? 'MP4' : 'WebM');
    expect(await track.getCodec()).toBe(codecName);
    expect([track.displayWidth, track.displayHeight]).toEqual([640, 360]);
    expect(result.tourMs / 1000).toBeCloseTo(EXPECTED_S, 6);
    const duration = await input.computeDuration();
    expect(Math.abs(duration - EXPECTED_S)).toBeLessThanOrEqual(1 / FPS);
    expect(result.frames).toBe(Math.round(EXPECTED_S * FPS));

    // Frames decoded with the page's WebCodecs (all packets in order, from the first key frame): the
    // scene changes over time, within a chapter (flows, progress) and more between chapters.
    const sink = new EncodedPacketSink(track);
    const packets: Array<{ timestamp: number; type: 'key' | 'delta'; data: string }> = [];
    for await (const packet of sink.packets()) packets.push({ timestamp: packet.timestamp, type: packet.type, data: Buffer.from(packet.data).toString('base64') });
    expect(packets).toHaveLength(result.frames);
    expect(packets[0]?.type).toBe('key');
    const config = await track.getDecoderConfig();
    if (!config) throw new Error('no decoder config');
    const decoded = await page.evaluate(async ({ cfg, description, chunks, wanted }) => {
      const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
      const frames = new Map<number, VideoFrame>();
      const decoder = new VideoDecoder({
        output: (frame) => {
          const at = wanted.find((w) => Math.abs(w * 1e6 - frame.timestamp) < 1e4);
          if (at === undefined) frame.close();
          else frames.set(at, frame);
        },
        error: (e) => {
          throw e;
        },
      });
      decoder.configure({ ...cfg, ...(description ? { description: fromBase64(description) } : {}) });
      for (const c of chunks) decoder.decode(new EncodedVideoChunk({ type: c.type, timestamp: Math.round(c.timestamp * 1e6), data: fromBase64(c.data) }));
      await decoder.flush();
      const out: Array<{ at: number; png: string; grey: number[] }> = [];
      for (const at of wanted) {
        const frame = frames.get(at);
        if (!frame) continue;
        const canvas = new OffscreenCanvas(frame.displayWidth, frame.displayHeight);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(frame, 0, 0);
        frame.close();
        // A 32x18 grid of grey levels, enough to tell frames apart.
        const grey: number[] = [];
        for (let y = 0; y < 18; y++) {
          for (let x = 0; x < 32; x++) {
            const d = ctx.getImageData(Math.floor(((x + 0.5) * canvas.width) / 32), Math.floor(((y + 0.5) * canvas.height) / 18), 1, 1).data;
            grey.push(Math.round(((d[0] ?? 0) + (d[1] ?? 0) + (d[2] ?? 0)) / 3));
          }
        }
        const blob = await canvas.convertToBlob({ type: 'image/png' });
        const png = await new Promise<string>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''));
          reader.readAsDataURL(blob);
        });
        out.push({ at, png, grey });
      }
      return out;
    }, {
      cfg: { codec: config.codec, codedWidth: config.codedWidth ?? 640, codedHeight: config.codedHeight ?? 360 },
      description: config.description ? bytesOf(config.description).toString('base64') : null,
      chunks: packets,
      wanted: SAMPLES_S,
    });
    decoded.forEach((d) => writeFileSync(join(SCREENSHOT_DIR, `video-frame-${d.at}s.png`), Buffer.from(d.png, 'base64')));
    expect(decoded.map((d) => d.at)).toEqual(SAMPLES_S);
    const [early, later, next] = decoded.map((d) => d.grey) as [number[], number[], number[]];
    const diff = (a: number[], b: number[]): number => a.reduce((sum, v, i) => sum + Math.abs(v - (b[i] ?? 0)), 0) / a.length;
    // Not blank; the flows and the progress bar move within a chapter; the next chapter looks different.
    expect(Math.max(...early) - Math.min(...early)).toBeGreaterThan(40);
    expect(diff(early, later)).toBeGreaterThan(0.2);
    expect(diff(early, next)).toBeGreaterThan(3 * diff(early, later));
  });
});
