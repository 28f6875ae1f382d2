/**
 * Synthetic origin-destination flows for the bench's scale cases, from a fixed seed: the same
 * arcs for the app (as a CSV file dropped on the map) and the baseline page (as typed arrays).
 * Origins lie around a few Chinese hubs, destinations anywhere between 60°S and 70°N; weights 1-1000.
 * Pure, no I/O; imported by scripts/bench.ts and bench/baseline.ts.
 */

export interface SyntheticFlows {
  count: number;
  source: Float64Array;
  target: Float64Array;
  weight: Float32Array;
}

/** Seed of every bench run. */
export const FLOW_SEED = 12;

/** mulberry32: a small, fast, well-mixed 32-bit generator (same numbers in Node and the browser). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HUBS: ReadonlyArray<readonly [number, number]> = [[106.55, 29.56], [104.07, 30.67], [108.62, 21.95], [121.47, 31.23], [114.3, 30.59]];

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

export function syntheticFlows(count: number, seed = FLOW_SEED): SyntheticFlows {
  const rand = mulberry32(seed);
  const source = new Float64Array(count * 2);
  const target = new Float64Array(count * 2);
  const weight = new Float32Array(count);
  for (let i = 0; i < count; i += 1) {
    const hub = HUBS[Math.floor(rand() * HUBS.length)] ?? HUBS[0] ?? [106.55, 29.56];
    source[i * 2] = round5(hub[0] + (rand() - 0.5) * 4);
    source[i * 2 + 1] = round5(hub[1] + (rand() - 0.5) * 4);
    target[i * 2] = round5(-180 + rand() * 360);
    target[i * 2 + 1] = round5(-60 + rand() * 130);
    weight[i] = 1 + Math.floor(rand() * 1000);
  }
  return { count, source, target, weight };
}

/** The flows as the CSV a user would drop (o_lon,o_lat,d_lon,d_lat,weight). */
export function flowsCsv(f: SyntheticFlows): string {
  const rows = ['o_lon,o_lat,d_lon,d_lat,weight'];
  for (let i = 0; i < f.count; i += 1) rows.push(`${f.source[i * 2]},${f.source[i * 2 + 1]},${f.target[i * 2]},${f.target[i * 2 + 1]},${f.weight[i]}`);
  return `${rows.join('\n')}\n`;
}
