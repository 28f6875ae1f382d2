import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './config/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    // Offline after the first visit: precache the app, the model, the basemap and the tours.
    VitePWA({
      strategies: 'generateSW',
      // A kiosk applies updates only at a loop boundary (src/offline/offline.ts), never mid-chapter.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Corridor Atlas',
        short_name: 'Corridor Atlas',
        description: "Chongqing's international logistics corridors on an offline map, from a cited fact registry.",
        display: 'fullscreen',
        background_color: '#0d1b26',
        theme_color: '#0d1b26',
        start_url: './',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,json,geojson,svg,webmanifest}'],
        // The deployer edits the allowlist without rebuilding: never serve it from the cache.
        globIgnores: ['embed-origins.json', 'embed.js', 'embed-types/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The presenter view is its own page, never the app's fallback.
        navigateFallbackDenylist: [/presenter\.html/u],
        // Query parameters are render flags (mode, lang, tour...): the page is the same file.
        ignoreURLParametersMatching: [/.*/u],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { main: 'index.html', presenter: 'presenter.html' },
      output: {
        // Keep the big map libraries in their own long-cacheable chunks.
        manualChunks(id: string) {
          // The origin-destination arcs load on demand (src/map/scene-renderer.ts imports
          // src/map/layers/arc-layer.ts dynamically): deck.gl's ArcLayer stays out of the first view.
          // Only deck.gl's files here: a group also takes in the modules its members use that no
          // other group claims, and the first view must not import from it.
          if (id.includes('node_modules/@deck.gl/layers/dist/arc-layer/')) return 'flow-arcs';
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
