import { describe, expect, it } from 'vitest';
import { tokens, wrapText } from './text-wrap';

// One unit per character: easy widths.
const measure = (s: string): number => [...s].length;

describe('text wrap', () => {
  it('breaks Latin at spaces and Chinese between characters', () => {
    expect(tokens('ab cd')).toEqual(['ab ', 'cd']);
    expect(tokens('重庆ab')).toEqual(['重', '庆', 'ab']);
    expect(wrapText('the quick brown fox', 10, measure)).toEqual(['the quick', 'brown fox']);
    expect(wrapText('重庆至欧洲的铁路', 3, measure)).toEqual(['重庆至', '欧洲的', '铁路']);
  });

  it('splits a word longer than the line', () => {
    expect(wrapText('abcdefgh ij', 3, measure)).toEqual(['abc', 'def', 'gh', 'ij']);
  });

  it('keeps at most maxLines, the last ending in an ellipsis that fits', () => {
    expect(wrapText('aa bb cc dd', 5, measure, 1)).toEqual(['aa b…']);
    expect(wrapText('aa bb cc dd', 5, measure, 2)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('aa bb cc dd ee', 5, measure, 2)).toEqual(['aa bb', 'cc d…']);
  });
});
