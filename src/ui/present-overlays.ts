/**
 * The presenter's full-screen layers: start screen, blank (black or white) screen, "still
 * exploring?" warning, the key help, the "restoring" notice and the reduced-motion crossfade.
 */
import { t } from '../i18n/format';
import type { StringKey } from '../i18n/strings';
import type { AtlasStore } from '../state/store';
import { h } from './dom';

export function mountBlankScreen(el: HTMLElement, store: AtlasStore): void {
  const render = (): void => {
    const { screen } = store.getState();
    el.hidden = screen === 'normal';
    el.dataset.screen = screen;
  };
  store.subscribe((s, prev) => {
    if (s.screen !== prev.screen) render();
  });
  render();
}

export function renderStartScreen(el: HTMLElement, store: AtlasStore, tourTitle: string): void {
  const { lang } = store.getState();
  el.replaceChildren(
    h('p', { className: 'start-tour' }, tourTitle),
    h('p', { className: 'start-title' }, t(lang, 'startTitle')),
    h('p', { className: 'start-hint' }, t(lang, 'startHint')),
  );
}

export interface IdleWarning {
  show(secondsLeft: number): void;
  hide(): void;
}

export function mountIdleWarning(el: HTMLElement, store: AtlasStore): IdleWarning {
  const text = h('p', { className: 'idle-text', id: 'idle-text' });
  const render = (secondsLeft: number): void => {
    const { lang } = store.getState();
    text.textContent = t(lang, 'idleText', { s: secondsLeft });
    el.replaceChildren(
      h('p', { className: 'idle-title', id: 'idle-title' }, t(lang, 'idleTitle')),
      text,
      // Any input dismisses the warning (the kiosk listens on the window); the button makes that obvious.
      h('button', { type: 'button', className: 'idle-continue' }, t(lang, 'idleContinue')),
    );
  };
  el.setAttribute('aria-labelledby', 'idle-title');
  el.setAttribute('aria-describedby', 'idle-text');
  return {
    show(secondsLeft) {
      if (el.hidden) render(secondsLeft);
      else text.textContent = t(store.getState().lang, 'idleText', { s: secondsLeft });
      el.hidden = false;
    },
    hide() {
      el.hidden = true;
    },
  };
}

const HELP_ROWS: ReadonlyArray<[string, StringKey]> = [
  ['→ ↓ Space Enter PgDn N', 'helpNext'],
  ['← ↑ Shift+Space Backspace PgUp P', 'helpPrev'],
  ['Home / End', 'helpFirstLast'],
  ['1 … 9, Enter', 'helpGoto'],
  ['B . / W ,', 'helpBlack'],
  ['F', 'helpFullscreen'],
  ['K S', 'helpPlay'],
  ['R', 'helpReset'],
  ['L / T', 'helpLegendTable'],
  ['?', 'helpHelp'],
  ['Esc', 'helpEscape'],
];

export function renderHelp(dialog: HTMLDialogElement, store: AtlasStore, onPresenterView: () => void, onExportVideo?: () => void): void {
  const { lang } = store.getState();
  const presenter = h('button', { type: 'button', className: 'help-presenter' }, t(lang, 'presenterView'));
  presenter.addEventListener('click', onPresenterView);
  const exportVideo = onExportVideo ? h('button', { type: 'button', className: 'help-presenter', id: 'export-video' }, t(lang, 'exportVideo')) : null;
  exportVideo?.addEventListener('click', () => {
    dialog.close();
    onExportVideo?.();
  });
  const close = h('button', { type: 'button', className: 'close', 'aria-label': t(lang, 'close') }, '×');
  close.addEventListener('click', () => dialog.close());
  dialog.replaceChildren(
    h('h2', { id: 'help-title' }, t(lang, 'helpTitle')),
    close,
    h('table', { className: 'help-keys' },
      h('tbody', {}, ...HELP_ROWS.map(([keys, label]) => h('tr', {}, h('th', { scope: 'row' }, h('kbd', {}, keys)), h('td', {}, t(lang, label)))))),
    presenter,
    ...(exportVideo ? [exportVideo] : []),
  );
  dialog.setAttribute('aria-labelledby', 'help-title');
}

export function setRestoring(el: HTMLElement, store: AtlasStore, on: boolean): void {
  el.textContent = on ? t(store.getState().lang, 'restoring') : '';
  el.hidden = !on;
}

/** A 300 ms fade over the map that hides a camera jump (reduced motion). */
export function crossfade(el: HTMLElement): void {
  el.classList.remove('fading');
  void el.offsetWidth;
  el.classList.add('fading');
}
