/**
 * What an import may be: the caps (stated in the UI and docs/import-export.md) and the check made
 * before a byte is parsed. Pure.
 */

/** Largest file accepted, in bytes (50 MiB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Most features (GeoJSON features or CSV rows) one import may hold. */
export const MAX_FEATURES = 100_000;
/** Largest GeoJSON an embedding host may send with `layer.add`, in characters. */
export const MAX_EMBED_GEOJSON_CHARS = 5 * 1024 * 1024;
/** Vertices one path or polygon may have, and in all (a path layer is drawn on the CPU side first). */
export const MAX_VERTICES_PER_FEATURE = 10_000;
export const MAX_TOTAL_VERTICES = 2_000_000;
/** Property values are cut to this many characters, and at most this many keys are kept per feature. */
export const MAX_PROPERTY_CHARS = 200;
export const MAX_PROPERTY_KEYS = 20;
/** Errors kept for display (the count goes on). */
export const MAX_ERRORS_KEPT = 500;

export type RefusalReason = { kind: 'too-big'; bytes: number } | { kind: 'empty' } | { kind: 'type'; name: string };

export type FileKind = 'csv' | 'geojson';

/** csv or geojson from the name (and the type the browser gives), or null for anything else. */
export function fileKind(name: string, type = ''): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || type === 'text/csv') return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json') || type === 'application/geo+json' || type === 'application/json') return 'geojson';
  return null;
}

/** Why a file is refused before parsing, or null if it may be parsed. */
export function refuseBeforeParsing(name: string, bytes: number, type = ''): RefusalReason | null {
  if (bytes > MAX_FILE_BYTES) return { kind: 'too-big', bytes };
  if (bytes === 0) return { kind: 'empty' };
  if (!fileKind(name, type)) return { kind: 'type', name };
  return null;
}
