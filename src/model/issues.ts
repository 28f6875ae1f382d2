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
