/**
 * Search over corridors and places in English and Chinese, by name and alias. Pure. Forgives case,
 * diacritics (ł too), punctuation and spacing, and one typo in a term of four letters or more;
 * every term of the query must match the same name. Hand-written (docs/decisions.md): about 1 KB.
 */
import type { Aliases, I18nText, Lang } from '../model/types';
import { fold, typoMatch } from './search-fold';
import type { ModelIndex } from './selectors';
import type { Selection } from './slices/selection-slice';

interface SearchKey {
  folded: string;
  words: string[];
  /** The alias as written, when this key is one. */
  alias?: string;
}

export interface SearchEntry extends Selection {
  en: string;
  zh: string;
  /** Higher ranks first among equal matches (hubs and corridors before waypoints). */
  weight: number;
  keys: SearchKey[];
}

export interface SearchHit extends Selection {
  en: string;
  zh: string;
  /** The alias that matched ("Laos" for Vientiane), when no name did as well. */
  alias?: string;
}

const ROLE_WEIGHT = { hub: 3, gateway: 2, destination: 2, waypoint: 0 } as const;
const CORRIDOR_WEIGHT = 4;

/** Match levels, best first; weights (at most 4) only order matches of one level. */
const EXACT = 100;
const PREFIX = 80;
const WORD = 60;
const CONTAINS = 40;
const TYPO_FIRST_WORD = 25;
const TYPO = 20;

function key(text: string, alias: boolean): SearchKey {
  const folded = fold(text);
  return { folded, words: folded.split(' '), ...(alias ? { alias: text } : {}) };
}

export function makeEntry(sel: Selection, names: readonly I18nText[], aliases: Aliases | undefined, weight: number): SearchEntry {
  const first = names[0] ?? { en: sel.id, zh: sel.id };
  const keys = [
    ...names.flatMap((n) => [key(n.en, false), key(n.zh, false)]),
    ...[...(aliases?.en ?? []), ...(aliases?.zh ?? [])].map((a) => key(a, true)),
  ];
  return { kind: sel.kind, id: sel.id, en: first.en, zh: first.zh, weight, keys };
}

export function buildSearchEntries(index: ModelIndex): SearchEntry[] {
  return [
    ...index.model.corridors.map((c) => makeEntry({ kind: 'corridor', id: c.id }, [c.name, c.short], c.aliases, CORRIDOR_WEIGHT)),
    ...index.places.map(({ properties: p }) => makeEntry({ kind: 'place', id: p.id }, [p.name], p.aliases, ROLE_WEIGHT[p.role])),
  ];
}

function termLevel(term: string, k: SearchKey): number {
  let level = 0;
  k.words.forEach((w, i) => {
    if (w.startsWith(term)) level = WORD;
    else if (level < TYPO_FIRST_WORD && typoMatch(term, w)) level = i === 0 ? TYPO_FIRST_WORD : Math.max(level, TYPO);
  });
  if (level < CONTAINS && (k.folded.includes(term) || k.folded.replaceAll(' ', '').includes(term))) level = CONTAINS;
  return level;
}

function keyScore(k: SearchKey, q: string, terms: readonly string[]): number {
  if (k.folded === q) return EXACT;
  if (k.folded.startsWith(q)) return PREFIX;
  return Math.min(...terms.map((t) => termLevel(t, k)));
}

/** Up to `limit` results for `query`, matched in both languages, best first, one per place or corridor. */
export function search(entries: readonly SearchEntry[], query: string, lang: Lang, limit = 8): SearchHit[] {
  const q = fold(query);
  if (q === '') return [];
  const terms = q.split(' ');
  const hits: Array<{ hit: SearchHit; s: number }> = [];
  for (const e of entries) {
    let best = 0;
    let via: SearchKey | undefined;
    for (const k of e.keys) {
      const s = keyScore(k, q, terms);
      if (s > best) [best, via] = [s, k];
    }
    if (best === 0) continue;
    hits.push({ hit: { kind: e.kind, id: e.id, en: e.en, zh: e.zh, ...(via?.alias ? { alias: via.alias } : {}) }, s: best + e.weight });
  }
  // A typo is a fallback: when the query matches something as written, guesses would only be noise
  // ("Laos" finds Laos, not Los Angeles one letter away).
  const matched = hits.some((h) => h.s >= CONTAINS);
  return hits
    .filter((h) => !matched || h.s >= CONTAINS)
    .sort((a, b) => b.s - a.s || a.hit[lang].localeCompare(b.hit[lang], lang))
    .slice(0, limit)
    .map((x) => x.hit);
}
