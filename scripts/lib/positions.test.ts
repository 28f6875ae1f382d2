import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/issues';
import { fieldPath, locate, parseText, SourcePositions } from './positions';

const SEED = [
  '# comment',
  'source:',
  '  id: 001_x',
  '  title: T',
  'facts:',
  '  - id: f1',
  '    kind: quantity',
  '    label: {en: A, zh: B}',
  '    unit: wagons',
  '  - kind: text',
  '    text: x',
].join('\n');

const TOUR = '{\n  "id": "t",\n  "chapters": [\n    { "id": "west", "camera": { "bounds": [[0, 0], [200, 10]] } }\n  ]\n}\n';

describe('fieldPath', () => {
  it('splits dots and indices, and reads placeholders as the record itself', () => {
    expect(fieldPath('camera.bounds[1]')).toEqual(['camera', 'bounds', 1]);
    expect(fieldPath('via[6]')).toEqual(['via', 6]);
    expect(fieldPath('label.zh')).toEqual(['label', 'zh']);
    expect(fieldPath('coord[0][1]')).toEqual(['coord', 0, 1]);
    expect(fieldPath('(record)')).toEqual([]);
    expect(fieldPath('')).toEqual([]);
  });
});

describe('locate', () => {
  const seed = parseText(SEED);

  it('finds a record by id and points at the key of its field', () => {
    expect(locate(seed, 'f1', 'unit')).toEqual({ line: 9, col: 5 });
    expect(locate(seed, 'f1', 'label.zh')).toEqual({ line: 8, col: 20 });
  });

  it('finds (source), list items without an id and the file', () => {
    expect(locate(seed, '(source)', 'title')).toEqual({ line: 4, col: 3 });
    expect(locate(seed, 'facts[1]', 'text')).toEqual({ line: 11, col: 5 });
    expect(locate(seed, '(file)', 'facts')).toEqual({ line: 5, col: 1 });
  });

  it('falls back to the deepest part that exists (a missing field is shown at its record)', () => {
    expect(locate(seed, 'f1', 'quote')).toEqual({ line: 6, col: 5 });
    expect(locate(seed, 'f1', 'label.fr')).toEqual({ line: 8, col: 5 });
    expect(locate(seed, 'no-such-id', 'x')).toEqual({ line: 2, col: 1 });
  });

  it('reads JSON positions (tours) through list indices', () => {
    const tour = parseText(TOUR);
    expect(locate(tour, 'west', 'camera.bounds[1]')).toEqual({ line: 4, col: 52 });
    expect(locate(tour, 't', 'chapters')).toEqual({ line: 3, col: 3 });
  });
});

describe('parseText', () => {
  it('returns the data, or the first syntax error with its position', () => {
    expect(parseText('a: [1, 2]').data).toEqual({ a: [1, 2] });
    const bad = parseText('a: 1\nb: [unclosed');
    expect(bad.data).toBeUndefined();
    // the parser reports an unclosed list where its end is missing: the end of the text
    expect(bad.error?.at).toEqual({ line: 2, col: 13 });
  });
});

describe('SourcePositions', () => {
  it('attaches line and col to issues of files it read, and leaves others alone', () => {
    const positions = new SourcePositions();
    positions.read('seeds/001_x.yaml', SEED);
    const issues: Issue[] = [
      { file: 'seeds/001_x.yaml', id: 'f1', field: 'unit', message: 'm' },
      { file: 'data/other.yaml', id: 'f1', field: 'unit', message: 'm' },
    ];
    positions.attach(issues);
    expect(issues[0]).toMatchObject({ line: 9, col: 5 });
    expect(issues[1]?.line).toBeUndefined();
  });
});
