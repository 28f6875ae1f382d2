/**
 * Presenter and kiosk mode (SPEC section 6): the key map, blank screens, fullscreen, the kiosk's
 * start -> attract -> interactive -> warning -> reset cycle, the wake lock, touch hardening and
 * the presenter view. Decisions come from tour/keys.ts and kiosk-state.ts; this is the DOM side.
 */
import type { Lang } from '../model/types';
import type { AtlasStore } from '../state/store';
import type { TourPlayer } from '../tour/player';
import { isPresenterKey, presenterKey, type KeyCommand } from '../tour/keys';
import type { IdleWarning } from '../ui/present-overlays';
import { initialKiosk, kioskInput, kioskTick, warningSecondsLeft, WARNING_MS, type KioskEffect, type KioskState } from './kiosk-state';
import { PRESENTER_CHANNEL, parsePresenterMessage, type PresenterMessage } from './presenter-channel';
import { keepScreenOn } from './wake-lock';

export interface PresentOptions {
  store: AtlasStore;
  player: TourPlayer;
  /** Seconds without input before the "still exploring?" warning; 0 = no kiosk reset. */
  idleSeconds: number;
  /** Play by itself after the start screen. */
  autoplay: boolean;
  /** The language a reset returns to. */
  lang: Lang;
  startScreen: HTMLElement;
  idleWarning: IdleWarning;
  help: HTMLDialogElement;
  togglePanel(open?: boolean): void;
  openPresenterView(): void;
}

const ACTIVITY = ['pointerdown', 'wheel', 'keydown', 'touchstart'] as const;
const POINTER_MOVE_EVERY_MS = 1000;
/** How long after a consumed press its follow-up events (up, click) are swallowed too. */
const SWALLOW_MS = 700;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function toggleFullscreen(onRefused: () => void): void {
  if (document.fullscreenElement) {
    void document.exitFullscreen().catch(() => undefined);
    return;
  }
  if (!document.fullscreenEnabled) return onRefused();
  document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(onRefused);
}

