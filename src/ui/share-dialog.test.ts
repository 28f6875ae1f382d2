import { describe, expect, it } from 'vitest';
import { FULL_WIDTH, sizeText, snippetMaxWidth } from './share-dialog';

describe('share dialog preview size', () => {
  it('full width is the SPEC default snippet (no cap)', () => {
    expect(snippetMaxWidth(FULL_WIDTH)).toBeUndefined();
    expect(sizeText(FULL_WIDTH, 'en')).toBe('Full width of the page, 16:10, at least 400 px tall');
    expect(sizeText(FULL_WIDTH, 'zh')).toBe('页面全宽，16:10，高度至少400像素');
  });
  it('a narrower step caps the snippet and names its size at 16:10 with the 400 px floor', () => {
    expect(snippetMaxWidth(640)).toBe(640);
    expect(sizeText(640, 'en')).toBe('640 × 400 px');
    expect(sizeText(960, 'zh')).toBe('960 × 600 px');
    expect(sizeText(320, 'en')).toBe('320 × 400 px');
  });
});
