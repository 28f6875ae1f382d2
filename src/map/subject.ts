/**
 * What a camera must show when something is selected or a chapter opens: the subject's lines and
 * places as marks (geo/frame.ts), each place with the box its dot and label take on screen at the
 * size the map draws them (language and type scale included). Pure.
 */
import { boundsMarks, pointMark, type Mark } from '../geo/frame';
import { legParts } from './drawn-legs';
import type { Bounds } from '../geo/camera';
import type { LegFeature, PlaceFeature } from '../model/schema';
import type { Lang } from '../model/types';
import type { ModelIndex } from '../state/selectors';
import type { Selection } from '../state/slices/selection-slice';
import { estimateTextWidth, LABEL_OFFSET_X, LABEL_PADDING, mapLabelText } from './label-placement';
import { BASE_LABEL_PX, FOCUS_LABEL_PX } from './layers/label-layer';
import { placeRadius } from './layers/place-layer';

export interface MarkStyle {
  lang: Lang;
  /** Present mode's map scale for labels (1 at a desk). */
  labelScale: number;
  /** Present mode's map scale for lines and dots (1 at a desk). */
  lineScale: number;
}

/** Degrees shown around a selected place (its neighbourhood, not a street map). */
export const PLACE_PAD_DEG = 2;
/** A line's half width plus its casing, in pixels at scale 1. */
const LINE_REACH = 4;

/** A place's dot and label (to the right of the dot, vertically centred), at the size the map draws them. */
export function placeMark(place: PlaceFeature, style: MarkStyle, focused: boolean): Mark {
  const size = (place.properties.role === 'hub' || focused ? FOCUS_LABEL_PX : BASE_LABEL_PX) * style.labelScale;
  const dot = placeRadius(place) * (focused ? 1.8 : 1) * style.lineScale + 2;
  const half = Math.max(dot, (size * 1.25) / 2 + LABEL_PADDING);
  const [lng, lat] = place.geometry.coordinates;
  return {
    lng,
    lat,
    left: dot,
    right: LABEL_OFFSET_X * style.labelScale + estimateTextWidth(mapLabelText(place.properties.name[style.lang]), size) + LABEL_PADDING,
    top: half,
    bottom: half,
  };
}

function lineMarks(coords: ReadonlyArray<readonly [number, number] | readonly number[]>, reach: number): Mark[] {
  return coords.map((c) => pointMark(c[0] ?? 0, c[1] ?? 0, reach));
}

/** A corridor's own legs: without the onward connections it keeps for the route planner. */
function ownLegs(index: ModelIndex, corridorId: string): LegFeature[] {
  return (index.legsByCorridor.get(corridorId) ?? []).filter((l) => !l.properties.onward);
}

/** The places a corridor's own legs pass that the map labels at every zoom (no waypoints). */
function labelledPlaces(index: ModelIndex, corridorId: string): PlaceFeature[] {
  const ids = new Set(ownLegs(index, corridorId).flatMap((l) => l.properties.places));
  return [...ids].map((id) => index.placeById.get(id)).filter((p): p is PlaceFeature => p !== undefined && p.properties.role !== 'waypoint');
}

function placesById(index: ModelIndex, ids: Iterable<string>): PlaceFeature[] {
  return [...new Set(ids)].map((id) => index.placeById.get(id)).filter((p): p is PlaceFeature => p !== undefined);
}

/**
 * The corridor's drawn lines (polar legs as their parts), its main route's ends and its other named
 * places, with their labels; onward connections (sailings on from its port) are not the corridor.
 */
export function corridorMarks(index: ModelIndex, corridorId: string, style: MarkStyle): Mark[] {
  const legs = ownLegs(index, corridorId);
  const reach = LINE_REACH * style.lineScale;
  const lines = legs.flatMap((l) => legParts(l).flatMap((p) => lineMarks(p.coordinates, reach)));
  const route = index.corridorById.get(corridorId)?.mainRoute;
  const places = placesById(index, [...(route ? [route.from, route.to] : []), ...labelledPlaces(index, corridorId).map((p) => p.properties.id)]);
  // A leg drawn across the antimeridian keeps its unwrapped longitudes; its places follow the line.
  return [...lines, ...places.map((p) => nearLine(placeMark(p, style, false), lines))];
}

/** Shift a mark by 360 degrees when that puts it next to the line it sits on. */
function nearLine(mark: Mark, lines: readonly Mark[]): Mark {
  if (lines.length === 0) return mark;
  const distance = (lng: number): number => Math.min(...lines.map((l) => Math.abs(l.lng - lng)));
  const best = [mark.lng, mark.lng + 360, mark.lng - 360].reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return { ...mark, lng: best };
}

/** A place and its neighbourhood. */
export function placeSubject(place: PlaceFeature, style: MarkStyle): Mark[] {
  const [lng, lat] = place.geometry.coordinates;
  return [
    placeMark(place, style, true),
    pointMark(lng - PLACE_PAD_DEG, lat - PLACE_PAD_DEG),
    pointMark(lng + PLACE_PAD_DEG, lat + PLACE_PAD_DEG),
  ];
}

/** The marks of a selection (list, search, map, headline, chip, link or embed: the same for all). */
export function selectionMarks(index: ModelIndex, selection: Selection | null, style: MarkStyle): Mark[] {
  if (!selection) return [];
  if (selection.kind === 'corridor') return corridorMarks(index, selection.id, style);
  const place = index.placeById.get(selection.id);
  return place ? placeSubject(place, style) : [];
}

/** What a tour chapter names: its highlighted places and the ends of its highlighted corridors' main routes. */
export function chapterPlaceIds(index: ModelIndex, highlight: { corridors: readonly string[]; places: readonly string[] } | undefined): string[] {
  if (!highlight) return [];
  const ends = highlight.corridors.flatMap((id) => {
    const route = index.corridorById.get(id)?.mainRoute;
    return route ? [route.from, route.to] : [];
  });
  return [...new Set([...highlight.places, ...ends])].filter((id) => index.placeById.has(id));
}

/**
 * A chapter's marks: its bounds (the author's extent), every place it names, and the labelled places
 * of its corridors that lie inside the bounds, each with its label at the chapter's emphasis
 * (highlighted places are drawn larger).
 */
export function chapterMarks(index: ModelIndex, bounds: Bounds, highlight: { corridors: readonly string[]; places: readonly string[] } | undefined, style: MarkStyle): Mark[] {
  const corners = boundsMarks(bounds);
  const focused = new Set(highlight?.places ?? []);
  const [[w, s], [e, n]] = bounds;
  const inside = (highlight?.corridors ?? []).flatMap((id) => labelledPlaces(index, id))
    .filter(({ geometry: { coordinates: [lng, lat] } }) => lng >= w && lng <= e && lat >= s && lat <= n)
    .map((p) => p.properties.id);
  const places = placesById(index, [...chapterPlaceIds(index, highlight), ...inside])
    .map((p) => nearLine(placeMark(p, style, focused.has(p.properties.id)), corners));
  return [...corners, ...places];
}
