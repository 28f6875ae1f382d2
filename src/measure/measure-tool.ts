/**
 * The measure tool (explore mode, desk and phone), loaded on first use: clicks or taps on the map
 * add points (Enter adds the centre under the crosshair, Backspace removes the last, Escape ends),
 * the line is drawn along great circles over the map, and the panel shows each segment and the
 * total in km and nautical miles; the total is announced. The map is reached only through the
 * small host interface below (src/app builds it from the map controller and the store).
 */
import type { LonLat } from '../geo/lon-lat';
import type { Lang } from '../model/types';
import { announceText } from './measure-format';
import { measureDrawing, segmentKms } from './measure-geometry';
import { createMeasureOverlay } from './measure-overlay';
import { createMeasurePanel } from './measure-panel';
import { ms } from './measure-strings';
import './measure.css';

export interface MeasureHost {
  /** The positioned box around the map that the overlay and the panel are placed in. */
  stage: HTMLElement;
  /** The map's container: its keys (the map's tab stop lies inside) drive the tool. */
  map: HTMLElement;
  lang(): Lang;
  /** Calls `listener` after the page's language changes; returns the unsubscribe. */
  onLang(listener: () => void): () => void;
  /** Pixel position of a coordinate in the map's box. */
  project(lngLat: LonLat): { x: number; y: number };
  /** The coordinate at the centre of the map. */
  center(): LonLat;
  /** Calls `listener` on every camera move and resize; returns the unsubscribe. */
  onMove(listener: () => void): () => void;
  /** Calls `listener` with the coordinate of each click or tap on the map (not after a drag). */
  onClick(listener: (lngLat: LonLat) => void): () => void;
  /** Corridor and place picking (clicks select, hover highlights): off while measuring. */
  setPicking(enabled: boolean): void;
  /** Says `text` through the page's aria-live announcer. */
  announce(text: string): void;
  /** The tool ended (Done, Escape, or `stop`); `byButton`: Done was pressed, focus goes back to the toggle. */
  onEnd(byButton: boolean): void;
}

/** A click this close (CSS px) to the last point is the second half of a double click (which zooms): not a new point. */
export const REPEAT_CLICK_PX = 4;

export interface MeasureTool {
  /** End the tool: remove its overlay and panel, resume picking. */
  stop(): void;
  /** The points measured so far. */
  points(): readonly LonLat[];
}

export function startMeasureTool(host: MeasureHost): MeasureTool {
  const points: LonLat[] = [];
  const overlay = createMeasureOverlay(host.stage, host);
  let ended = false;
  const redraw = (): void => {
    const { path, vertices } = measureDrawing(points, host.center()[0]);
    overlay.draw(path, vertices);
  };
  const render = (): void => {
    const segments = segmentKms(points);
    panel.render(host.lang(), points.length, segments, segments.reduce((a, b) => a + b, 0));
    redraw();
  };
  const changed = (): void => {
    render();
    const segments = segmentKms(points);
    host.announce(points.length === 0 ? ms(host.lang(), 'announceCleared') : announceText(segments.reduce((a, b) => a + b, 0), points.length, host.lang()));
  };
  const add = (p: LonLat): void => {
    points.push(p);
    changed();
  };
  const click = (p: LonLat): void => {
    const last = points.at(-1);
    if (last) {
      const a = host.project([last[0] + Math.round((p[0] - last[0]) / 360) * 360, last[1]]);
      const b = host.project(p);
      if (Math.hypot(a.x - b.x, a.y - b.y) < REPEAT_CLICK_PX) return;
    }
    add(p);
  };
  const end = (byButton: boolean): void => {
    if (ended) return;
    ended = true;
    unsubscribe.forEach((f) => f());
    host.map.removeEventListener('keydown', onKey);
    overlay.remove();
    panel.remove();
    delete document.documentElement.dataset.measuring;
    host.setPicking(true);
    host.announce(ms(host.lang(), 'ended'));
    host.onEnd(byButton);
  };
  const panel = createMeasurePanel(host.stage, {
    clear: () => {
      points.length = 0;
      changed();
    },
    done: () => end(true),
  });
  const onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Enter') add(host.center());
    else if (e.key === 'Backspace') {
      if (points.pop()) changed();
    } else if (e.key === 'Escape') {
      // The page's own Escape (clear the selection) does not see this one.
      e.stopPropagation();
      end(false);
    } else return;
    e.preventDefault();
  };
  host.map.addEventListener('keydown', onKey);
  // Escape in the panel (on Clear or Done) ends the tool too, and focus goes back to the toggle.
  panel.element.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    end(true);
  });
  const unsubscribe = [host.onMove(redraw), host.onClick(click), host.onLang(render)];
  host.setPicking(false);
  document.documentElement.dataset.measuring = '';
  render();
  host.announce(ms(host.lang(), 'started'));
  return { stop: () => end(false), points: () => points };
}
