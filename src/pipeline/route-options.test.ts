import { describe, expect, it } from 'vitest';
import { isTransfer, type RouteStep } from '../model/routes';
import type { CorridorId, LegId, LegRole, Mode, PlaceId } from '../model/types';
import type { LonLat } from '../geo/lon-lat';
import type { Edge, RouteGraph } from './route-graph';
import { allowedNext, collapsedModes, dominantCorridor, findOptions, optionKind, toSteps } from './route-options';

/** A small network: Chongqing hub O to destination D by rail (X), by rail+sea through port P (Y), by air (A). */
function graph(): RouteGraph {
  const out = new Map<PlaceId, Edge[]>();
  const coord = new Map<PlaceId, LonLat>([['O', [0, 0]], ['M', [5, 1]], ['D', [10, 0]], ['P', [2, -3]], ['Q', [8, -3]]] as Array<[PlaceId, LonLat]>);
  const add = (leg: string, corridor: string, mode: Mode, from: string, to: string, km: number, role: LegRole = 'trunk'): void => {
    const base = { leg: leg as LegId, corridor: corridor as CorridorId, mode, km, borders: 0, inferred: false, role };
    for (const [a, b] of [[from, to], [to, from]] as const) {
      const list = out.get(a as PlaceId) ?? [];
      list.push({ ...base, from: a as PlaceId, to: b as PlaceId });
      out.set(a as PlaceId, list);
    }
  };
  add('x1', 'X', 'rail', 'O', 'M', 600);
  add('x1', 'X', 'rail', 'M', 'D', 600);
  add('y1', 'Y', 'rail', 'O', 'P', 400);
  add('y2', 'Y', 'sea', 'P', 'Q', 700);
  add('y3', 'Y', 'river', 'Q', 'D', 400);
  add('a1', 'A', 'air', 'O', 'D', 1100);
  // A feeder from the port onto the X line.
  add('z1', 'Z', 'rail', 'P', 'M', 300, 'feeder');
  return { out, coord };
}

describe('route options', () => {
  it('finds one option per corridor and mode chain, cheapest first', () => {
    const options = findOptions(graph(), ['O' as PlaceId], 'D' as PlaceId);
    // X's train to Y's port over the feeder is a chain of its own (named by X, its longest land
    // part), dearer than Y's own line to the port.
    expect(options.map((o) => o.id)).toEqual(['A:air', 'X:rail', 'Y:rail-sea-river', 'X:rail-sea-river']);
    const y = options.find((o) => o.id === 'Y:rail-sea-river');
    expect(y?.steps.map((s) => [s.leg, s.from, s.to, s.km])).toEqual([['y1', 'O', 'P', 400], ['y2', 'P', 'Q', 700], ['y3', 'Q', 'D', 400]]);
    // X is one step: its two parts are the same leg.
    expect(options.find((o) => o.id === 'X:rail')?.steps).toHaveLength(1);
  });

  it('keeps air at the start and only a truck after it, and one stretch at sea', () => {
    const air = { mode: 'air' as Mode };
    const rail = { mode: 'rail' as Mode };
    const sea = { mode: 'sea' as Mode };
    const road = { mode: 'road' as Mode };
    expect(allowedNext([], air)).toBe(true);
    expect(allowedNext([rail], air)).toBe(false);
    expect(allowedNext([air], road)).toBe(true);
    expect(allowedNext([air], rail)).toBe(false);
    expect(allowedNext([air, road], rail)).toBe(false);
    expect(allowedNext([rail, sea, rail], sea)).toBe(false);
    expect(allowedNext([rail, sea], sea)).toBe(true);
  });

  it('counts a change of mode, ship or flight as a transshipment, not a train onto another line', () => {
    const l = (id: string): LegId => id as LegId;
    expect(isTransfer({ mode: 'rail', leg: l('a') }, { mode: 'rail', leg: l('b') })).toBe(false);
    expect(isTransfer({ mode: 'sea', leg: l('a') }, { mode: 'sea', leg: l('b') })).toBe(true);
    expect(isTransfer({ mode: 'rail', leg: l('a') }, { mode: 'sea', leg: l('b') })).toBe(true);
  });

  it('names an option by the corridor with the most km on land before the sea', () => {
    const step = (corridor: string, mode: Mode, km: number): RouteStep => ({ leg: 'l' as LegId, corridor: corridor as CorridorId, mode, from: 'a' as PlaceId, to: 'b' as PlaceId, km, borders: 0, inferred: false });
    expect(dominantCorridor([step('circle', 'rail', 150), step('lsc', 'rail', 900), step('lsc', 'sea', 2500), step('other', 'sea', 9000)])).toBe('lsc');
    expect(dominantCorridor([step('air', 'air', 8000), step('road', 'road', 500)])).toBe('air');
    expect(optionKind([step('cmr', 'rail', 400), step('cer', 'rail', 8000)])).toBe('cer:rail');
    expect(collapsedModes(['rail', 'rail', 'sea', 'river', 'river'])).toEqual(['rail', 'sea', 'river']);
  });

  it('merges consecutive parts of one leg', () => {
    const e = (leg: string, from: string, to: string, km: number): Edge => ({ leg: leg as LegId, corridor: 'C' as CorridorId, mode: 'rail', from: from as PlaceId, to: to as PlaceId, km, borders: 1, inferred: false, role: 'trunk' });
    expect(toSteps([e('a', 'p', 'q', 10), e('a', 'q', 'r', 20), e('b', 'r', 's', 5)]).map((s) => [s.leg, s.from, s.to, s.km, s.borders])).toEqual([['a', 'p', 'r', 30, 2], ['b', 'r', 's', 5, 1]]);
  });

  it('finds nothing for an unreachable destination', () => {
    expect(findOptions(graph(), ['O' as PlaceId], 'nowhere' as PlaceId)).toEqual([]);
  });
});
