/**
 * Imported layers in this browser's IndexedDB (idb-keyval): one key per layer and an index of
 * ids, so a reload brings them back. Nothing is uploaded anywhere. Storage can be missing (an
 * opaque-origin iframe, private mode): then layers live for the page only, and the calls say so.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { ImportedLayer } from './imported-layer';

const INDEX_KEY = 'layers';
let store: UseStore | null | undefined;

function db(): UseStore | null {
  if (store !== undefined) return store;
  try {
    store = typeof indexedDB === 'undefined' ? null : createStore('corridor-atlas-imports', 'layers');
  } catch {
    store = null;
  }
  return store;
}

export async function loadLayers(): Promise<ImportedLayer[]> {
  const s = db();
  if (!s) return [];
  try {
    const ids = (await get<string[]>(INDEX_KEY, s)) ?? [];
    const layers = await Promise.all(ids.map((id) => get<ImportedLayer>(`layer:${id}`, s)));
    return layers.filter((l): l is ImportedLayer => l !== undefined);
  } catch {
    return [];
  }
}

/** Save a layer (new or changed) and the index; false if it could not be stored. */
export async function saveLayer(layer: ImportedLayer, ids: readonly string[]): Promise<boolean> {
  const s = db();
  if (!s) return false;
  try {
    await set(`layer:${layer.id}`, layer, s);
    await set(INDEX_KEY, [...ids], s);
    return true;
  } catch {
    return false;
  }
}

export async function deleteLayer(id: string, ids: readonly string[]): Promise<void> {
  const s = db();
  if (!s) return;
  try {
    await del(`layer:${id}`, s);
    await set(INDEX_KEY, [...ids], s);
  } catch {
    // Gone from the page either way.
  }
}
