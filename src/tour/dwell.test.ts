import { describe, expect, it } from 'vitest';
import { autoDwellSeconds, chapterDwellSeconds, flightMs } from './dwell';

describe('chapter dwell', () => {
  it('reads Chinese at two characters a word (countWords in src/model/words.ts)', () => {
    const han40 = '重'.repeat(40);
    expect(chapterDwellSeconds({ dwell: 'auto', title: { en: '', zh: '标题' }, text: { en: '', zh: han40 } }, 'zh')).toBeCloseTo(3 + 0.3 * 21, 6);
  });

  it('is clamp(8 s, 3 s + 0.3 s per word, 20 s)', () => {
    expect(autoDwellSeconds(0)).toBe(8);
    expect(autoDwellSeconds(10)).toBe(8);
    expect(autoDwellSeconds(30)).toBeCloseTo(12, 6);
    expect(autoDwellSeconds(100)).toBe(20);
  });

  it('uses the chapter value, then auto, and lets dwell= override both', () => {
    const words40 = Array.from({ length: 40 }, () => 'word').join(' ');
    const auto = { dwell: 'auto' as const, title: { en: 'A title', zh: '标题' }, text: { en: words40, zh: '短' } };
    expect(chapterDwellSeconds(auto, 'en')).toBeCloseTo(3 + 0.3 * 42, 6);
    expect(chapterDwellSeconds(auto, 'zh')).toBe(8);
    expect(chapterDwellSeconds({ ...auto, dwell: 15 }, 'en')).toBe(15);
    expect(chapterDwellSeconds({ ...auto, dwell: 15 }, 'en', 3)).toBe(3);
  });

  it('shortens flights for short dwells and drops them under reduced motion', () => {
    expect(flightMs(12, false)).toBe(3000);
    expect(flightMs(2, false)).toBe(800);
    expect(flightMs(12, true)).toBe(0);
  });
});
