import { describe, expect, it } from 'vitest';
import { announceText, distanceDigits, formatDistance, formatKmText, formatNmText } from './measure-format';

describe('distances in km and nautical miles', () => {
  it('digits by size', () => {
    expect([0.5, 9.99, 10, 999.9, 1000, 20000].map(distanceDigits)).toEqual([2, 2, 1, 1, 0, 0]);
  });

  it('Chongqing to Duisburg (8,109.227 km = 4,378.632 nm) in English and Chinese', () => {
    expect(formatDistance(8109.227, 'en')).toBe('8,109 km · 4,379 nm');
    expect(formatDistance(8109.227, 'zh')).toBe('8,109 公里 · 4,379 海里');
  });

  it('short distances keep decimals; 1.852 km is one nautical mile', () => {
    expect(formatKmText(1.852, 'en')).toBe('1.85 km');
    expect(formatNmText(1.852, 'en')).toBe('1.00 nm');
    expect(formatKmText(111.19508, 'zh')).toBe('111.2 公里');
    expect(formatNmText(111.19508, 'zh')).toBe('60.0 海里');
    expect(formatDistance(0, 'en')).toBe('0.00 km · 0.00 nm');
  });

  it('the announcement names both units and the points', () => {
    expect(announceText(8109.227, 2, 'en')).toBe('Total distance 8,109 kilometres, 4,379 nautical miles, 2 points.');
    expect(announceText(8109.227, 2, 'zh')).toBe('总距离 8,109 公里，4,379 海里，共 2 个点。');
    expect(announceText(0, 1, 'en')).toBe('Total distance 0.00 kilometres, 0.00 nautical miles, 1 point.');
    expect(announceText(0, 1, 'zh')).toBe('总距离 0.00 公里，0.00 海里，共 1 个点。');
  });
});