export function startPresentMode(o: PresentOptions): void {
  const root = document.documentElement;
  const { store, player } = o;
  const config = { idleMs: o.idleSeconds * 1000, warningMs: WARNING_MS };
  let kiosk: KioskState = initialKiosk(performance.now());
  root.dataset.kiosk = kiosk.phase;
  let digits = '';
  let swallowUntil = 0;
  // A blank screen pauses the tour; leaving it resumes the tour if it was playing.
  let resumeAfterBlank = false;
  store.subscribe((s, prev) => {
    if (s.screen === prev.screen) return;
    if (prev.screen === 'normal') {
      resumeAfterBlank = player.state.playing;
      if (resumeAfterBlank) player.dispatch({ type: 'pause' });
    } else if (s.screen === 'normal' && resumeAfterBlank) {
      resumeAfterBlank = false;
      player.dispatch({ type: 'play' });
    }
  });

  const fullscreenRefused = (): void => {
    root.dataset.fullscreenHint = '1';
    setTimeout(() => delete root.dataset.fullscreenHint, 4000);
  };

  const run = (effects: readonly KioskEffect[]): void => {
    for (const effect of effects) {
      if (effect === 'play-tour' && o.autoplay) player.dispatch({ type: 'play' });
      else if (effect === 'pause-tour') player.dispatch({ type: 'pause' });
      else if (effect === 'show-warning') o.idleWarning.show(warningSecondsLeft(kiosk, performance.now(), config));
      else if (effect === 'hide-warning') o.idleWarning.hide();
      else if (effect === 'reset') {
        // End of a visit: close everything, forget the visitor's choices, back to chapter one.
        if (o.help.open) o.help.close();
        const s = store.getState();
        s.setTableOpen(false);
        s.setScreen('normal');
        s.setLang(o.lang);
        o.togglePanel(false);
        player.open(0, false);
      }
    }
  };

  const begin = (): void => {
    o.startScreen.hidden = true;
    // The start tap is the user activation fullscreen and the wake lock need.
    if (config.idleMs > 0 && !document.fullscreenElement && document.fullscreenEnabled) {
      document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(fullscreenRefused);
    }
    keepScreenOn((held) => {
      root.dataset.wakeLock = held ? 'held' : 'released';
    });
  };

  const onInput = (e: Event): void => {
    const before = kiosk.phase;
    const step = kioskInput(kiosk, performance.now(), config);
    kiosk = step.state;
    root.dataset.kiosk = kiosk.phase;
    if (before === 'start') begin();
    run(step.effects);
    if (step.consumed) {
      // The input only woke the kiosk: it must not also act on the map or the tour.
      e.stopImmediatePropagation();
      if (e.type !== 'keydown' && e.type !== 'wheel') swallowUntil = performance.now() + SWALLOW_MS;
      if (e.cancelable && e.type !== 'touchstart' && e.type !== 'pointerdown') e.preventDefault();
    }
  };
  for (const type of ACTIVITY) window.addEventListener(type, onInput, { capture: true, passive: false });
  let lastMove = 0;
  window.addEventListener('pointermove', (e) => {
    if (e.timeStamp - lastMove < POINTER_MOVE_EVERY_MS || kiosk.phase !== 'interactive') return;
    lastMove = e.timeStamp;
    kiosk = kioskInput(kiosk, performance.now(), config).state;
  }, { capture: true, passive: true });
  // A consumed press must not become a click, a drag or a tap on what lies under it.
  for (const type of ['mousedown', 'mouseup', 'pointerup', 'touchend', 'click', 'dblclick'] as const) {
    window.addEventListener(type, (e) => {
      if (performance.now() < swallowUntil) e.stopImmediatePropagation();
    }, { capture: true });
  }
  setInterval(() => {
    const step = kioskTick(kiosk, performance.now(), config);
    kiosk = step.state;
    root.dataset.kiosk = kiosk.phase;
    run(step.effects);
    if (kiosk.phase === 'warning') o.idleWarning.show(warningSecondsLeft(kiosk, performance.now(), config));
  }, 250);

  // Touch hardening for public screens: no long-press menu.
  window.addEventListener('contextmenu', (e) => e.preventDefault());

  const command = (c: KeyCommand): void => {
    const s = store.getState();
    switch (c.type) {
      case 'next': case 'prev': case 'first': case 'last':
        return player.dispatch({ type: c.type });
      case 'goto':
        return player.dispatch({ type: 'goto', index: c.chapter - 1 });
      case 'black': case 'white':
        return s.setScreen(s.screen === c.type ? 'normal' : c.type);
      case 'fullscreen':
        return toggleFullscreen(fullscreenRefused);
      case 'play-pause':
        return player.dispatch({ type: 'toggle' });
      case 'start':
        if (!c.fromCurrent) player.dispatch({ type: 'first' });
        return player.dispatch({ type: 'play' });
      case 'reset-view':
        return player.resetView();
      case 'legend':
        return o.togglePanel();
      case 'table':
        return s.setTableOpen(!s.tableOpen);
      case 'help':
        if (o.help.open) o.help.close();
        else o.help.showModal();
        return;
      case 'escape':
        // Our overlays first; the browser itself leaves fullscreen on Esc.
        if (s.screen !== 'normal') s.setScreen('normal');
        else if (o.help.open) o.help.close();
        else if (s.tableOpen) s.setTableOpen(false);
        else o.togglePanel(false);
        return;
    }
  };

  window.addEventListener('keydown', (e) => {
    if (isTyping(e.target) || e.ctrlKey || e.altKey || e.metaKey) return;
    const s = store.getState();
    // A blank screen: any key brings the map back (and does nothing else).
    if (s.screen !== 'normal') {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return;
      e.preventDefault();
      if (!e.repeat) s.setScreen('normal');
      return;
    }
    // Dialogs keep their own keys (Tab, Enter on buttons); Esc closes them natively.
    if (o.help.open && e.key !== '?' && e.key !== 'h' && e.key !== 'H') return;
    if (s.tableOpen && e.key !== 't' && e.key !== 'T') return;
    const r = presenterKey(e, digits);
    digits = r.digits;
    if (isPresenterKey(e.key)) e.preventDefault();
    if (r.command) command(r.command);
  });

  // The presenter view: a second window kept in step over a BroadcastChannel.
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    const startedAt = Date.now();
    let chapterStartedAt = startedAt;
    const publish = (): void => {
      const { lang } = store.getState();
      const i = player.state.index;
      const next = player.tour.chapters[i + 1];
      const message: PresenterMessage = {
        type: 'state',
        state: {
          tourTitle: player.tour.title[lang], index: i, count: player.tour.chapters.length, playing: player.state.playing,
          title: player.chapter.title[lang], notes: player.chapter.notes[lang], nextTitle: next ? next.title[lang] : null,
          chapterStartedAt, startedAt,
        },
      };
      channel.postMessage(message);
    };
    player.subscribe((e) => {
      if (e.moved) chapterStartedAt = Date.now();
      publish();
    });
    store.subscribe((s, prev) => {
      if (s.lang !== prev.lang) publish();
    });
    channel.addEventListener('message', (e: MessageEvent<unknown>) => {
      const m = parsePresenterMessage(e.data);
      if (m?.type === 'hello') publish();
      else if (m?.type === 'command') player.dispatch({ type: m.command });
    });
  }
}
