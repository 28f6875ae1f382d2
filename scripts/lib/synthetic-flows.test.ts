import { describe, expect, it } from 'vitest';
import { createFlowReader, detectColumns } from '../../src/data-io/csv-flows';
import { createLayerBuilder } from '../../src/data-io/imported-layer';
import { flowsCsv, mulberry32, syntheticFlows } from './synthetic-flows';

describe('synthetic flows for the bench', () => {
  it('are the same for the same seed and differ for another', () => {
    expect([...syntheticFlows(50).target]).toEqual([...syntheticFlows(50).target]);
    expect([...syntheticFlows(50, 13).target]).not.toEqual([...syntheticFlows(50).target]);
    const r = mulberry32(1);
    expect([r(), r()].every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('import as the same arcs the baseline draws, every row valid', () => {
    const f = syntheticFlows(1000);
    const [head = '', ...rows] = flowsCsv(f).trim().split('\n');
    const cols = detectColumns(head.split(','));
    if (!cols) throw new Error('no columns');
    const out = createLayerBuilder();
    createFlowReader(cols, new Map(), out).rows(rows.map((r) => r.split(',')), 1);
    const c = out.finish();
    expect(c.errors).toEqual([]);
    expect([...c.arcs.source]).toEqual([...f.source]);
    expect([...c.arcs.target]).toEqual([...f.target]);
    expect([...c.arcs.weight]).toEqual([...f.weight]);
  });
});
