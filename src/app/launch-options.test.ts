import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../state/slices/view-slice';
import { parseHash, parseQuery } from '../state/url-state';
import { DEFAULT_TOUR_ID } from '../tour/tour-schema';
import { buildLaunchOptions, defaultUiScale, rootFlags, type LaunchEnvironment, type LaunchOptions } from './launch-options';

const DESKTOP: LaunchEnvironment = { framed: false, width: 1280, reducedMotion: false, darkScheme: true };

function launch(search: string, hash = '', env: Partial<LaunchEnvironment> = {}): LaunchOptions {
  return buildLaunchOptions(parseQuery(search).value, parseHash(hash).value, { ...DESKTOP, ...env });
}

type Case = [name: string, search: string, env: Partial<LaunchEnvironment>, expected: Partial<LaunchOptions>];

const CASES: Case[] = [
  ['a plain link on a desktop explores', '', {}, {
    mode: 'explore', ui: 'full', uiScale: null, idleSeconds: 0, kiosk: false, autoplay: false, loop: false,
    heartbeat: false, offline: true, cooperativeGestures: false, autoheight: false, api: false, tourId: DEFAULT_TOUR_ID,
  }],
  ['a plain link inside an iframe embeds', '', { framed: true }, {
    mode: 'embed', ui: 'minimal', heartbeat: false, offline: false, cooperativeGestures: true, loop: false,
  }],
  ['mode=explore inside an iframe explores', '?mode=explore', { framed: true }, { mode: 'explore', ui: 'full', cooperativeGestures: false, offline: true }],
  ['present without loop: no kiosk, loops the tour, no autoplay', '?mode=present', {}, {
    mode: 'present', idleSeconds: 0, kiosk: false, loop: true, autoplay: false, heartbeat: true, offline: true, uiScale: 1,
  }],
  ['present with loop=1 is a kiosk resetting after 60 s and playing by itself', '?mode=present&loop=1', {}, {
    idleSeconds: 60, kiosk: true, loop: true, autoplay: true, heartbeat: true,
  }],
  ['idle=0 turns the kiosk reset off', '?mode=present&loop=1&idle=0', {}, { idleSeconds: 0, kiosk: false, autoplay: true }],
  ['idle=90 sets the reset time', '?mode=present&loop=1&idle=90', {}, { idleSeconds: 90, kiosk: true }],
  ['autoplay=0 wins over the kiosk default', '?mode=present&loop=1&autoplay=0', {}, { autoplay: false }],
  ['loop=0 in present mode', '?mode=present&loop=0', {}, { loop: false, autoplay: false, idleSeconds: 0 }],
  ['idle= outside present mode is ignored', '?idle=120&loop=1', {}, { mode: 'explore', idleSeconds: 0, kiosk: false, loop: true, autoplay: false }],
  ['a 1920 px screen scales present mode by 1.5', '?mode=present', { width: 1920 }, { uiScale: 1.5 }],
  ['scale= overrides the screen', '?mode=present&scale=2', { width: 640 }, { uiScale: 2 }],
  ['scale= outside present mode has no effect', '?scale=2', {}, { uiScale: null }],
  ['an embed with the API, autoheight and an origin', '?mode=embed&api=1&autoheight=1&origin=https://host.example/page', {}, {
    mode: 'embed', api: true, autoheight: true, origin: 'https://host.example', cooperativeGestures: true,
  }],
  ['autoheight outside an embed has no effect', '?autoheight=1', {}, { autoheight: false }],
  ['ui=none in an embed', '?mode=embed&ui=none', {}, { ui: 'none' }],
  ['tour, dwell and style from the query', '?tour=other-tour&dwell=5&style=https://tiles.example/style.json', {}, {
    tourId: 'other-tour', dwell: 5, style: 'https://tiles.example/style.json',
  }],
  ['record=1 in present mode opens the recorder', '?mode=present&record=1', {}, { record: { size: null }, recordChapters: null }],
  ['record=640x360&chapters=2: the recorder at that size, two chapters', '?mode=present&record=640x360&chapters=2', {}, { record: { size: { width: 640, height: 360 } }, recordChapters: 2 }],
  ['record= outside present mode is ignored', '?record=1', {}, { record: null }],
  ['a bad mode falls back to the environment', '?mode=kiosk', { framed: true }, { mode: 'embed' }],
];

describe('launch options', () => {
  it.each(CASES)('%s', (_name, search, env, expected) => {
    expect(launch(search, '', env)).toMatchObject(expected);
  });

  it('only present mode runs the heartbeat; every mode but embed starts offline support', () => {
    const modes = ['explore', 'present', 'embed'] as const;
    expect(modes.map((m) => launch(`?mode=${m}`).heartbeat)).toEqual([false, true, false]);
    expect(modes.map((m) => launch(`?mode=${m}`).offline)).toEqual([true, true, false]);
  });

  it('the store starts from the hash, the language, the theme and the system', () => {
    const o = launch('?lang=zh&theme=auto', '#map=4/30/100&dir=west&modes=rail,sea&sel=chongqing&chapter=west', { darkScheme: false });
    expect(o.store).toEqual({
      view: { zoom: 4, lat: 30, lng: 100, bearing: 0, pitch: 0 },
      directions: ['west'],
      modes: ['rail', 'sea'],
      lang: 'zh',
      themeSetting: 'auto',
      systemDark: false,
      reducedMotion: false,
    });
    expect([o.sel, o.chapter, o.linkedView]).toEqual(['chongqing', 'west', true]);
  });

  it('without a hash: the default view, all filters, English, dark', () => {
    const o = launch('');
    expect(o.store).toEqual({ view: DEFAULT_VIEW, lang: 'en', themeSetting: 'dark', systemDark: true, reducedMotion: false });
    expect([o.sel, o.chapter, o.linkedView]).toEqual([null, null, false]);
  });

  it('reduced motion comes from the system or from motion=reduce, which the system cannot undo', () => {
    expect(launch('', '', { reducedMotion: true }).store.reducedMotion).toBe(true);
    expect(launch('?motion=reduce').store.reducedMotion).toBe(true);
    expect(launch('?motion=reduce').forceReducedMotion).toBe(true);
    expect(launch('?motion=auto', '', { reducedMotion: false }).store.reducedMotion).toBe(false);
    expect(launch('', '', { reducedMotion: true }).forceReducedMotion).toBe(false);
  });

  it('scales type with the screen between 1 and 2.5', () => {
    expect([640, 1280, 2560, 3200, 5120].map(defaultUiScale)).toEqual([1, 1, 2, 2.5, 2.5]);
  });

  it('sets the root flags CSS and tests read', () => {
    expect(rootFlags(launch(''))).toEqual({ atlasState: 'loading', mode: 'explore', ui: 'full' });
    expect(rootFlags(launch('?mode=present&loop=1'))).toEqual({ atlasState: 'loading', mode: 'present', ui: 'full', kioskMode: '1' });
    expect(rootFlags(launch('?mode=embed&autoheight=1'))).toEqual({ atlasState: 'loading', mode: 'embed', ui: 'minimal', autoheight: '1' });
  });
});
