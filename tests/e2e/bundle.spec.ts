/** What ships: the built browser bundle carries no build-time geometry library. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ASSETS = join(import.meta.dirname, '../../dist/assets');

describe('the browser bundle (dist/, from vite build)', () => {
  const scripts = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));

  it('has the entry chunk', () => {
    expect(scripts.some((f) => /^main-.*\.js$/u.test(f))).toBe(true);
  });

  // Strings only turf's helpers carry (its unit table and its unit error); maplibre has its own Earth radius.
  it.each(scripts)('%s contains no turf', (file) => {
    const text = readFileSync(join(ASSETS, file), 'utf8');
    expect(text.includes('units is invalid') || text.includes('centimetres'), `${file} bundles @turf/helpers`).toBe(false);
  });
});
