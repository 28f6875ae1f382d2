/** Text folding and one-typo matching for search. Pure. */

/** Letters NFKD leaves whole, as the Latin letters a reader types for them. */
const LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/**
 * Lower case without diacritics (ł, ø, đ, ß, æ, œ included), apostrophes dropped ("Xi'an" -> "xian"),
 * every other run of punctuation, dashes and spaces one space; full-width forms become ASCII.
 */
export function fold(s: string): string {
  return s.toLowerCase()
    .replace(/[łøđðħıßæœþ]/gu, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when `a` becomes `b` by at most one insertion, deletion, substitution or swap of neighbours (Damerau). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
  return i === a.length || a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/** Shortest term a typo is forgiven in: shorter ones would match half the map. */
export const TYPO_MIN_LENGTH = 4;

/**
 * True when `term` is one edit away from `word` or from the start of it ("singapur" in
 * "singapore"), for terms of at least TYPO_MIN_LENGTH Latin letters or digits.
 */
export function typoMatch(term: string, word: string): boolean {
  if (term.length < TYPO_MIN_LENGTH || !/^[a-z0-9]+$/u.test(term)) return false;
  for (let n = term.length - 1; n <= term.length + 1; n++) {
    if (n <= word.length && withinOneEdit(term, word.slice(0, n))) return true;
  }
  return false;
}
