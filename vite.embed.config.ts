import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The host SDK, built as one small dependency-free script: dist/embed.js (global CorridorAtlas). */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    minify: true,
    lib: {
      entry: fileURLToPath(new URL('./src/embed/sdk.ts', import.meta.url)),
      name: 'CorridorAtlas',
      formats: ['iife'],
      fileName: () => 'embed.js',
    },
  },
  logLevel: 'warn',
});
