/**
 * Parse and format driven by the URL table: one loop for the hash and one for the query, so a row
 * added to the table is read and written without touching this file. Pure; never throws.
 */
import { URL_PARAMS, type UrlParam, type UrlState, type Where } from './params';

export interface Parsed<T> {
  value: T;
  warnings: string[];
}

/** One row with its state field bound in, so rows of different value types sit in one list. */
export interface BoundParam<S = UrlState> {
  key: keyof S;
  name: string;
  where: Where;
  /** Parse `raw` into `out[key]` (or push a warning and leave `out` alone). */
  read(raw: string, out: S, warnings: string[]): void;
  /** `name=value`, or undefined when the state leaves it out or holds a default. */
  write(state: S): string | undefined;
}

/** Percent-encode a value but keep the separators of the contract (`/`, `,`, `:`) readable. */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2F/giu, '/').replace(/%2C/giu, ',').replace(/%3A/giu, ':');
}

/** Rows of any place, by state field (what `bind` needs to keep each row's value type). */
type Rows<S> = { [P in keyof S]-?: UrlParam<Exclude<S[P], undefined>> };

function isSet<T>(v: T | undefined): v is Exclude<T, undefined> {
  return v !== undefined;
}

function bind<S, K extends keyof S>(key: K, table: Rows<S>): BoundParam<S> {
  const row = table[key];
  return {
    key,
    name: row.name,
    where: row.where,
    read(raw, out, warnings) {
      const value = row.codec.parse(raw, row.name, warnings);
      if (value !== undefined) out[key] = value;
    },
    write(state) {
      const value = state[key];
      if (!isSet(value) || row.omit?.(value)) return undefined;
      return `${row.name}=${encodeValue(row.codec.format(value))}`;
    },
  };
}

/** The table's rows in order, each bound to its state field. */
export function bindTable<S>(table: Rows<S>): BoundParam<S>[] {
  const rows: BoundParam<S>[] = [];
  for (const key in table) rows.push(bind(key, table));
  return rows;
}

const ROWS: readonly BoundParam[] = bindTable<UrlState>(URL_PARAMS);

/**
 * Read the parameters of one place. Values come already percent-decoded from URLSearchParams and
 * are not decoded again. A repeated parameter: the last one wins. `onUnknown` gives the warning
 * for a name the table does not know, or undefined to stay silent.
 */
export function parseParams(where: Where, search: string, onUnknown: (name: string) => string | undefined, rows: readonly BoundParam[] = ROWS): Parsed<UrlState> {
  const warnings: string[] = [];
  const out: UrlState = {};
  for (const [name, raw] of new URLSearchParams(search)) {
    const row = rows.find((r) => r.where === where && r.name === name);
    if (row) row.read(raw, out, warnings);
    else {
      const w = onUnknown(name);
      if (w !== undefined) warnings.push(w);
    }
  }
  return { value: out, warnings };
}

/** Write the parameters of one place in table order (without `#` or `?`), leaving out absent and default values. */
export function formatParams(where: Where, state: UrlState, rows: readonly BoundParam[] = ROWS): string {
  return rows.filter((r) => r.where === where).map((r) => r.write(state)).filter((s) => s !== undefined).join('&');
}
