/**
 * `map=zoom/lat/lng[/bearing/pitch]`: the live camera in the hash. Read values are clamped to the
 * shared view limits and longitudes and bearings wrapped; written values are rounded (2 decimals
 * for zoom, 4 for lat/lng, about 10 m; 1 for bearing and pitch) so links stay short.
 */
import { wrapLongitude } from '../../geo/longitude';
import { clamp, VIEW_LIMITS } from '../../geo/view-limits';
import type { Codec } from './codecs';

export interface ViewState {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** Decimals written per field; a value with no more decimals reads back exactly. */
export const VIEW_DECIMALS = { zoom: 2, lat: 4, lng: 4, bearing: 1, pitch: 1 } as const;

function round(n: number, dp: number): string {
  return String(Number(n.toFixed(dp)) + 0);
}

export const view: Codec<ViewState> = {
  parse(raw, name, warnings) {
    const parts = raw.split('/');
    const nums = parts.map(Number);
    if ((parts.length !== 3 && parts.length !== 5) || nums.some((n) => !Number.isFinite(n)) || parts.some((p) => p.trim() === '')) {
      warnings.push(`${name}="${raw}" is not zoom/lat/lng[/bearing/pitch]; using the default view`);
      return undefined;
    }
    const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = nums;
    const L = VIEW_LIMITS;
    const out: ViewState = {
      zoom: clamp(zoom, L.minZoom, L.maxZoom),
      lat: clamp(lat, -L.maxLat, L.maxLat) + 0,
      lng: wrapLongitude(lng) + 0,
      bearing: wrapLongitude(bearing) + 0,
      pitch: clamp(pitch, 0, L.maxPitch) + 0,
    };
    if (out.zoom !== zoom || out.lat !== lat || out.pitch !== pitch) warnings.push(`${name}="${raw}" was clamped to the allowed range`);
    return out;
  },
  format(v) {
    const d = VIEW_DECIMALS;
    const parts = [round(v.zoom, d.zoom), round(v.lat, d.lat), round(v.lng, d.lng)];
    if (v.bearing !== 0 || v.pitch !== 0) parts.push(round(v.bearing, d.bearing), round(v.pitch, d.pitch));
    return parts.join('/');
  },
  limits: `zoom ${VIEW_LIMITS.minZoom}..${VIEW_LIMITS.maxZoom}, lat ±${VIEW_LIMITS.maxLat}, lng and bearing wrapped to ±${VIEW_LIMITS.maxLng}, pitch 0..${VIEW_LIMITS.maxPitch}`,
};
