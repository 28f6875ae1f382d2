// @ts-check
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { BOUNDARIES, SINGLE_IMPORTERS, SOURCE_ROOTS } from './config/boundaries.js';

/** @type {{ dependencies: Record<string, string>, devDependencies: Record<string, string> }} */
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/** Every package the project can import ('@types/geojson' is imported as 'geojson'). */
const PACKAGES = [...new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]
  .map((name) => name.replace(/^@types\/(.+)$/u, (_m, n) => (n.includes('__') ? `@${n.replace('__', '/')}` : n))))];
const WHY = 'see the one-way rules in ARCHITECTURE.md (config/boundaries.js)';

/** The last path segment of a root ('src/map' -> 'map', 'src/main.ts' -> 'main'). */
const segment = (root) => root.replace(/^.*\//u, '').replace(/\.ts$/u, '');

/**
 * no-restricted-imports options for one row of the table: our folders it may not import (relative
 * specifiers containing that folder's name), and, outside tests, packages it may not import.
 * @param {import('./config/boundaries.js').Boundary} b
 * @param {boolean} forTests
 */
function restrictions(b, forTests) {
  const isFile = b.path.endsWith('.ts');
  const ownRoot = SOURCE_ROOTS.find((r) => b.path === r || b.path.startsWith(`${r}/`));
  /** @type {Array<Record<string, unknown>>} */
  const patterns = [];
  if (b.imports.includes('src')) {
    // wiring: may import any of our code
  } else if (isFile && b.imports.length === 0) {
    patterns.push({ regex: '^\\.', message: `${b.path} imports nothing of ours: ${WHY}` });
  } else {
    for (const root of SOURCE_ROOTS) {
      if ((!isFile && root === ownRoot) || b.imports.includes(root)) continue;
      // A relative specifier with this folder as one of its segments, except the files the row allows.
      const allowedFiles = b.imports.filter((a) => a.startsWith(`${root}/`)).map((a) => segment(a));
      const except = allowedFiles.length ? `(?!(?:${allowedFiles.join('|')})$)` : '';
      patterns.push({ regex: `^\\.\\.?/(?:.*/)?${segment(root)}(?:/${except}|$)`, message: `${b.path} may not import ${root}: ${WHY}` });
    }
  }
  if (!forTests) {
    for (const name of PACKAGES) {
      if (b.packages.includes(name)) continue;
      const typesOnly = (b.typePackages ?? []).includes(name);
      patterns.push({ group: [name, `${name}/**`], allowTypeImports: typesOnly, message: `${b.path} may not import ${name}${typesOnly ? ' except as types' : ''}: ${WHY}` });
    }
    // Node's built-ins: none in browser code; a build-time row names the ones it needs.
    const builtins = b.packages.filter((p) => p.startsWith('node:')).map((p) => `!${p}`);
    patterns.push({ group: ['node:*', ...builtins], message: `${b.path} may not import Node built-ins: ${WHY}` });
    for (const [name, owner] of Object.entries(SINGLE_IMPORTERS)) {
      patterns.push({ group: [name, `${name}/**`], message: `only ${owner} imports ${name}` });
    }
  }
  return ['error', { patterns }];
}

const boundaryBlocks = BOUNDARIES.flatMap((b) => {
  const files = b.path.endsWith('.ts') ? [b.path] : [`${b.path}/**/*.ts`];
  return [
    { files, ignores: ['**/*.test.ts'], rules: { '@typescript-eslint/no-restricted-imports': restrictions(b, false) } },
    { files: files.map((f) => f.replace(/\.ts$/u, '.test.ts')), rules: { '@typescript-eslint/no-restricted-imports': restrictions(b, true) } },
  ];
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'node_modules/', 'data/model/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', performance: 'readonly',
        fetch: 'readonly', URL: 'readonly', process: 'readonly', requestAnimationFrame: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', HTMLElement: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['scripts/**', 'bench/**', 'tests/**'],
    ignores: ['tests/e2e/helpers/browser.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: Object.entries(SINGLE_IMPORTERS).map(([name, owner]) => ({ group: [name, `${name}/**`], message: `only ${owner} imports ${name}` })) }] },
  },
  // The one-way rules, one block per row of ARCHITECTURE.md's table.
  ...boundaryBlocks,
  {
    // Pure code has no DOM.
    files: ['src/model/**/*.ts', 'src/geo/**/*.ts', 'src/pipeline/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'requestAnimationFrame'] },
  },
);
