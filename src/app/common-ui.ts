/**
 * The UI every mode mounts (ui= and CSS decide what shows): toolbar, share dialog, map buttons,
 * search, headline figures, filters, corridor list, details, table, announcer, the map caption,
 * the hash sync and the page's keys.
 */
import { t } from '../i18n/format';
import { selectVisibleLegs } from '../state/selectors';
import { startUrlSync } from '../state/url-sync';
import { chapterIndex } from '../tour/player';
import { mountAnnouncer } from '../ui/announcer';
import { mountCorridorList } from '../ui/corridor-list';
import { mountDetailsPanel } from '../ui/details-panel';
import { byId } from '../ui/dom';
import { mountFilterLegend } from '../ui/filter-legend';
import { mountHeadlinePanel } from '../ui/headline-panel';
import { mountBlankScreen } from '../ui/present-overlays';
import { mountSearchBox } from '../ui/search-box';
import { mountShareDialog } from '../ui/share-dialog';
import { applyStaticText } from '../ui/static-text';
import { mountTableView } from '../ui/table-view';
import { mountMapButtons, mountToolbar } from '../ui/toolbar';
import type { Core } from './core';
import { createSelectionPath, mountSkipLink } from './focus';
import { measureToggle } from './measure-button';
import { warn } from './page';

export function mountCommonUi(core: Core): void {
  const { store, index, model, mapElement, live, controller } = core;
  // One selection path (list, search, headline figure, place chip): select, fit, focus the heading.
  const mapStop = (): HTMLElement => controller.focusTarget();
  const { pick, fit: fitSelection } = createSelectionPath(store, core.frame, byId('details'), mapStop);
  mountSkipLink(byId<HTMLAnchorElement>('skip-link'), byId('corridor-list'), mapStop, () => applyStaticText(store.getState().lang));

  const caption = byId('map-caption');
  const updateCaption = (): void => {
    const s = store.getState();
    caption.textContent = t(s.lang, 'mapCaption', {
      corridors: model.corridors.length, legs: index.legs.length, places: index.places.length, facts: model.facts.length,
      visible: selectVisibleLegs(index.legs, s.directions, s.modes).length,
    });
  };
  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.directions !== prev.directions || s.modes !== prev.modes) updateCaption();
  });

  // In present mode the panel (legend, details) opens over the map: an overlay the camera keeps clear of.
  byId('panel').toggleAttribute('data-map-overlay', core.options.mode === 'present');
  mountBlankScreen(byId('blank-screen'), store);
  mountShareDialog(byId<HTMLDialogElement>('share-dialog'), mountToolbar(byId('toolbar'), store), store);
  const say = mountAnnouncer(byId('announcer'), store, index);
  mountMapButtons(byId('map-buttons'), store, fitSelection, core.options.mode === 'explore' ? measureToggle(core, say) : undefined);
  mountSearchBox(byId('search'), store, index, pick);
  mountHeadlinePanel(byId('headline'), store, index, pick);
  mountFilterLegend(byId('filters'), store);
  mountCorridorList(byId('corridor-list'), store, index, pick);
  mountDetailsPanel(byId('details'), store, index, pick);
  mountTableView(byId<HTMLDialogElement>('table-dialog'), store, index);
  applyStaticText(store.getState().lang);
  updateCaption();
  startUrlSync(store, index, warn, (id) => {
    const player = live.player;
    const i = player ? chapterIndex(player.tour, id) : -1;
    if (i < 0) warn(`chapter="${id}" is not in the tour; ignoring it`);
    else player?.open(i);
  }, core.frame);

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !store.getState().tableOpen && store.getState().selection) store.getState().select(null);
  });
  // Single-key shortcuts only while the map has focus (never steal keys from a host page).
  mapElement.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'k' || e.key === 'K') store.getState().setFlowsPaused(!store.getState().flowsPaused);
  });
}
