/** Flag values for the command-line scripts (parsed by node:util parseArgs, strict). */

/** A flag's value as a positive number, or an error naming the flag. */
export function positiveFlag(name: string, raw: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number, got "${raw}"`);
  return n;
}
