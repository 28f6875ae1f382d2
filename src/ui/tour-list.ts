/** The explorer layout of a tour: its chapters as a list (open one without autoplay), and a link to present it. */
import { t } from '../i18n/format';
import type { AtlasStore } from '../state/store';
import type { Tour } from '../tour/tour-schema';
import { h } from './dom';

export function presentUrl(href: string, tourId: string, lang: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.searchParams.set('mode', 'present');
  url.searchParams.set('tour', tourId);
  url.searchParams.set('lang', lang);
  return url.toString();
}

export function mountTourList(section: HTMLElement, store: AtlasStore, tour: Tour, onOpen: (index: number) => void): void {
  const render = (): void => {
    const { lang, chapter } = store.getState();
    section.replaceChildren(
      h('h2', { id: 'tour-list-title' }, `${t(lang, 'tourTitle')}: ${tour.title[lang]}`),
      h('ol', { className: 'tour-list', 'aria-labelledby': 'tour-list-title' },
        ...tour.chapters.map((c, i) => h('li', {},
          h('button', { type: 'button', className: 'tour-list-item', 'data-index': i, 'aria-current': c.id === chapter ? 'step' : undefined },
            `${i + 1}. ${c.title[lang]}`)))),
      h('a', { className: 'tour-present-link', href: presentUrl(window.location.href, tour.id, lang) }, t(lang, 'tourPresent')),
    );
  };
  section.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-index]') : null;
    if (button) onOpen(Number(button.dataset.index));
  });
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.chapter !== prev.chapter) render();
  });
  render();
}
