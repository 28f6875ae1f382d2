/**
 * The first lines where two texts differ, short enough to read in a failing test or a build log
 * (model lines can hold thousands of coordinates, so each is cut to a window around the change).
 */
export interface LineDifference {
  /** 1-based line number. */
  line: number;
  /** 1-based column of the first differing character. */
  column: number;
  /** The expected and actual line around `column`, or undefined where that text has no such line. */
  expected: string | undefined;
  actual: string | undefined;
}

/** Characters shown on each side of the first difference in a line. */
const CONTEXT_CHARS = 60;

function excerpt(line: string | undefined, at: number): string | undefined {
  if (line === undefined) return undefined;
  const from = Math.max(0, at - CONTEXT_CHARS);
  const to = Math.min(line.length, at + CONTEXT_CHARS);
  return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}

function firstDifferentChar(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i]) return i;
  return n;
}

/** Up to `limit` differing lines, in order; empty when the texts are equal. */
export function diffLines(expected: string, actual: string, limit = 3): { differences: LineDifference[]; total: number } {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const differences: LineDifference[] = [];
  let total = 0;
  for (let i = 0; i < Math.max(e.length, a.length); i += 1) {
    const el = e[i];
    const al = a[i];
    if (el === al) continue;
    total += 1;
    if (differences.length >= limit) continue;
    const at = firstDifferentChar(el ?? '', al ?? '');
    differences.push({ line: i + 1, column: at + 1, expected: excerpt(el, at), actual: excerpt(al, at) });
  }
  return { differences, total };
}

/**
 * "line 12, column 40:\n  expected: …\n  actual:   …" for each difference, then how many lines
 * differ; `labels` renames the two sides (the build's --check says committed and fresh).
 */
export function formatLineDifferences(
  { differences, total }: { differences: readonly LineDifference[]; total: number },
  labels: { expected: string; actual: string } = { expected: 'expected', actual: 'actual' },
): string {
  const width = Math.max(labels.expected.length, labels.actual.length) + 1;
  const row = (label: string, s: string | undefined): string => `  ${`${label}:`.padEnd(width)} ${s ?? '(no such line)'}`;
  const blocks = differences.map((d) => [`line ${d.line}, column ${d.column}:`, row(labels.expected, d.expected), row(labels.actual, d.actual)].join('\n'));
  return [...blocks, `${total} line(s) differ`].join('\n');
}
