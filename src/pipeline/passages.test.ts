import { describe, expect, it } from 'vitest';
import type { Passage } from '../model/routes';
import { passagesOf, segmentCrossesBox, segmentPasses, subsetsOf } from './passages';

const SUEZ: Passage = { id: 'suez', name: { en: 'Suez', zh: '苏伊士' }, short: { en: 'Suez', zh: '苏伊士' }, box: [32.2, 29.85, 32.65, 31.35] };
const PANAMA: Passage = { id: 'panama', name: { en: 'Panama', zh: '巴拿马' }, short: { en: 'Panama', zh: '巴拿马' }, box: [-80.0, 8.85, -79.45, 9.45] };

describe('passages', () => {
  it('finds a segment through a box, one that ends inside it, and misses one beside it', () => {
    expect(segmentCrossesBox([32.4, 29], [32.4, 32], [32.2, 29.85, 32.65, 31.35])).toBe(true);
    expect(segmentCrossesBox([32.4, 29], [32.4, 30], [32.2, 29.85, 32.65, 31.35])).toBe(true);
    expect(segmentCrossesBox([33, 29], [33, 32], [32.2, 29.85, 32.65, 31.35])).toBe(false);
    // Diagonal past a corner: both ends outside, the line misses the box.
    expect(segmentCrossesBox([32, 31.5], [32.1, 31.4], [32.2, 29.85, 32.65, 31.35])).toBe(false);
  });

  it('meets a passage in another world copy (unwrapped lines)', () => {
    expect(segmentPasses([280.2, 8], [280.2, 10], PANAMA.box)).toBe(true);
    expect(segmentPasses([-439.8, 8], [-439.8, 10], PANAMA.box)).toBe(true);
  });

  it('lists passages in the order given', () => {
    expect(passagesOf([[-79.7, 8], [-79.7, 10], [32.4, 29], [32.4, 32]], [SUEZ, PANAMA])).toEqual(['suez', 'panama']);
    expect(passagesOf([[0, 0], [1, 1]], [SUEZ, PANAMA])).toEqual([]);
  });

  it('enumerates every non-empty subset, smallest first', () => {
    const all = subsetsOf(['a', 'b', 'c']);
    expect(all).toHaveLength(7);
    expect(all.slice(0, 3)).toEqual([['a'], ['b'], ['c']]);
    expect(all[6]).toEqual(['a', 'b', 'c']);
    expect(subsetsOf(['suez', 'babelmandeb', 'malacca', 'panama', 'gibraltar'])).toHaveLength(31);
  });
});
