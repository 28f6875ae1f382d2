import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './config/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Keep the big map libraries in their own long-cacheable chunks.
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          if (id.includes('node_modules/@deck.gl') || id.includes('node_modules/@luma.gl') || id.includes('node_modules/@math.gl')) return 'deck';
          return undefined;
        },
      },
    },
  },
  // The browser tests run against preview, so they run under the production CSP.
  preview: { strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
