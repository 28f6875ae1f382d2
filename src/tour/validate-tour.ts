/**
 * Validates an untrusted tour file against the format and the loaded model. Every problem is
 * reported with the file, the chapter and the field, like the model's validation. Pure.
 */
import { ID_PATTERN, isRecord, type Issue } from '../model/issues';
import { DIRECTIONS, MODES } from '../model/types';
import { countWords } from '../model/words';
import { TOUR_SCHEMA_VERSION, type Bounds, type Chapter, type Tour, type TourCamera, type TourRefs } from './tour-schema';

/** Chapter text is read from across a hall: at most 40 words (B7's content rule). */
export const MAX_TEXT_WORDS = 40;
const MAX_TEXT_CHARS_ZH = 120;
const DIGITS = /[0-9\uFF10-\uFF19]/u;
const MARKUP = /<\s*[a-z/!]/iu;

/**
 * Reads typed fields out of one untrusted tour record, collecting an issue for each bad field
 * instead of throwing. The browser's light check: the build refuses unknown keys and wrong types
 * with the strict schema (src/model/schemas.ts), which stays out of the browser.
 */
class RecordReader {
  constructor(
    readonly file: string,
    readonly id: string,
    private readonly record: Record<string, unknown>,
    private readonly issues: Issue[],
  ) {}

  report(field: string, message: string): void {
    this.issues.push({ file: this.file, id: this.id, field, message });
  }

  has(field: string): boolean {
    return this.record[field] !== undefined && this.record[field] !== null;
  }

  raw(field: string): unknown {
    return this.record[field];
  }

  string(field: string, opts: { optional?: boolean; pattern?: RegExp } = {}): string {
    const v = this.record[field];
    if (v === undefined || v === null) {
      if (!opts.optional) this.report(field, 'is missing');
      return '';
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.report(field, `must be a non-empty string, got ${JSON.stringify(v)}`);
      return '';
    }
    if (opts.pattern && !opts.pattern.test(v)) this.report(field, `"${v}" does not match ${opts.pattern}`);
    return v;
  }

