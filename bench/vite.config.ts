import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the baseline page into dist-bench/ (never shipped with the app). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist-bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { baseline: fileURLToPath(new URL('./baseline.html', import.meta.url)) } },
  },
  logLevel: 'warn',
});
