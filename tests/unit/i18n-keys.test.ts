/**
 * The string tables stay honest: every key is used somewhere in src/ or the pages, every key the
 * code or the pages name exists in both languages, and the two languages agree on placeholders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, isStringKey, ZH } from '../../src/i18n/strings';

const ROOT = join(import.meta.dirname, '../..');
const STRINGS_FILE = 'src/i18n/strings.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/u.test(e.name) && !/\.test\.ts$/u.test(e.name) ? [path] : [];
  });
}

/** Every source file and page a key can be used from, as [path relative to the root, text]. */
const FILES: ReadonlyArray<[string, string]> = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'index.html'), join(ROOT, 'presenter.html')]
  .map((path) => [relative(ROOT, path).replaceAll('\\', '/'), readFileSync(path, 'utf8')]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Keys written as a quoted literal ('key', "key" or `key`). The tables in strings.ts write their own
 * keys unquoted, so a quoted key there (QUALIFIER_KEYS) is a use.
 */
function literalUses(key: string): string[] {
  const re = new RegExp(`(['"\`])${escape(key)}\\1`, 'u');
  return FILES.filter(([, text]) => re.test(text)).map(([path]) => path);
}

/** Keys the code or a page names: data-i18n* attributes (HTML or h() props) and t(lang, 'key') calls. */
function namedKeys(): Array<{ key: string; file: string }> {
  const patterns = [
    /data-i18n(?:-label|-placeholder)?=["']([^"']*)["']/gu,
    /['"]data-i18n(?:-label|-placeholder)?['"]\s*:\s*['"]([^'"]*)['"]/gu,
    /\bt\(\s*[\w.]+\s*,\s*['"]([^'"]+)['"]/gu,
    /\bt\(\s*[\w.]+\s*,\s*[^,()?]+\?\s*['"]([^'"]+)['"]\s*:\s*['"]([^'"]+)['"]/gu,
  ];
  return FILES.filter(([path]) => path !== STRINGS_FILE).flatMap(([file, text]) =>
    patterns.flatMap((re) => [...text.matchAll(re)].flatMap((m) => m.slice(1).filter((k) => k !== undefined).map((key) => ({ key, file })))));
}

/** `{name}` and the `{name, plural, …}` of format.ts's templates. */
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/gu)].map((m) => m[1] ?? '').sort();

describe('i18n keys', () => {
  it('every key in the tables is used in src/ or a page', () => {
    const unused = Object.keys(EN).filter((key) => literalUses(key).length === 0);
    expect(unused, 'keys no source file or page names: remove them or use them').toEqual([]);
  });

  it('every key the code and the pages name exists in English and in Chinese', () => {
    const named = namedKeys();
    // The scan itself must see the page attributes and the t() calls, or this test proves nothing.
    expect(named.some((n) => n.file === 'index.html' && n.key === 'skipToList')).toBe(true);
    expect(named.some((n) => n.file === 'src/ui/toolbar.ts' && n.key === 'languageLabel')).toBe(true);
    expect(named.some((n) => n.file === 'src/ui/tour-caption.ts' && n.key === 'tourResume')).toBe(true);
    const missing = named.filter(({ key }) => !Object.hasOwn(EN, key) || !Object.hasOwn(ZH, key)).map(({ key, file }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('English and Chinese have the same keys, no empty text and the same placeholders', () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
    const keys = Object.keys(EN).filter(isStringKey);
    expect(keys.filter((k) => EN[k].trim() === '' || ZH[k].trim() === '')).toEqual([]);
    expect(keys.filter((k) => placeholders(EN[k]).join() !== placeholders(ZH[k]).join())).toEqual([]);
  });
});
