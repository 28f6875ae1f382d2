/**
 * Validates the hand-written geography, places and corridors (with their legs): the shape by the
 * strict schemas (schemas.ts, which also hold the per-record rules: a routing only on sea legs).
 * Cross-file references are validate-refs.ts. Pure; build time only.
 */
import type { Issue } from './issues';
import { CorridorSchema, parseWith, PlacesFileSchema } from './schemas';
import type { Corridor, Place } from './types';

/** The places of data/places.yaml, or undefined when the file does not have their shape. */
export function validatePlaces(file: string, raw: unknown, issues: Issue[]): Place[] | undefined {
  const parsed = parseWith(PlacesFileSchema, file, raw, issues);
  return parsed.ok ? parsed.value.places : undefined;
}

/** One corridor file, or undefined when it does not have a corridor's shape. */
export function validateCorridor(file: string, raw: unknown, issues: Issue[]): Corridor | undefined {
  const parsed = parseWith(CorridorSchema, file, raw, issues);
  return parsed.ok ? parsed.value : undefined;
}
