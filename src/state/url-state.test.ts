import { describe, expect, it } from 'vitest';
import { DIRECTIONS, MODES } from '../model/types';
import { wrapLongitude } from '../geo/longitude';
import { formatHash, parseHash, parseQuery, parseStyleUrl } from './url-state';

describe('parseHash', () => {
  it('reads every field of the contract', () => {
    const { value, warnings } = parseHash('#map=4.5/29.56/106.55/10/30&sel=land-sea-corridor&dir=west,south&modes=rail,sea&chapter=west');
    expect(warnings).toEqual([]);
    expect(value).toEqual({
      view: { zoom: 4.5, lat: 29.56, lng: 106.55, bearing: 10, pitch: 30 },
      sel: 'land-sea-corridor',
      directions: ['west', 'south'],
      modes: ['rail', 'sea'],
      chapter: 'west',
    });
  });

  it('accepts the short map form and keeps lists in canonical order without duplicates', () => {
    const { value } = parseHash('map=3/30/100&dir=south,west,south');
    expect(value.view).toEqual({ zoom: 3, lat: 30, lng: 100, bearing: 0, pitch: 0 });
    expect(value.directions).toEqual(['west', 'south']);
  });

  it('clamps out-of-range numbers and wraps longitudes, with a warning', () => {
    const { value, warnings } = parseHash('map=40/95/200/0/80');
    expect(value.view).toEqual({ zoom: 12, lat: 85, lng: -160, bearing: 0, pitch: 60 });
    expect(warnings.length).toBe(1);
  });

  it.each([
    ['map=abc', 'map'],
    ['map=1/2', 'map'],
    ['map=1//2', 'map'],
    ['map=NaN/1/2', 'map'],
    ['sel=<img src=x onerror=alert(1)>', 'sel'],
    ['dir=up,down', 'dir'],
    ['modes=teleport', 'modes'],
    ['chapter=../../etc', 'chapter'],
    ['foo=bar', 'foo'],
    ['%E0%A4%A=1', ''],
  ])('malformed %s falls back with a warning and never throws', (hash, field) => {
    const { value, warnings } = parseHash(hash);
    expect(warnings.length).toBeGreaterThan(0);
    if (field === 'map') expect(value.view).toBeUndefined();
    if (field === 'sel') expect(value.sel).toBeUndefined();
    if (field === 'dir') expect(value.directions).toBeUndefined();
  });

  it('keeps the known values of a partly bad list', () => {
    const { value, warnings } = parseHash('modes=rail,teleport');
    expect(value.modes).toEqual(['rail']);
    expect(warnings).toEqual(['modes: ignoring unknown value(s) teleport']);
  });
});

describe('formatHash', () => {
  const all = { directions: [...DIRECTIONS], modes: [...MODES] };
  it('round-trips through parseHash', () => {
    const state = { view: { zoom: 4.25, lat: 29.5628, lng: 106.5528, bearing: -20, pitch: 40 }, sel: 'china-europe-rail', directions: ['west' as const], modes: ['rail' as const, 'sea' as const] };
    const { value } = parseHash(formatHash(state));
    expect(value).toEqual({ view: state.view, sel: 'china-europe-rail', directions: ['west'], modes: ['rail', 'sea'] });
  });
  it('leaves defaults out', () => {
    expect(formatHash({ view: { zoom: 2, lat: 30, lng: 90, bearing: 0, pitch: 0 }, sel: null, ...all })).toBe('map=2/30/90');
  });
});

describe('parseQuery', () => {
  it('reads the render flags', () => {
    const { value, warnings } = parseQuery('?lang=zh&theme=light&motion=reduce&style=/styles/x.json&mode=present&loop=1&idle=60&dwell=8&ui=minimal&api=1&origin=https://partner.example/page');
    expect(warnings).toEqual([]);
    expect(value).toEqual({ lang: 'zh', theme: 'light', motion: 'reduce', style: '/styles/x.json', mode: 'present', loop: true, idle: 60, dwell: 8, ui: 'minimal', api: true, origin: 'https://partner.example' });
  });
  it('warns on bad values and ignores foreign parameters', () => {
    const { value, warnings } = parseQuery('?lang=fr&theme=pink&idle=abc&dwell=9999&style=javascript:alert(1)&utm_source=x');
    expect(value).toEqual({ dwell: 120 });
    expect(warnings).toHaveLength(5);
  });
  it('names the unit of a bad number and clamps it to the table\'s limits', () => {
    const { value, warnings } = parseQuery('?scale=big&dwell=1');
    expect(value).toEqual({ dwell: 2 });
    expect(warnings).toEqual(['scale="big" is not a number (0.75..4); using the default', 'dwell=1 was clamped to 2']);
  });
  it('reads the recorder\'s request: 1 opens it, an even size opens it at that size; odd or huge sizes are ignored', () => {
    expect(parseQuery('?record=1&chapters=2').value).toEqual({ record: 'dialog', chapters: 2 });
    expect(parseQuery('?record=640x360').value).toEqual({ record: { width: 640, height: 360 } });
    const bad = parseQuery('?record=641x360&chapters=0');
    expect(bad.value).toEqual({ chapters: 1 });
    expect(bad.warnings[0]).toBe('record="641x360" is not 1 or an even size from 160x90 to 3840x2160; ignoring it');
    expect(parseQuery('?record=7680x4320').value).toEqual({});
  });
  it('takes idle=0 as "no kiosk reset", raises tiny idle values, and clamps scale', () => {
    expect(parseQuery('?idle=0').value).toEqual({ idle: 0 });
    const raised = parseQuery('?idle=3&scale=9');
    expect(raised.value).toEqual({ idle: 10, scale: 4 });
    expect(raised.warnings).toEqual(['idle=3 was raised to 10 (0 turns the reset off)', 'scale=9 was clamped to 4']);
  });
});

describe('parseStyleUrl / wrapLongitude', () => {
  it('allows http(s) and paths only', () => {
    expect(parseStyleUrl('https://tiles.example/style.json')).toBe('https://tiles.example/style.json');
    expect(parseStyleUrl('./local-style.json')).toBe('./local-style.json');
    expect(parseStyleUrl('data:application/json,{}')).toBeUndefined();
    expect(parseStyleUrl('javascript:alert(1)')).toBeUndefined();
  });
  it('wraps degrees into -180..180', () => {
    expect(wrapLongitude(190)).toBe(-170);
    expect(wrapLongitude(-190)).toBe(170);
    expect(wrapLongitude(180)).toBe(180);
    expect(wrapLongitude(-180)).toBe(180);
  });
});
