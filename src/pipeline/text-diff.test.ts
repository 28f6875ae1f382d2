import { describe, expect, it } from 'vitest';
import { diffLines, formatLineDifferences } from './text-diff';

describe('diffLines', () => {
  it('finds nothing in equal texts', () => {
    expect(diffLines('a\nb\n', 'a\nb\n')).toEqual({ differences: [], total: 0 });
  });

  it('names the line and column of each difference, up to the limit, and counts them all', () => {
    const r = diffLines('a\nbcd\ne\nf\ng', 'a\nbXd\ne\nF\nG', 2);
    expect(r.total).toBe(3);
    expect(r.differences).toEqual([
      { line: 2, column: 2, expected: 'bcd', actual: 'bXd' },
      { line: 4, column: 1, expected: 'f', actual: 'F' },
    ]);
  });

  it('reports a missing or extra line as absent on one side', () => {
    expect(diffLines('a\nb', 'a').differences).toEqual([{ line: 2, column: 1, expected: 'b', actual: undefined }]);
    expect(diffLines('a', 'a\nb').differences).toEqual([{ line: 2, column: 1, expected: undefined, actual: 'b' }]);
  });

  it('cuts a long line to a window around the first differing character', () => {
    const before = 'x'.repeat(1000);
    const r = diffLines(`${before}A${before}`, `${before}B${before}`);
    expect(r.differences[0]?.column).toBe(1001);
    expect(r.differences[0]?.expected).toBe(`…${'x'.repeat(60)}A${'x'.repeat(59)}…`);
    expect(r.differences[0]?.actual).toBe(`…${'x'.repeat(60)}B${'x'.repeat(59)}…`);
  });
});

describe('formatLineDifferences', () => {
  it('prints line, column, expected and actual, then the count', () => {
    expect(formatLineDifferences(diffLines('a\nb', 'a'))).toBe('line 2, column 1:\n  expected: b\n  actual:   (no such line)\n1 line(s) differ');
  });

  it('names the two sides as asked', () => {
    expect(formatLineDifferences(diffLines('a', 'b'), { expected: 'committed', actual: 'fresh' }))
      .toBe('line 1, column 1:\n  committed: a\n  fresh:     b\n1 line(s) differ');
  });
});
