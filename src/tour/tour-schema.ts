/** The tour format (SPEC section 6): schema version 1, pure data, no HTML and no copied numbers. */
import type { Bounds, CameraSpec } from '../geo/camera';
import type { Direction, I18nText, Mode } from '../model/types';

export const TOUR_SCHEMA_VERSION = 1;
export const DEFAULT_TOUR_ID = 'chongqing-four-directions';

export type { Bounds };
/** A chapter's camera: bounds-first (see CameraSpec). */
export type TourCamera = CameraSpec;

export interface Chapter {
  id: string;
  title: I18nText;
  text: I18nText;
  camera: TourCamera;
  highlight: { corridors: string[]; places: string[] };
  /** Filters in effect during the chapter; absent lists mean "all". */
  filters: { directions?: Direction[]; modes?: Mode[] };
  /** Figures shown in the caption, by fact id (never a copied number). */
  facts: string[];
  /** Seconds on screen when autoplaying, or `auto` (reading time). */
  dwell: number | 'auto';
  notes: I18nText;
}

export interface Tour {
  schemaVersion: 1;
  id: string;
  /** Content version, bumped when chapters change. */
  version: number;
  title: I18nText;
  chapters: Chapter[];
}

/** The ids a tour may refer to, from the loaded model. */
export interface TourRefs {
  facts: ReadonlySet<string>;
  corridors: ReadonlySet<string>;
  places: ReadonlySet<string>;
}
