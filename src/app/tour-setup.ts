/**
 * The tour player on top of the core, for every mode that has a tour: the caption, chapter
 * announcements, the guardian's settle check per chapter, loop-boundary hygiene, and the chapter
 * (and view and selection) the link asks for.
 */
import { t } from '../i18n/format';
import { resolveSelection } from '../state/selectors';
import { chapterMarks } from '../map/subject';
import { chapterIndex, createTourPlayer, type TourPlayer } from '../tour/player';
import type { Tour } from '../tour/tour-schema';
import { byId } from '../ui/dom';
import { crossfade } from '../ui/present-overlays';
import { mountTourCaption } from '../ui/tour-caption';
import type { Core } from './core';
import { warn } from './page';

/** Quiet time after a resize before the chapter is framed again. */
const RESIZE_SETTLE_MS = 250;

export interface TourSetup {
  /** The caption has a close button (not in present mode, where the tour is the page). */
  closable: boolean;
  /** Open a chapter at start even without one in the link (present mode). */
  openFirst: boolean;
}

export function startTour(core: Core, tour: Tour, setup: TourSetup): TourPlayer {
  const { store, index, options, guardian } = core;
  const captionEl = byId('tour-caption');
  const fadeEl = byId('crossfade');
  const player = createTourPlayer({
    store,
    tour,
    loop: options.loop,
    ...(options.dwell !== null ? { dwellOverride: options.dwell } : {}),
    marks: (c) => ('bounds' in c.camera ? chapterMarks(index, c.camera.bounds, c.highlight, { lang: store.getState().lang, ...core.mapScale }) : []),
    crossfade: () => crossfade(fadeEl),
  }, { index: 0, playing: false });
  core.live.player = player;
  mountTourCaption(captionEl, store, index, player, { closable: setup.closable, onClose: () => player.leave() });
  const announcer = byId('announcer');
  player.subscribe((e) => {
    if (e.moved) {
      const { lang } = store.getState();
      announcer.textContent = t(lang, 'tourChapterAnnounce', { n: e.state.index + 1, total: tour.chapters.length, title: e.chapter.title[lang] });
      guardian.chapterChanged();
    }
    // A loop boundary is the one safe moment for a reload or an update.
    if (e.loopBoundary && !guardian.atLoopBoundary()) core.live.offline?.applyUpdate();
  });

  // A room's screen that changes size (a projector switched, a window resized) frames the chapter again.
  if (setup.openFirst) {
    let resizeTimer: ReturnType<typeof setTimeout> | null = null;
    let last = `${core.mapElement.clientWidth}x${core.mapElement.clientHeight}`;
    new ResizeObserver(() => {
      const size = `${core.mapElement.clientWidth}x${core.mapElement.clientHeight}`;
      if (size === last) return;
      last = size;
      if (resizeTimer) clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        if (store.getState().chapter) player.resetView();
      }, RESIZE_SETTLE_MS);
    }).observe(core.mapElement);
  }

  // Precedence: hash > query > tour. A chapter in the link opens it; a view in the link keeps its camera.
  const linked = chapterIndex(tour, options.chapter);
  if (options.chapter && linked < 0) warn(`chapter="${options.chapter}" is not in the tour; ignoring it`);
  if (setup.openFirst || linked >= 0) {
    player.open(Math.max(0, linked), false);
    const { view } = options.store;
    if (options.linkedView && view) store.getState().requestCamera({ kind: 'jump', view });
    if (options.sel) store.getState().select(resolveSelection(index, options.sel));
  }
  return player;
}
