/**
 * Line and column of a validation issue in the file it names. Every issue says file, record and
 * field (`seeds/x.yaml: record "f1": field "unit": ...`); this finds that record (the mapping whose
 * `id` is the record's, or `(source)`, `list[i]`, `(file)`) in the parsed YAML document and follows
 * the field (`via[6]`, `camera.bounds[1]`, `label.zh`) as far as it exists. Tours are JSON, which
 * the same parser reads with the same ranges. Pure apart from the parsing of the text given.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Issue } from '../../src/model/issues';

export interface Position {
  line: number;
  col: number;
}

export interface ParsedText {
  /** The plain data (undefined when the text does not parse). */
  data: unknown;
  /** The first syntax error, with its position. */
  error?: { message: string; at?: Position };
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** Parse YAML (or JSON) keeping the node ranges and line starts. */
export function parseText(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split('\n')[0] ?? 'parse error';
    return { data: undefined, error: { message, at: lineCounter.linePos(first.pos[0]) }, doc, lineCounter };
  }
  return { data: doc.toJS() as unknown, doc, lineCounter };
}

/** `camera.bounds[1]` → ['camera', 'bounds', 1]; placeholders such as `(record)` → []. */
export function fieldPath(field: string): Array<string | number> {
  if (field === '' || field.startsWith('(')) return [];
  const out: Array<string | number> = [];
  for (const part of field.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/u.exec(part);
    if (!m) return out;
    if (m[1]) out.push(m[1]);
    for (const idx of (m[2] ?? '').matchAll(/\[(\d+)\]/gu)) out.push(Number(idx[1]));
  }
  return out;
}

type AnyNode = Node | null | undefined;

function child(node: AnyNode, key: string | number): { key?: Node; value: AnyNode } | undefined {
  if (typeof key === 'number') return isSeq(node) && key < node.items.length ? { value: node.items[key] as AnyNode } : undefined;
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return { key: pair.key, value: pair.value as AnyNode };
  }
  return undefined;
}

/** The first mapping (document order) whose `id` is `id`. */
function findById(node: AnyNode, id: string): AnyNode {
  if (isMap(node)) {
    const own = child(node, 'id');
    if (own && isScalar(own.value) && own.value.value === id) return node;
    for (const pair of node.items) {
      const found = findById(pair.value as AnyNode, id);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const found = findById(item as AnyNode, id);
      if (found) return found;
    }
  }
  return undefined;
}

function recordNode(root: AnyNode, id: string): AnyNode {
  if (id === '(source)') return child(root, 'source')?.value ?? root;
  const listItem = /^([A-Za-z]+)\[(\d+)\]$/u.exec(id);
  if (listItem) return child(child(root, listItem[1] ?? '')?.value, Number(listItem[2]))?.value ?? root;
  if (id.startsWith('(')) return root;
  return findById(root, id) ?? root;
}

/**
 * Where record `id`'s `field` is: the key of the last mapping step (an unknown or wrong key is
 * shown where it is written), the item of a list step, or the deepest part of the path that exists
 * (a missing field is shown at its record).
 */
export function locate(parsed: Pick<ParsedText, 'doc' | 'lineCounter'>, id: string, field: string): Position | undefined {
  let node = recordNode(parsed.doc.contents, id);
  let at: Node | undefined = node ?? undefined;
  for (const key of fieldPath(field)) {
    const next = child(node, key);
    if (!next) break;
    at = next.key ?? next.value ?? at;
    node = next.value;
  }
  const offset = at?.range?.[0];
  return offset === undefined ? undefined : parsed.lineCounter.linePos(offset);
}

/** Positions of the files one build read, by the file name its issues use. */
export class SourcePositions {
  private readonly files = new Map<string, ParsedText>();

  /** Parse `text` (YAML or JSON) as `file` and remember it for `attach`. */
  read(file: string, text: string): ParsedText {
    const parsed = parseText(text);
    this.files.set(file, parsed);
    return parsed;
  }

  /** Set line and column on every issue that names a file read here and has none yet. */
  attach(issues: Issue[]): void {
    for (const issue of issues) {
      if (issue.line !== undefined) continue;
      const parsed = this.files.get(issue.file);
      const at = parsed && !parsed.error ? locate(parsed, issue.id, issue.field) : undefined;
      if (at) Object.assign(issue, { line: at.line, col: at.col });
    }
  }
}
