/**
 * Focus that follows the user (issue 17 item 3, trust audit C.1, C.7, C.8): the skip link, the one
 * selection path every UI source uses (select, fit the camera, focus the panel's heading), and the
 * way back to where the user came from when the panel closes (its × or Escape).
 */
import type { Selection } from '../state/slices/selection-slice';
import type { AtlasStore } from '../state/store';
import type { StringKey } from '../i18n/strings';

/** What identifies a focused element across re-renders (lists rebuild their buttons). */
export interface FocusDescriptor {
  id: string;
  tag: string;
  data: { corridor?: string | undefined; fact?: string | undefined; place?: string | undefined };
  /** The id of the nearest ancestor that has one. */
  containerId: string | null;
}

/** The opener is the map's tab stop (it has no id; the controller knows it). */
export const MAP_STOP = ':map';

const SAFE = /^[\w.-]+$/u;
const DATA_KEYS = ['corridor', 'fact', 'place'] as const;

/** A selector that finds the element again (its id, or its container's id and data key); null if none is safe. */
export function locatorFor(d: FocusDescriptor): string | null {
  if (d.id) return SAFE.test(d.id) ? `#${d.id}` : null;
  const key = DATA_KEYS.find((k) => d.data[k] !== undefined);
  const value = key ? d.data[key] : undefined;
  if (!key || value === undefined || !d.containerId || !SAFE.test(d.containerId) || !SAFE.test(value) || !SAFE.test(d.tag)) return null;
  return `#${d.containerId} ${d.tag}[data-${key}="${value}"]`;
}

function describe(el: HTMLElement): FocusDescriptor {
  return {
    id: el.id,
    tag: el.tagName.toLowerCase(),
    data: { corridor: el.dataset.corridor, fact: el.dataset.fact, place: el.dataset.place },
    containerId: el.parentElement?.closest('[id]')?.id ?? null,
  };
}

/** Shown on screen (not inside something display:none, e.g. the panel in embed mode). */
function isShown(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.getClientRects().length > 0;
}

/** The skip link's target: the corridor list where it is shown, else the map; with the text that says so. */
export function skipTargetKey(listShown: boolean): StringKey {
  return listShown ? 'skipToList' : 'skipToMap';
}

/**
 * The skip link moves focus and never touches the URL (a shared link's hash keeps its selection
 * and filters). `applyText` re-renders the page's static text after the link's key changed.
 */
export function mountSkipLink(link: HTMLAnchorElement, list: HTMLElement, mapStop: () => HTMLElement, applyText: () => void): void {
  const target = (): HTMLElement => (isShown(list) ? list : mapStop());
  const label = (): void => {
    const key = skipTargetKey(isShown(list));
    if (link.dataset.i18n !== key) {
      link.dataset.i18n = key;
      applyText();
    }
  };
  link.addEventListener('focus', label);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    target().focus();
  });
  label();
}

export interface SelectionPath {
  /** Select (or clear), fit the camera to it and move focus to the panel's heading. */
  pick(sel: Selection | null): void;
  /** Fit the camera to the current selection. */
  fit(): void;
}

/**
 * The one selection path for list, search, headline figures and place chips. It also remembers
 * what had focus when a selection opened the panel, and puts focus back there when the panel
 * closes and would otherwise drop it to the body.
 */
export function createSelectionPath(store: AtlasStore, frame: (sel: Selection | null) => void, details: HTMLElement, mapStop: () => HTMLElement): SelectionPath {
  let opener: string | null = null;
  const find = (locator: string | null): HTMLElement | null => {
    if (locator === MAP_STOP) return mapStop();
    const el = locator ? document.querySelector<HTMLElement>(locator) : null;
    return isShown(el) ? el : null;
  };
  store.subscribe((s, prev) => {
    if (s.selection === prev.selection) return;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!prev.selection && s.selection) {
      opener = active === mapStop() ? MAP_STOP : active && active !== document.body ? locatorFor(describe(active)) : null;
      return;
    }
    if (prev.selection && !s.selection) {
      const lost = !active || active === document.body || details.contains(active);
      const back = find(opener) ?? find(`#corridor-list button[data-corridor="${prev.selection.id}"]`) ?? mapStop();
      opener = null;
      if (lost) back.focus();
    }
  });

  const fit = (): void => frame(store.getState().selection);
  return {
    fit,
    pick(sel) {
      store.getState().select(sel);
      if (!sel) return;
      fit();
      document.getElementById('details-title')?.focus();
    },
  };
}
