/**
 * Colours: Okabe-Ito, the colour-blind-safe palette, one hue per mode. Colour is never the only
 * cue: later layers add line style and labels.
 */
import type { Mode } from '../model/types';

export type Rgb = [number, number, number];

export const MODE_COLORS: Readonly<Record<Mode, Rgb>> = {
  rail: [230, 159, 0], // orange
  river: [86, 180, 233], // sky blue
  sea: [0, 114, 178], // blue
  road: [240, 228, 66], // yellow
  air: [204, 121, 167], // reddish purple
  data: [0, 158, 115], // bluish green
};

/**
 * Okabe-Ito's yellow road reads on the dark land (10.9:1) but not on the light one (1.2:1). On the
 * light basemap roads are a dark ochre of the same hue: 3.5:1 against the land (WCAG 1.4.11
 * non-text contrast, tests/unit/contrast.test.ts), still apart from rail's orange.
 */
export const LIGHT_ROAD: Rgb = [156, 124, 0];

/** A mode's line colour on a basemap theme. */
export function modeColor(mode: Mode, theme: 'dark' | 'light'): Rgb {
  return theme === 'light' && mode === 'road' ? LIGHT_ROAD : MODE_COLORS[mode];
}

/** Vermillion, for Chongqing's own hubs. */
export const HUB_COLOR: Rgb = [213, 94, 0];

export type Theme = 'dark' | 'light';

export interface BasemapColors {
  ocean: string;
  land: string;
  coast: string;
  border: string;
  /** Dots for places that are not hubs. */
  place: Rgb;
}

export const BASEMAP_COLORS: Readonly<Record<Theme, BasemapColors>> = {
  dark: { ocean: '#0b1a26', land: '#1d2b36', coast: '#2f4657', border: '#3e566a', place: [225, 232, 238] },
  light: { ocean: '#d7e6ef', land: '#f4f1ea', coast: '#b9c4cc', border: '#c9bfae', place: [40, 48, 56] },
};

/** Casing under every line, so lines read on both basemaps. */
export const CASING_COLORS: Readonly<Record<Theme, Rgb>> = {
  dark: [6, 14, 20],
  light: [255, 255, 255],
};

/** Label text and halo per theme (WCAG AA against the halo). */
export const LABEL_COLORS: Readonly<Record<Theme, { text: Rgb; halo: Rgb }>> = {
  dark: { text: [236, 241, 245], halo: [6, 14, 20] },
  light: { text: [20, 28, 36], halo: [255, 255, 255] },
};

/**
 * Origin-destination flow arcs (the Land-Sea Corridor's fan-out from Qinzhou): a hue of their own,
 * lavender on the dark basemap and violet on the light one, far from every mode's ground colour
 * (tests/unit in layers.test.ts keeps it so), so they never read as a sea lane or a railway.
 */
export const FLOW_ARC_COLORS: Readonly<Record<Theme, Rgb>> = {
  dark: [196, 168, 255],
  light: [112, 72, 204],
};
