import { describe, expect, it } from 'vitest';
import { vt } from './strings';

describe('video strings', () => {
  it('fills parameters in both languages', () => {
    expect(vt('en', 'progress', { n: 3, total: 10 })).toBe('Frame 3 of 10');
    expect(vt('zh', 'progress', { n: 3, total: 10 })).toBe('第 3 帧，共 10 帧');
    expect(vt('en', 'encoder', {})).toBe('Encoder: {codec}');
  });
});
