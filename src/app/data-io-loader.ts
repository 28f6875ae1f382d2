/**
 * The first view's whole share of the import and export tools: one map-bar button and a drop
 * listener on the map. Everything else (worker, parsers, IndexedDB, exports) is a chunk loaded on
 * the first click, drop, or (after the first view) when this browser holds imported layers.
 */
import { t } from '../i18n/format';
import { h } from '../ui/dom';
import type { Core } from './core';
import type { DataIo } from '../data-io/data-io';

/** Loads the tools once; later calls get the same instance. `persist`: keep layers in IndexedDB. */
export function dataIoLoader(core: Core, persist = true): () => Promise<DataIo> {
  let tools: Promise<DataIo> | null = null;
  return () => (tools ??= import('../data-io/data-io').then((m) => m.startDataIo({
    store: core.store,
    index: core.index,
    scene: core.scene,
    beginCapture: (size, ratio) => core.controller.beginCapture(size, ratio),
    view: () => core.controller.getView(),
    panel: document.getElementById('panel') ?? document.body,
    mapSize: () => ({ width: core.mapElement.clientWidth, height: core.mapElement.clientHeight }),
    attribution: () => document.getElementById('map-attribution')?.textContent?.trim() ?? '',
    persist,
    drawn: () => core.controller.nextFrame(),
  })));
}

export function mountDataIo(core: Core, buttons: HTMLElement, load: () => Promise<DataIo>): void {
  const button = h('button', { type: 'button', id: 'data-io-open', 'aria-haspopup': 'dialog' });
  const label = (): void => {
    button.textContent = t(core.store.getState().lang, 'dataIo');
  };
  label();
  core.store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) label();
  });
  button.addEventListener('click', () => void load().then((d) => d.openDialog()));
  buttons.append(button);
  const stage = core.mapElement.parentElement ?? core.mapElement;
  const hasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') ?? false;
  stage.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    stage.classList.add('drop-target');
  });
  stage.addEventListener('dragleave', () => stage.classList.remove('drop-target'));
  stage.addEventListener('drop', (e) => {
    stage.classList.remove('drop-target');
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void load().then((d) => d.importFile(file));
  });
}

/** After the first view: layers imported on an earlier visit come back without a click. */
export function restoreDataIo(load: () => Promise<unknown>): void {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  indexedDB.databases().then((dbs) => {
    if (dbs.some((d) => d.name === 'corridor-atlas-imports')) void load();
  }, () => undefined);
}
