/**
 * Line breaking for text drawn on a canvas, pure (the width of a string is measured by the caller):
 * Latin text breaks at spaces, Chinese between any two characters; a word wider than the line is
 * split; lines beyond `maxLines` are dropped and the last one kept ends with an ellipsis.
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Breakable pieces: words with their following space, and single CJK characters. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ') {
      out.push(`${word} `);
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const token of tokens(text)) {
    if (measure((line + token).trimEnd()) <= maxWidth) {
      line += token;
      continue;
    }
    if (line) push();
    // A single token wider than the line: split it by characters.
    let piece = '';
    for (const ch of token) {
      if (piece && measure(piece + ch) > maxWidth) {
        lines.push(piece);
        piece = '';
      }
      piece += ch;
    }
    line = piece;
  }
  if (line.trim()) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[kept.length - 1] ?? '';
  while (last && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return kept;
}
