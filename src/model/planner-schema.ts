/**
 * The file format of data/planner.yaml (passages, estimate assumptions, cited spans, emission
 * factor rows), strict like the other data files. Build time only, like schemas.ts.
 */
import * as v from 'valibot';
import { PASSAGE_IDS } from './routes';
import { MODES } from './types';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/u, 'must be a lowercase id'));
const positive = v.pipe(v.number(), v.finite(), v.minValue(0, 'must not be negative'));
const range = v.pipe(
  v.strictObject({ min: positive, max: positive }),
  v.check((r) => r.min <= r.max, 'min must not exceed max'),
);
const i18n = v.strictObject({ en: v.pipe(v.string(), v.nonEmpty()), zh: v.pipe(v.string(), v.nonEmpty()) });
const box = v.pipe(
  v.tuple([v.number(), v.number(), v.number(), v.number()]),
  v.check(([w, s, e, n]) => w < e && s < n && s >= -90 && n <= 90, 'must be [west, south, east, north] with west < east and south < north'),
);
const span = { from: id, to: id, corridors: v.pipe(v.array(id), v.minLength(1)) };

export const PlannerFileSchema = v.strictObject({
  passages: v.array(v.strictObject({ id: v.picklist(PASSAGE_IDS), name: i18n, short: i18n, box })),
  assumptions: v.strictObject({
    id,
    kmPerDay: v.strictObject({ rail: range, road: range, river: range, sea: range }),
    airDays: range,
    transferDays: range,
  }),
  distances: v.array(v.strictObject({ ...span, km: id })),
  times: v.array(v.strictObject({ ...span, daysMin: id, daysMax: id })),
  factors: v.strictObject({
    id,
    defaultTonnesPerTeu: v.pipe(positive, v.minValue(0.1)),
    rows: v.array(v.strictObject({ mode: v.picklist(MODES), fact: id, per: v.picklist(['teu-km', 't-km']) })),
  }),
});

export type PlannerFile = v.InferOutput<typeof PlannerFileSchema>;
