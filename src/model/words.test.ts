import { describe, expect, it } from 'vitest';
import { countWords } from './words';

describe('countWords', () => {
  it('counts words separated by any white space', () => {
    expect(countWords('one  two\nthree\tfour ')).toBe(4);
    expect(countWords('Rail runs south, to Qinzhou.')).toBe(5);
  });

  it('counts nothing in blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
  });

  it('counts a word with an apostrophe, a hyphen or digit grouping once, and a lone dash not at all', () => {
    expect(countWords("Chongqing's Chongqing-Singapore 10,000th")).toBe(3);
    expect(countWords('Chongqing — Singapore')).toBe(2);
  });

  it('counts Han characters two to a word, beside Latin words', () => {
    expect(countWords('重庆是枢纽')).toBe(2.5);
    expect(countWords('Chongqing 重庆')).toBe(2);
    expect(countWords('重庆，枢纽。')).toBe(2);
  });
});
