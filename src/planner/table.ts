/**
 * The comparison as a table: sortable columns over the rows of `compare.ts`, and the same fields as
 * CSV (one row per option, RFC 4180 quoting; the embed API's `routes.compare` payload has the same
 * names). Pure.
 */
import type { Comparison, RouteRow } from './compare';

export const SORT_KEYS = ['option', 'distanceKm', 'officialKm', 'days', 'transshipments', 'borders', 'passages', 'co2eKgPerTeu', 'co2eKgPerTonne'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The value a column sorts by; blocked and missing values sort last in either direction. */
export function sortValue(row: RouteRow, key: SortKey): number | string | null {
  switch (key) {
    case 'option': return row.id;
    case 'distanceKm': return row.distanceKm;
    case 'officialKm': return row.officialKm;
    case 'days': return row.days ? (row.days.min + row.days.max) / 2 : null;
    case 'transshipments': return row.transshipments;
    case 'borders': return row.borders;
    case 'passages': return row.passages.length;
    case 'co2eKgPerTeu': return row.co2eKgPerTeu;
    case 'co2eKgPerTonne': return row.co2eKgPerTonne;
  }
}

export function sortRows(rows: readonly RouteRow[], key: SortKey, dir: 'ascending' | 'descending'): RouteRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * sign;
  });
}

export const CSV_COLUMNS = ['to', 'closed', 'id', 'corridors', 'modes', 'distanceKm', 'officialKm', 'daysMin', 'daysMax', 'daysBasis', 'transshipments', 'borders', 'passages', 'co2eKgPerTeu', 'co2eKgPerTonne', 'tonnesPerTeu', 'blocked'] as const;

function cell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function comparisonCsv(c: Comparison): string {
  const lines = c.routes.map((r) => [
    c.to, c.closed.join(' '), r.id, r.corridors.join(' '), r.modes.join(' '), r.distanceKm, r.officialKm,
    r.days?.min ?? null, r.days?.max ?? null, r.days?.basis ?? null, r.transshipments, r.borders, r.passages.join(' '),
    r.co2eKgPerTeu, r.co2eKgPerTonne, c.tonnesPerTeu, r.blocked,
  ].map(cell).join(','));
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

/** The embed API's answer: the public fields of each row. */
export function comparisonPayload(c: Comparison): {
  to: string; closed: string[];
  routes: Array<{ id: string; corridors: string[]; modes: string[]; distanceKm: number | null; officialKm: number | null; days: RouteRow['days']; co2eKgPerTeu: number | null; transshipments: number; passages: string[] }>;
} {
  return {
    to: c.to,
    closed: [...c.closed],
    routes: c.routes.map((r) => ({
      id: r.id, corridors: [...r.corridors], modes: [...r.modes], distanceKm: r.distanceKm, officialKm: r.officialKm,
      days: r.days, co2eKgPerTeu: r.co2eKgPerTeu, transshipments: r.transshipments, passages: [...r.passages],
    })),
  };
}
