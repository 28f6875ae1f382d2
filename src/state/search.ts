/** Search over corridors and places in English and Chinese. Pure. */
import type { Lang } from '../model/types';
import type { ModelIndex } from './selectors';
import type { Selection } from './slices/selection-slice';

export interface SearchEntry extends Selection {
  en: string;
  zh: string;
  /** Higher ranks first among equal matches (hubs and corridors before waypoints). */
  weight: number;
}

const ROLE_WEIGHT = { hub: 3, gateway: 2, destination: 2, waypoint: 0 } as const;

export function buildSearchEntries(index: ModelIndex): SearchEntry[] {
  return [
    ...index.model.corridors.map((c) => ({ kind: 'corridor' as const, id: c.id, en: c.name.en, zh: c.name.zh, weight: 4 })),
    ...index.model.corridors.map((c) => ({ kind: 'corridor' as const, id: c.id, en: c.short.en, zh: c.short.zh, weight: 4 })),
    ...index.places.map((p) => ({ kind: 'place' as const, id: p.properties.id, en: p.properties.name.en, zh: p.properties.name.zh, weight: ROLE_WEIGHT[p.properties.role] })),
  ];
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase();
}

function score(name: string, q: string): number {
  const n = fold(name);
  if (n === q) return 100;
  if (n.startsWith(q)) return 80;
  if (n.split(/[\s\-(),/]+/u).some((w) => w.startsWith(q))) return 60;
  if (n.includes(q)) return 40;
  return 0;
}

/** Up to `limit` results for `query`, matched in both languages, best first, one per id. */
export function search(entries: readonly SearchEntry[], query: string, lang: Lang, limit = 8): SearchEntry[] {
  const q = fold(query.trim());
  if (q === '') return [];
  const best = new Map<string, { entry: SearchEntry; s: number }>();
  for (const entry of entries) {
    const s = Math.max(score(entry.en, q), score(entry.zh, q));
    if (s === 0) continue;
    const key = `${entry.kind}:${entry.id}`;
    const total = s + entry.weight;
    const prev = best.get(key);
    if (!prev || total > prev.s) best.set(key, { entry, s: total });
  }
  return [...best.values()]
    .sort((a, b) => b.s - a.s || (lang === 'zh' ? a.entry.zh.localeCompare(b.entry.zh, 'zh') : a.entry.en.localeCompare(b.entry.en, 'en')))
    .slice(0, limit)
    .map((x) => x.entry);
}
