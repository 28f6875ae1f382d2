/** Which sea passages a lane goes through: the passage boxes its segments cross. Pure. */
import type { Passage, PassageId } from '../model/routes';
import type { LonLat } from '../geo/lon-lat';

type Box = readonly [number, number, number, number];

/** Does the segment a-b cross the box (Liang-Barsky clipping in degrees)? */
export function segmentCrossesBox(a: LonLat, b: LonLat, [w, s, e, n]: Box): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const clips: Array<[number, number]> = [[-dx, a[0] - w], [dx, e - a[0]], [-dy, a[1] - s], [dy, n - a[1]]];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The box shifted by whole turns so a line with unwrapped longitudes meets it where it is. */
function shifted(box: Box, turns: number): Box {
  return [box[0] + 360 * turns, box[1], box[2] + 360 * turns, box[3]];
}

/** Does the segment cross the passage's box (in any world copy)? */
export function segmentPasses(a: LonLat, b: LonLat, box: Box): boolean {
  return [-1, 0, 1].some((k) => segmentCrossesBox(a, b, shifted(box, k)));
}

/** Passages a line goes through, in the order of `passages`. */
export function passagesOf(line: readonly LonLat[], passages: readonly Passage[]): PassageId[] {
  return passages
    .filter((p) => line.some((a, i) => i > 0 && segmentPasses(line[i - 1] as LonLat, a, p.box)))
    .map((p) => p.id);
}

/** Every non-empty subset of `ids`, each sorted in the order of `ids`, smallest first. */
export function subsetsOf<T>(ids: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << ids.length; mask++) out.push(ids.filter((_, i) => mask & (1 << i)));
  return out.sort((a, b) => a.length - b.length);
}
