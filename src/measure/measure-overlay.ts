/**
 * The measured line, its points and the centre crosshair, drawn as one SVG over the map canvas
 * (pointer events pass through). It projects the sampled great-circle path with the map's own
 * projection each time it is drawn (after every camera move), on the world copy nearest the centre.
 */
import type { LonLat } from '../geo/lon-lat';
import { MAX_MERCATOR_LAT } from './measure-geometry';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface Projector {
  project(lngLat: LonLat): { x: number; y: number };
}

export interface MeasureOverlay {
  /** Draw `path` and its `points` (unwrapped, near the centre: measureDrawing) at the current camera. */
  draw(path: readonly LonLat[], points: readonly LonLat[]): void;
  remove(): void;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function projectClamped(projector: Projector, [lon, lat]: LonLat): { x: number; y: number } {
  return projector.project([lon, Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat))]);
}

/** "x,y x,y ..." rounded to a tenth of a pixel. */
function pointList(projector: Projector, path: readonly LonLat[]): string {
  return path.map((q) => {
    const p = projectClamped(projector, q);
    return `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
  }).join(' ');
}

export function createMeasureOverlay(stage: HTMLElement, projector: Projector): MeasureOverlay {
  const root = svg('svg', { class: 'measure-overlay', 'aria-hidden': 'true', focusable: 'false' });
  const casing = svg('polyline', { class: 'measure-casing', fill: 'none' });
  const line = svg('polyline', { class: 'measure-line', fill: 'none' });
  const dots = svg('g', { class: 'measure-points' });
  // The crosshair marks the centre, where Enter adds a point.
  const cross = svg('g', { class: 'measure-crosshair' });
  cross.append(svg('path', { d: 'M-10 0H-3M3 0H10M0 -10V-3M0 3V10', class: 'measure-cross-casing' }), svg('path', { d: 'M-10 0H-3M3 0H10M0 -10V-3M0 3V10', class: 'measure-cross-line' }));
  root.append(casing, line, dots, cross);
  stage.append(root);

  return {
    draw(path, points) {
      const list = pointList(projector, path);
      casing.setAttribute('points', list);
      line.setAttribute('points', list);
      const rect = root.getBoundingClientRect();
      cross.setAttribute('transform', `translate(${(rect.width / 2).toFixed(1)} ${(rect.height / 2).toFixed(1)})`);
      dots.replaceChildren(...points.map((q) => {
        const p = projectClamped(projector, q);
        return svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: '5', class: 'measure-point' });
      }));
    },
    remove() {
      root.remove();
    },
  };
}
