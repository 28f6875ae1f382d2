import { describe, expect, it } from 'vitest';
import { plainNumber, scaledEnglish } from './plain-number';

describe('plainNumber', () => {
  it('prints without float noise', () => {
    expect(plainNumber(343.83e9 / 1e9)).toBe('343.83');
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(10000)).toBe('10000');
    expect(plainNumber(-2.5)).toBe('-2.5');
  });
});

describe('scaledEnglish', () => {
  it('uses the largest scale word the value reaches', () => {
    expect(scaledEnglish(343.83e9)).toBe('343.83 billion');
    expect(scaledEnglish(1.2e12)).toBe('1.2 trillion');
    expect(scaledEnglish(25.25e6)).toBe('25.25 million');
    expect(scaledEnglish(-3e9)).toBe('-3 billion');
  });

  it('has no form below a million', () => {
    expect(scaledEnglish(999999)).toBeUndefined();
  });
});
