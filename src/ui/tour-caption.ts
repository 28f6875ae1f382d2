/**
 * The tour caption: chapter title and text in large type, the chapter's figures with their sources,
 * a progress indicator (chapter n of N, one dot per chapter, the dwell running out) and controls.
 */
import { asOfText, citationLine, citationOf } from '../i18n/citation';
import { formatFactValue, t } from '../i18n/format';
import type { ModelIndex } from '../state/selectors';
import type { AtlasStore } from '../state/store';
import type { TourPlayer } from '../tour/player';
import { h } from './dom';

export interface CaptionOptions {
  /** Explore mode offers a close button; present mode does not. */
  closable: boolean;
  onClose(): void;
}

export function mountTourCaption(section: HTMLElement, store: AtlasStore, index: ModelIndex, player: TourPlayer, options: CaptionOptions): () => void {
  let dwellMs = 0;
  const render = (): void => {
    const s = store.getState();
    if (s.chapter === null) {
      section.hidden = true;
      section.replaceChildren();
      return;
    }
    const { lang } = s;
    const c = player.chapter;
    const n = player.state.index + 1;
    const total = player.tour.chapters.length;
    const sources = { sourceById: index.sourceById, references: index.model.references };
    const facts = c.facts.map((id) => index.factById.get(id)).filter((f) => f !== undefined).map((f) => {
      // Text and list facts are sentences, not figures: full width, body size.
      const sentence = f.kind === 'text' || f.kind === 'list';
      return h('li', { className: sentence ? 'tour-fact tour-fact--text' : 'tour-fact', 'data-fact': f.id },
        h('span', { className: 'tour-fact-value' }, formatFactValue(f, lang)),
        h('span', { className: 'tour-fact-label' }, f.label[lang]),
        h('span', { className: 'tour-fact-source' }, `${asOfText(f, lang)} · ${citationLine(citationOf(f, sources, lang), lang)}`),
      );
    });
    const dots = player.tour.chapters.map((ch, i) => h('button', {
      type: 'button', className: 'tour-dot', 'data-chapter': ch.id, 'aria-current': i === player.state.index ? 'step' : undefined,
      'aria-label': t(lang, 'tourGoTo', { n: i + 1, title: ch.title[lang] }), title: ch.title[lang],
    }));
    const playing = player.state.playing;
    const bar = h('div', { className: `tour-dwell${playing ? ' running' : ''}`, 'aria-hidden': 'true' });
    bar.style.setProperty('--dwell', `${dwellMs}ms`);
    section.hidden = false;
    section.replaceChildren(
      h('p', { className: 'tour-progress' }, `${player.tour.title[lang]} · ${t(lang, 'chapterOf', { n, total })}`),
      h('h2', { className: 'tour-title', id: 'tour-title' }, c.title[lang]),
      h('p', { className: 'tour-text' }, c.text[lang]),
      h('ul', { className: 'tour-facts' }, ...facts),
      bar,
      h('div', { className: 'tour-controls' },
        h('button', { type: 'button', className: 'tour-button', 'data-action': 'prev', 'aria-label': t(lang, 'tourPrev'), disabled: n === 1 }, '‹'),
        h('button', { type: 'button', className: 'tour-button', 'data-action': 'toggle', 'aria-label': t(lang, playing ? 'tourPause' : 'tourResume'), 'aria-pressed': playing ? 'true' : 'false' }, playing ? '❚❚' : '▶'),
        h('button', { type: 'button', className: 'tour-button', 'data-action': 'next', 'aria-label': t(lang, 'tourNext'), disabled: n === total }, '›'),
        h('div', { className: 'tour-dots', role: 'group', 'aria-label': t(lang, 'tourTitle') }, ...dots),
        options.closable ? h('button', { type: 'button', className: 'tour-button', 'data-action': 'close', 'aria-label': t(lang, 'tourClose') }, '×') : null,
      ),
    );
  };
  section.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest('button') : null;
    if (!target) return;
    const chapter = target.getAttribute('data-chapter');
    if (chapter) {
      player.dispatch({ type: 'goto', index: player.tour.chapters.findIndex((c) => c.id === chapter) });
      return;
    }
    const action = target.getAttribute('data-action');
    if (action === 'prev' || action === 'next' || action === 'toggle') player.dispatch({ type: action });
    else if (action === 'close') options.onClose();
  });
  const offPlayer = player.subscribe((e) => {
    dwellMs = e.dwellMs;
    render();
  });
  const offStore = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.chapter !== prev.chapter) render();
  });
  render();
  return () => {
    offPlayer();
    offStore();
  };
}
