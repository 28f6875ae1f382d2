/** How the project writes a number in words and digits, for quote matching and for display. Pure. */

/** A number printed without float noise: 343.83, 25.25, 10000 (not 343.83000000000004). */
export function plainNumber(n: number): string {
  return String(Number(n.toPrecision(12)));
}

/** English scale words, largest first: "343.83 billion". */
export const SCALE_WORDS: ReadonlyArray<readonly [scale: number, word: string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** `value` with the largest scale word it reaches ("343.83 billion"), or undefined below a million. */
export function scaledEnglish(value: number): string | undefined {
  const hit = SCALE_WORDS.find(([scale]) => Math.abs(value) >= scale);
  return hit ? `${plainNumber(value / hit[0])} ${hit[1]}` : undefined;
}
