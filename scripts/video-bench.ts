/**
 * Export time of the tour video on this machine (issue 13): the built app in headless Chromium with
 * software WebGL, through the automation path (`?mode=present&record=WxH&chapters=N`), full motion
 * (flights on). Prints, per size, the frames, the wall time and the seconds of export per second of
 * video. Never fails on timing: it reports.
 *
 *   npx tsx scripts/video-bench.ts [--sizes 1280x720,1920x1080] [--chapters 2] [--dwell 4] [--skip-build]
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { launchBrowser, openPage } from '../tests/e2e/helpers/browser';
import { ROOT, servePreview } from '../tests/e2e/helpers/preview';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1280x720,1920x1080' }, chapters: { type: 'string', default: '2' }, dwell: { type: 'string', default: '4' }, 'skip-build': { type: 'boolean', default: false } } });
if (!values['skip-build']) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const served = await servePreview();
const browser = await launchBrowser();
try {
  for (const size of values.sizes.split(',')) {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    await page.goto(new URL(`?mode=present&autoplay=0&dwell=${values.dwell}&chapters=${values.chapters}&record=${size}`, served.url).href);
    await page.waitForSelector('#video-dialog[open]', { timeout: 120_000 });
    await page.keyboard.press('Shift');
    await page.waitForSelector('#video-encoder[data-codec]', { timeout: 60_000 });
    const codec = await page.locator('#video-encoder').getAttribute('data-codec');
    const result = page.evaluate(() => new Promise<{ frames: number; fps: number; tourMs: number; elapsedMs: number; size: number }>((resolve) => {
      document.addEventListener('atlas:video-exported', (e) => {
        const d = (e as CustomEvent<{ frames: number; fps: number; tourMs: number; elapsedMs: number; blob: Blob }>).detail;
        resolve({ frames: d.frames, fps: d.fps, tourMs: d.tourMs, elapsedMs: d.elapsedMs, size: d.blob.size });
      }, { once: true });
    }));
    await page.locator('#video-start').click();
    const r = await result;
    const videoS = r.frames / r.fps;
    console.log(`${size} ${codec}: ${r.frames} frames (${videoS.toFixed(2)} s of video, tour ${(r.tourMs / 1000).toFixed(2)} s) in ${(r.elapsedMs / 1000).toFixed(1)} s = ${(r.elapsedMs / 1000 / videoS).toFixed(1)} s per second of video, ${(r.size / 1e6).toFixed(2)} MB`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await served.close();
}
