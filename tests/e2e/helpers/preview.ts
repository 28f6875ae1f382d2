/**
 * The only place that serves a built page for tests, the bench and the soak: Vite's own `preview()`
 * (the config's CSP headers included) on a free loopback port. No hand-written static server.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';

export const ROOT = join(import.meta.dirname, '../../..');

export interface Served {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serve `dist/` (the app, `vite.config.ts`) or another build given by its Vite config, e.g.
 * `bench/vite.config.ts` for `dist-bench/`. Fails at once if the build is missing.
 */
export async function servePreview(configFile = 'vite.config.ts', outDir = 'dist'): Promise<Served> {
  if (!existsSync(join(ROOT, outDir))) throw new Error(`${outDir}/ is missing: build it first (npm run build)`);
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: join(ROOT, configFile),
    logLevel: 'error',
    build: { outDir: join(ROOT, outDir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview reported no local URL');
  return { url: url.endsWith('/') ? url : `${url}/`, close: () => server.close() };
}
