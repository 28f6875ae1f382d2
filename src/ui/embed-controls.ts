/**
 * The embed's own controls, always visible on the map: pause/play for the moving flows, and
 * fullscreen when the frame may go fullscreen, otherwise a link that opens the full map in a tab.
 */
import { t } from '../i18n/format';
import type { AtlasStore } from '../state/store';
import { h } from './dom';

export function mountEmbedControls(el: HTMLElement, store: AtlasStore, fullscreenTarget: HTMLElement, fullMapUrl: string): void {
  const pause = h('button', { type: 'button', id: 'embed-pause' });
  pause.addEventListener('click', () => store.getState().setFlowsPaused(!store.getState().flowsPaused));
  const canFullscreen = document.fullscreenEnabled === true;
  const fullscreen = canFullscreen ? h('button', { type: 'button', id: 'embed-fullscreen' }) : null;
  fullscreen?.addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void fullscreenTarget.requestFullscreen().catch(() => undefined);
  });
  const open = canFullscreen ? null : h('a', { id: 'embed-open', href: fullMapUrl, target: '_blank', rel: 'noopener' });
  const render = (): void => {
    const s = store.getState();
    pause.textContent = s.flowsPaused ? t(s.lang, 'playFlows') : t(s.lang, 'pauseFlows');
    pause.setAttribute('aria-pressed', String(s.flowsPaused));
    pause.hidden = s.reducedMotion;
    if (fullscreen) fullscreen.textContent = t(s.lang, 'fullscreen');
    if (open) open.textContent = t(s.lang, 'openFullMap');
  };
  const controls: Array<HTMLElement | null> = [pause, fullscreen, open];
  el.replaceChildren(...controls.filter((n): n is HTMLElement => n !== null));
  el.hidden = false;
  store.subscribe(render);
  render();
}

/** The same view as a stand-alone page (mode=explore), for "open full map". */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('mode', 'explore');
  for (const p of ['ui', 'api', 'origin', 'autoheight']) url.searchParams.delete(p);
  return url.toString();
}
