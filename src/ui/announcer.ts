/** Announces state changes to screen readers through an aria-live region. */
import { t } from '../i18n/format';
import type { AtlasStore } from '../state/store';
import type { ModelIndex } from '../state/selectors';
import { selectVisibleLegs } from '../state/selectors';

/** Mounts the announcer; returns `say` for announcements that are not store changes (the measure tool's total). */
export function mountAnnouncer(el: HTMLElement, store: AtlasStore, index: ModelIndex): (text: string) => void {
  const say = (text: string): void => {
    el.textContent = text;
  };
  store.subscribe((s, prev) => {
    if (s.selection !== prev.selection) {
      if (!s.selection) say(t(s.lang, 'cleared'));
      else {
        const name = s.selection.kind === 'corridor'
          ? index.corridorById.get(s.selection.id)?.name[s.lang]
          : index.placeById.get(s.selection.id)?.properties.name[s.lang];
        say(t(s.lang, 'selected', { name: name ?? s.selection.id }));
      }
    } else if (s.directions !== prev.directions || s.modes !== prev.modes) {
      say(t(s.lang, 'filterAnnounce', { n: selectVisibleLegs(index.legs, s.directions, s.modes).length, total: index.legs.length }));
    }
  });
  return say;
}
