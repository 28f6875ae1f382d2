/** Validation issues that name the file, the record id and the field. */

export interface Issue {
  file: string;
  id: string;
  field: string;
  message: string;
  /** Where in the file (1-based), when the build knows it (scripts/lib/positions.ts). */
  line?: number;
  col?: number;
}

/** `file: record "id": field "x": message`, then `(at file:line:col)` when the position is known. */
export function formatIssue(issue: Issue): string {
  const at = issue.line === undefined ? '' : ` (at ${issue.file}:${issue.line}:${issue.col ?? 1})`;
  return `${issue.file}: record "${issue.id}": field "${issue.field}": ${issue.message}${at}`;
}

/** Thrown by the build when any issue was found; its message lists every issue. */
export class ValidationError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(`${issues.length} validation issue(s):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ValidationError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads typed fields out of one untrusted record, collecting an issue for each bad field instead of
 * throwing, so a single build run reports every problem at once.
 */
export class RecordReader {
  constructor(
    readonly file: string,
    readonly id: string,
    private readonly record: Record<string, unknown>,
    private readonly issues: Issue[],
  ) {}

  report(field: string, message: string): void {
    this.issues.push({ file: this.file, id: this.id, field, message });
  }

  has(field: string): boolean {
    return this.record[field] !== undefined && this.record[field] !== null;
  }

  raw(field: string): unknown {
    return this.record[field];
  }

  string(field: string, opts: { optional?: boolean; pattern?: RegExp } = {}): string {
    const v = this.record[field];
    if (v === undefined || v === null) {
      if (!opts.optional) this.report(field, 'is missing');
      return '';
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.report(field, `must be a non-empty string, got ${JSON.stringify(v)}`);
      return '';
    }
    if (opts.pattern && !opts.pattern.test(v)) this.report(field, `"${v}" does not match ${opts.pattern}`);
    return v;
  }

  number(field: string, opts: { min?: number; max?: number } = {}): number {
    const v = this.record[field];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.report(field, v === undefined ? 'is missing' : `must be a finite number, got ${JSON.stringify(v)}`);
      return Number.NaN;
    }
    if (opts.min !== undefined && v < opts.min) this.report(field, `${v} is below ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) this.report(field, `${v} is above ${opts.max}`);
    return v;
  }

  boolean(field: string): boolean {
    const v = this.record[field];
    if (typeof v !== 'boolean') this.report(field, v === undefined ? 'is missing' : 'must be true or false');
    return v === true;
  }

  oneOf<T extends string>(field: string, values: readonly T[]): T {
    const v = this.record[field];
    const found = values.find((x) => x === v);
    if (found === undefined) {
      this.report(field, `must be one of ${values.join(', ')}, got ${JSON.stringify(v)}`);
      return values[0] as T;
    }
    return found;
  }

  optionalOneOf<T extends string>(field: string, values: readonly T[]): T | undefined {
    return this.record[field] === undefined ? undefined : this.oneOf(field, values);
  }

  i18n(field: string): { en: string; zh: string } {
    const v = this.record[field];
    if (!isRecord(v)) {
      this.report(field, 'must be an object with en and zh text');
      return { en: '', zh: '' };
    }
    const out = { en: '', zh: '' };
    for (const lang of ['en', 'zh'] as const) {
      const t = v[lang];
      if (typeof t !== 'string' || t.trim() === '') this.report(`${field}.${lang}`, 'is missing or empty');
      else out[lang] = t;
    }
    return out;
  }

  stringArray(field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string[] {
    const v = this.record[field];
    if (v === undefined && opts.optional) return [];
    if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string' && x !== '')) {
      this.report(field, 'must be a list of non-empty strings');
      return [];
    }
    if (opts.nonEmpty && v.length === 0) this.report(field, 'must not be empty');
    return v;
  }

  array(field: string): unknown[] {
    const v = this.record[field];
    if (!Array.isArray(v)) {
      this.report(field, v === undefined ? 'is missing' : 'must be a list');
      return [];
    }
    return v;
  }
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Reports every id that occurs more than once in `ids` (with the file each came from). */
export function findDuplicateIds(
  entries: ReadonlyArray<{ id: string; file: string }>,
  kind: string,
  issues: Issue[],
): void {
  const seen = new Map<string, string>();
  for (const { id, file } of entries) {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ file, id, field: 'id', message: `duplicate ${kind} id (first defined in ${first})` });
    else seen.set(id, file);
  }
}
