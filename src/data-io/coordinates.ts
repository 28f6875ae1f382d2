/**
 * Coordinates as the import accepts them, checked with valibot: WGS 84 [lon, lat(, alt)], finite,
 * lon within ±180 and lat within ±90 (RFC 7946). A failure names the field, the problem and the
 * value, for a message by row. Pure.
 */
import * as v from 'valibot';
import type { ErrorField, ErrorProblem } from './row-error';
import type { Position } from './imported-layer';

const LON = v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180));
const LAT = v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90));
const POSITION = v.tupleWithRest([LON, LAT], v.number());

export interface CoordinateIssue { field: ErrorField; problem: ErrorProblem; value: string }

function valueText(x: unknown): string {
  const text = typeof x === 'string' ? x : typeof x === 'number' ? String(x) : JSON.stringify(x) ?? String(x);
  return text.slice(0, 40);
}

function issueOf(issues: readonly v.BaseIssue<unknown>[], input: unknown): CoordinateIssue {
  const first = issues[0];
  const key = first?.path?.at(-1)?.key;
  if (key === 0 || key === 1) {
    const field: ErrorField = key === 0 ? 'longitude' : 'latitude';
    const value = first?.input;
    const problem: ErrorProblem = typeof value === 'number' && Number.isFinite(value) ? 'range' : 'number';
    return { field, problem, value: valueText(value) };
  }
  return { field: 'geometry', problem: 'geometry', value: valueText(input) };
}

/** A position, or what is wrong with it. */
export function checkPosition(input: unknown): Position | CoordinateIssue {
  const r = v.safeParse(POSITION, input);
  if (r.success) return [r.output[0], r.output[1]];
  return issueOf(r.issues, input);
}

export function isIssue(x: Position | CoordinateIssue): x is CoordinateIssue {
  return !Array.isArray(x);
}

/** A CSV cell as a longitude or latitude, or what is wrong with it. */
export function checkCell(cell: string | undefined, field: 'longitude' | 'latitude'): number | CoordinateIssue {
  const text = (cell ?? '').trim();
  if (text === '') return { field, problem: 'missing', value: '' };
  const n = Number(text);
  const r = v.safeParse(field === 'longitude' ? LON : LAT, n);
  if (r.success) return r.output;
  return { field, problem: Number.isFinite(n) ? 'range' : 'number', value: text.slice(0, 40) };
}
