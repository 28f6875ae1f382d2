import { describe, expect, it } from 'vitest';
import { estimateTextWidth, mapLabelText, placeLabels, type LabelCandidate } from './label-placement';

const c = (id: string, x: number, y: number, priority: number, width = 60): LabelCandidate => ({ id, x, y, width, height: 14, priority });
const view = { width: 800, height: 600 };

describe('placeLabels', () => {
  it('keeps the higher-priority label when two overlap', () => {
    expect(placeLabels([c('low', 100, 100, 1), c('high', 110, 104, 5)], view)).toEqual(new Set(['high']));
  });
  it('keeps both when they are apart', () => {
    expect(placeLabels([c('a', 100, 100, 1), c('b', 100, 140, 1)], view)).toEqual(new Set(['a', 'b']));
  });
  it('drops labels off screen and with invalid positions', () => {
    expect(placeLabels([c('off', -200, 100, 9), c('nan', Number.NaN, 0, 9), c('on', 10, 10, 0)], view)).toEqual(new Set(['on']));
  });
  it('drops a label the edge would cut, however high its priority', () => {
    expect(placeLabels([c('cut', 760, 100, 9), c('whole', 700, 300, 0)], view)).toEqual(new Set(['whole']));
  });
  it('is deterministic on equal priority (by id)', () => {
    expect(placeLabels([c('b', 100, 100, 1), c('a', 105, 100, 1)], view)).toEqual(new Set(['a']));
  });
});

describe('estimateTextWidth', () => {
  it('counts CJK characters wider than Latin ones', () => {
    expect(estimateTextWidth('重庆', 12)).toBe(24);
    expect(estimateTextWidth('Chongqing', 12)).toBeCloseTo(60.48, 2);
  });
});

describe('mapLabelText', () => {
  it('drops a trailing parenthesis in either script, and keeps names without one', () => {
    expect(mapLabelText('Tuanjiecun Station (International Logistics Hub Park)')).toBe('Tuanjiecun Station');
    expect(mapLabelText('团结村站（国际物流枢纽园区）')).toBe('团结村站');
    expect(mapLabelText('Jakarta (Tanjung Priok)')).toBe('Jakarta');
    expect(mapLabelText('Duisburg')).toBe('Duisburg');
    expect(mapLabelText('(x)')).toBe('(x)');
  });
});
