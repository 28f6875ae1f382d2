/** The messages between the page and the import worker (import-worker.ts). Types only. */
import type { LayerContent, Position } from './imported-layer';
import type { RowError } from './row-error';

export type ImportJob =
  | { kind: 'file'; file: File; places: Array<[string, Position]> }
  | { kind: 'text'; text: string; format: 'geojson' | 'csv'; places: Array<[string, Position]> };

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; content: LayerContent }
  | { type: 'refused'; error: RowError };