  number(field: string, opts: { min?: number; max?: number } = {}): number {
    const v = this.record[field];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.report(field, v === undefined ? 'is missing' : `must be a finite number, got ${JSON.stringify(v)}`);
      return Number.NaN;
    }
    if (opts.min !== undefined && v < opts.min) this.report(field, `${v} is below ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) this.report(field, `${v} is above ${opts.max}`);
    return v;
  }

  i18n(field: string): { en: string; zh: string } {
    const v = this.record[field];
    if (!isRecord(v)) {
      this.report(field, 'must be an object with en and zh text');
      return { en: '', zh: '' };
    }
    const out = { en: '', zh: '' };
    for (const lang of ['en', 'zh'] as const) {
      const t = v[lang];
      if (typeof t !== 'string' || t.trim() === '') this.report(`${field}.${lang}`, 'is missing or empty');
      else out[lang] = t;
    }
    return out;
  }

  array(field: string): unknown[] {
    const v = this.record[field];
    if (!Array.isArray(v)) {
      this.report(field, v === undefined ? 'is missing' : 'must be a list');
      return [];
    }
    return v;
  }
}

function lngLat(r: RecordReader, field: string, value: unknown): [number, number] | null {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    r.report(field, 'must be [longitude, latitude]');
    return null;
  }
  const [lng, lat] = value as [number, number];
  if (lng < -180 || lng > 180 || lat < -85 || lat > 85) {
    r.report(field, `[${lng}, ${lat}] is out of range (longitude ±180, latitude ±85)`);
    return null;
  }
  return [lng, lat];
}

function readCamera(r: RecordReader): TourCamera {
  const raw = r.raw('camera');
  const fallback: TourCamera = { center: [0, 0], zoom: 1, pitch: 0, bearing: 0 };
  if (!isRecord(raw)) {
    r.report('camera', 'must be an object with bounds (or center and zoom)');
    return fallback;
  }
  // Fields of the camera object are reported as camera.<field> on the chapter.
  const issues: Issue[] = [];
  const c = new RecordReader(r.file, r.id, raw, issues);
  const pitch = c.has('pitch') ? c.number('pitch', { min: 0, max: 60 }) : 0;
  const bearing = c.has('bearing') ? c.number('bearing', { min: -180, max: 180 }) : 0;
  issues.forEach((i) => r.report(`camera.${i.field}`, i.message));
  const hasBounds = c.has('bounds');
  const hasCenter = c.has('center') || c.has('zoom');
  if (hasBounds === hasCenter) {
    r.report('camera', 'needs exactly one of bounds, or center with zoom');
    return fallback;
  }
  if (hasBounds) {
    const b = raw.bounds;
    const sw = Array.isArray(b) && b.length === 2 ? lngLat(r, 'camera.bounds[0]', b[0]) : null;
    const ne = Array.isArray(b) && b.length === 2 ? lngLat(r, 'camera.bounds[1]', b[1]) : null;
    if (!Array.isArray(b) || b.length !== 2) r.report('camera.bounds', 'must be [[west, south], [east, north]]');
    if (!sw || !ne) return fallback;
    if (sw[1] >= ne[1] || sw[0] >= ne[0]) r.report('camera.bounds', 'south-west must be below and left of north-east');
    return { bounds: [sw, ne] as Bounds, pitch: Number.isNaN(pitch) ? 0 : pitch, bearing: Number.isNaN(bearing) ? 0 : bearing };
  }
  const center = lngLat(r, 'camera.center', raw.center);
  const zIssues: Issue[] = [];
  const zoom = new RecordReader(r.file, r.id, raw, zIssues).number('zoom', { min: 0.5, max: 12 });
  zIssues.forEach((i) => r.report(`camera.${i.field}`, i.message));
  if (!center || Number.isNaN(zoom)) return fallback;
  return { center, zoom, pitch: Number.isNaN(pitch) ? 0 : pitch, bearing: Number.isNaN(bearing) ? 0 : bearing };
}

/** Caption text: both languages, plain text (no markup), no figures (they come from facts), short. */
function checkCaption(r: RecordReader, field: string, text: { en: string; zh: string }, maxWords: number): void {
  for (const lang of ['en', 'zh'] as const) {
    const s = text[lang];
    if (MARKUP.test(s)) r.report(`${field}.${lang}`, 'must be plain text, not HTML');
    if (DIGITS.test(s)) r.report(`${field}.${lang}`, 'must not contain figures; show them with facts (by id)');
  }
  const words = countWords(text.en);
  if (words > maxWords) r.report(`${field}.en`, `has ${words} words; at most ${maxWords} can be read from a distance`);
  if ([...text.zh].length > MAX_TEXT_CHARS_ZH) r.report(`${field}.zh`, `has ${[...text.zh].length} characters; at most ${MAX_TEXT_CHARS_ZH}`);
}

function idList(r: RecordReader, field: string, raw: unknown, known: ReadonlySet<string>, kind: string): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || !raw.every((x): x is string => typeof x === 'string')) {
    r.report(field, 'must be a list of ids');
    return [];
  }
  raw.forEach((id, i) => {
    if (!known.has(id)) r.report(`${field}[${i}]`, `unknown ${kind} "${id}"`);
  });
  if (new Set(raw).size !== raw.length) r.report(field, 'lists an id twice');
  return raw.filter((id) => known.has(id));
}

function enumList<T extends string>(r: RecordReader, field: string, raw: unknown, allowed: readonly T[]): T[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every((x): x is T => typeof x === 'string' && (allowed as readonly string[]).includes(x))) {
    r.report(field, `must be a non-empty list of ${allowed.join(', ')}`);
    return undefined;
  }
  return raw;
}

function readChapter(file: string, raw: unknown, i: number, refs: TourRefs, issues: Issue[]): Chapter | null {
  if (!isRecord(raw)) {
    issues.push({ file, id: `chapters[${i}]`, field: '', message: 'must be an object' });
    return null;
  }
  const id = typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : `chapters[${i}]`;
  const r = new RecordReader(file, id, raw, issues);
  r.string('id', { pattern: ID_PATTERN });
  const title = r.i18n('title');
  const text = r.i18n('text');
  checkCaption(r, 'title', title, 8);
  checkCaption(r, 'text', text, MAX_TEXT_WORDS);
  const notes = r.has('notes') ? r.i18n('notes') : { en: '', zh: '' };
  const camera = readCamera(r);
  const h = isRecord(raw.highlight) ? raw.highlight : {};
  if (raw.highlight !== undefined && !isRecord(raw.highlight)) r.report('highlight', 'must be an object with corridors and places');
  const f = isRecord(raw.filters) ? raw.filters : {};
  if (raw.filters !== undefined && !isRecord(raw.filters)) r.report('filters', 'must be an object with directions and modes');
  const directions = enumList(r, 'filters.directions', f.directions, DIRECTIONS);
  const modes = enumList(r, 'filters.modes', f.modes, MODES);
  const facts = idList(r, 'facts', raw.facts, refs.facts, 'fact');
  if (facts.length === 0) r.report('facts', 'must name at least one fact: every chapter shows its figures');
  let dwell: number | 'auto' = 'auto';
  if (raw.dwell !== undefined && raw.dwell !== 'auto') dwell = r.number('dwell', { min: 2, max: 120 });
  return {
    id,
    title,
    text,
    notes,
    camera,
    highlight: {
      corridors: idList(r, 'highlight.corridors', h.corridors, refs.corridors, 'corridor'),
      places: idList(r, 'highlight.places', h.places, refs.places, 'place'),
    },
    filters: { ...(directions ? { directions } : {}), ...(modes ? { modes } : {}) },
    facts,
    dwell: Number.isNaN(dwell) ? 'auto' : dwell,
  };
}

export type TourResult = { tour: Tour; issues: [] } | { tour: null; issues: Issue[] };

/** Check a parsed tour file; `file` names it in every issue. */
export function validateTour(raw: unknown, refs: TourRefs, file: string): TourResult {
  const issues: Issue[] = [];
  if (!isRecord(raw)) return { tour: null, issues: [{ file, id: '(file)', field: '', message: 'must be a JSON object' }] };
  const id = typeof raw.id === 'string' ? raw.id : '(tour)';
  const r = new RecordReader(file, id, raw, issues);
  if (raw.schemaVersion !== TOUR_SCHEMA_VERSION) r.report('schemaVersion', `must be ${TOUR_SCHEMA_VERSION}, got ${JSON.stringify(raw.schemaVersion)}`);
  r.string('id', { pattern: ID_PATTERN });
  const version = r.number('version', { min: 1 });
  const title = r.i18n('title');
  const rawChapters = r.array('chapters');
  if (Array.isArray(raw.chapters) && rawChapters.length === 0) r.report('chapters', 'must not be empty');
  const chapters = rawChapters.map((c, i) => readChapter(file, c, i, refs, issues)).filter((c): c is Chapter => c !== null);
  const seen = new Set<string>();
  for (const c of chapters) {
    if (seen.has(c.id)) issues.push({ file, id: c.id, field: 'id', message: 'is used by two chapters' });
    seen.add(c.id);
  }
  if (issues.length > 0) return { tour: null, issues };
  return { tour: { schemaVersion: 1, id, version, title, chapters }, issues: [] };
}
