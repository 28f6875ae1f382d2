/**
 * Pure checks that tie a fact to its source: the quote occurs in the document, is short, and
 * contains the fact's value in one of the ways English news text writes it
 * ("10,000th" for 10000, "343.83 billion" for 343.83e9, "six" for 6, "June 23" for 2022-06-23).
 */
import { plainNumber, SCALE_WORDS } from './plain-number';
import type { Fact } from './types';

export const MAX_QUOTE_WORDS = 30;

/** Collapse every run of whitespace to one space and trim. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** True when `quote` occurs verbatim (whitespace-normalised) in `document`. */
export function isQuoteInDocument(quote: string, document: string): boolean {
  const q = normalizeWhitespace(quote);
  return q.length > 0 && normalizeWhitespace(document).includes(q);
}

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
  'nineteen', 'twenty',
];
const ORDINAL_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function withThousands(n: number): string {
  const [int, frac] = plainNumber(n).split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Textual forms a number can take in the documents, most specific first. */
export function numberForms(value: number): string[] {
  const forms = new Set<string>();
  for (const [scale, word] of SCALE_WORDS) {
    if (Math.abs(value) >= scale) forms.add(`${plainNumber(value / scale)} ${word}`);
  }
  forms.add(withThousands(value));
  forms.add(plainNumber(value));
  return [...forms];
}

/** True when the quote contains the number as digits (not inside a longer number) or as a word. */
export function quoteHasNumber(quote: string, value: number): boolean {
  const q = normalizeWhitespace(quote);
  for (const form of numberForms(value)) {
    const re = new RegExp(`(?<![\\d.,])${escapeRegExp(form)}(?![\\d]|[.,]\\d)`, 'u');
    if (re.test(q)) return true;
  }
  if (Number.isInteger(value) && value >= 0) {
    const words = [NUMBER_WORDS[value], ORDINAL_WORDS[value]].filter((w): w is string => !!w);
    for (const w of words) {
      if (new RegExp(`\\b${w}\\b`, 'iu').test(q)) return true;
    }
  }
  return false;
}

const MONTHS = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may', 'may'],
  ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'],
  ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
] as const;

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined when malformed or out of range. */
export function parsePartialDate(
  text: string,
): { year: number; month?: number; day?: number } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && month !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return undefined;
  }
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/**
 * True when the quote names the date: "June 23", "23 June", "Jan 1, 2010", "Nov 2022", "June"
 * (month precision), or the year (year precision).
 */
export function quoteHasDate(quote: string, date: string): boolean {
  const d = parsePartialDate(date);
  if (!d) return false;
  const q = normalizeWhitespace(quote).toLowerCase();
  if (d.month === undefined) return new RegExp(`(?<!\\d)${d.year}(?!\\d)`, 'u').test(q);
  const names = (MONTHS[d.month - 1] ?? []).join('|');
  if (d.day === undefined) return new RegExp(`\\b(${names})\\b`, 'u').test(q);
  const day = `${d.day}(?:st|nd|rd|th)?`;
  return new RegExp(`\\b(${names})\\.? ${day}\\b|\\b${day} (${names})\\b`, 'u').test(q);
}

/** True when the quote carries the fact's value in a recognised form. */
export function quoteHasValue(fact: Fact): boolean {
  switch (fact.kind) {
    case 'quantity':
      return quoteHasNumber(fact.quote, fact.value);
    case 'date': {
      if (!quoteHasDate(fact.quote, fact.date)) return false;
      if (fact.until === undefined) return true;
      const end = parsePartialDate(fact.until);
      return end?.day === undefined
        ? quoteHasDate(fact.quote, fact.until)
        : new RegExp(`\\b${end.day}(?:st|nd|rd|th)?\\b`, 'u').test(fact.quote);
    }
    case 'list': {
      const q = normalizeWhitespace(fact.quote).toLowerCase();
      return fact.items.length > 0 && fact.items.every((item) => q.includes(normalizeWhitespace(item).toLowerCase()));
    }
    case 'text':
      return normalizeWhitespace(fact.quote).toLowerCase().includes(normalizeWhitespace(fact.text).toLowerCase());
  }
}
