/**
 * The presenter view: a second window with the speaker notes, the next chapter and timers, kept in
 * step with the presentation window through a BroadcastChannel. Its buttons and keys drive the tour.
 */
import { t } from '../i18n/format';
import type { Lang } from '../model/types';
import { formatElapsed, parsePresenterMessage, PRESENTER_CHANNEL, type PresenterMessage, type PresenterSnapshot } from '../present-mode/presenter-channel';
import { presenterKey } from '../tour/keys';
import { byId, h } from '../ui/dom';
import './speaker-view.css';

const lang: Lang = new URLSearchParams(window.location.search).get('lang') === 'zh' ? 'zh' : 'en';
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = `${t(lang, 'appTitle')} · ${t(lang, 'presenterView')}`;
const root = byId('presenter');
const channel = new BroadcastChannel(PRESENTER_CHANNEL);
let snapshot: PresenterSnapshot | null = null;
const send = (message: PresenterMessage): void => channel.postMessage(message);

const clock = h('p', { className: 'pv-clock' });
const tickClock = (): void => {
  if (!snapshot) return;
  const now = Date.now();
  clock.textContent = `${t(lang, 'presenterElapsed')} ${formatElapsed(now - snapshot.startedAt)} · ${formatElapsed(now - snapshot.chapterStartedAt)}`;
};

function button(label: string, command: 'prev' | 'next' | 'toggle', text: string): HTMLButtonElement {
  const b = h('button', { type: 'button', className: 'pv-button', 'aria-label': label }, text);
  b.addEventListener('click', () => send({ type: 'command', command }));
  return b;
}

function render(): void {
  if (!snapshot) {
    root.replaceChildren(h('p', { className: 'pv-waiting' }, t(lang, 'presenterWaiting')));
    return;
  }
  const s = snapshot;
  root.replaceChildren(
    h('p', { className: 'pv-progress' }, `${s.tourTitle} · ${t(lang, 'chapterOf', { n: s.index + 1, total: s.count })}`),
    h('h1', { className: 'pv-title' }, s.title),
    h('section', { className: 'pv-notes', 'aria-label': t(lang, 'presenterNotes') }, h('h2', {}, t(lang, 'presenterNotes')), h('p', {}, s.notes)),
    h('p', { className: 'pv-next' }, `${t(lang, 'presenterNext')}: ${s.nextTitle ?? t(lang, 'presenterEnd')}`),
    clock,
    h('div', { className: 'pv-controls' },
      button(t(lang, 'tourPrev'), 'prev', '‹'),
      button(t(lang, s.playing ? 'tourPause' : 'tourResume'), 'toggle', s.playing ? '❚❚' : '▶'),
      button(t(lang, 'tourNext'), 'next', '›')),
  );
  tickClock();
}

channel.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = parsePresenterMessage(e.data);
  if (m?.type === 'state') {
    snapshot = m.state;
    render();
  }
});

// A clicker plugged into the presenter's machine drives the tour from this window too.
let digits = '';
document.addEventListener('keydown', (e) => {
  const r = presenterKey(e, digits);
  digits = r.digits;
  const c = r.command;
  if (!c) return;
  if (c.type === 'next' || c.type === 'prev' || c.type === 'first' || c.type === 'last') send({ type: 'command', command: c.type });
  else if (c.type === 'play-pause') send({ type: 'command', command: 'toggle' });
  else return;
  e.preventDefault();
});

setInterval(tickClock, 1000);
render();
send({ type: 'hello' });
