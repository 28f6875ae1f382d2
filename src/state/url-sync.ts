/**
 * Keeps the hash and the store in step: the store writes the hash with replaceState (throttled);
 * a hashchange (back/forward, an edited or pasted link) is read back into the store.
 */
import { resolveSelection, type ModelIndex } from './selectors';
import type { AtlasStore } from './store';
import { formatHash, parseHash } from './url-state';
import type { Selection } from './slices/selection-slice';

export const HASH_WRITE_MS = 250;

/** `onChapter` hears a chapter id from an edited or pasted link (the tour decides what it means). */
export function startUrlSync(
  store: AtlasStore,
  index: ModelIndex,
  warn: (msg: string) => void,
  onChapter: (id: string) => void = () => undefined,
  frame?: (selection: Selection) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    timer = null;
    const s = store.getState();
    const hash = `#${formatHash({ view: s.view, sel: s.selection?.id ?? null, directions: s.directions, modes: s.modes, chapter: s.chapter, to: s.plannerTo, closed: s.closed })}`;
    if (hash !== window.location.hash) history.replaceState(history.state, '', hash);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view !== prev.view || s.selection !== prev.selection || s.directions !== prev.directions || s.modes !== prev.modes || s.chapter !== prev.chapter || s.plannerTo !== prev.plannerTo || s.closed !== prev.closed) {
      timer ??= setTimeout(write, HASH_WRITE_MS);
    }
  });
  const onHashChange = (): void => {
    const { value, warnings } = parseHash(window.location.hash);
    warnings.forEach(warn);
    const s = store.getState();
    // A chapter brings its own camera, filters and highlight; a view in the same link still wins.
    // Whatever the hand-edited hash left out is written back from the live state.
    timer ??= setTimeout(write, HASH_WRITE_MS);
    if (value.chapter && value.chapter !== s.chapter) {
      onChapter(value.chapter);
      if (value.view) s.requestCamera({ kind: 'jump', view: value.view });
      return;
    }
    if (value.view) s.requestCamera({ kind: 'jump', view: value.view });
    // The hash carries the whole live state: a link without sel has nothing selected.
    const sel = resolveSelection(index, value.sel ?? null);
    if (value.sel && !sel) warn(`sel="${value.sel}" is not a corridor or place; ignoring it`);
    const changed = sel?.id !== s.selection?.id;
    s.select(sel);
    s.setFilters({ directions: value.directions ?? [], modes: value.modes ?? [] });
    // The planner's destination and closures (the planner checks the destination against its network).
    if ((value.to ?? null) !== s.plannerTo) s.setPlanner(value.to ?? null);
    if ((value.closed ?? []).join(',') !== s.closed.join(',')) s.setClosed(value.closed ?? []);
    // A new selection without a view of its own is framed like any other selection.
    if (changed && sel && !value.view) frame?.(sel);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    if (timer) clearTimeout(timer);
  };
}
