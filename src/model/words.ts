/**
 * Counting words the one way the project does: for the 30-word quote limit, the 40-word caption
 * limit and a caption's reading time. Pure.
 */

const HAN = /\p{Script=Han}/gu;
/** Chinese is read by characters: about two characters take as long as one English word. */
export const HAN_PER_WORD = 2;

/**
 * Words separated by white space that contain a letter or a digit ("Chongqing's", "10,000th" and
 * "Chongqing-Singapore" are one word each; a lone dash is none), plus Han characters counted two
 * to a word.
 */
export function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.replace(HAN, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words + han / HAN_PER_WORD;
}
