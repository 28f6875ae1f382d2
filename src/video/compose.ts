/**
 * One video frame in Canvas 2D: the map's and deck.gl's canvases (bottom first) scaled to the frame,
 * then, when captions are burned in, the caption panel (tour, chapter, title, text, figures with their
 * sources, the chapter's progress), and a bottom strip with the attribution and the legend. The
 * layout is pure (`frameLayout`), so the camera can keep the subject clear of the panel.
 */
import { wrapText } from './text-wrap';

export interface CaptionContent {
  /** "Tour title · Chapter n of N". */
  heading: string;
  title: string;
  text: string;
  facts: ReadonlyArray<{ value: string; label: string; source: string }>;
}

export interface FrameOverlay {
  /** Null: no captions burned in (the map, the attribution and the legend only). */
  caption: CaptionContent | null;
  /** The chapter's progress, 0..1. */
  progress: number;
  /** The caption's opacity (it fades in at a chapter's start and out before the next). */
  alpha: number;
  legend: ReadonlyArray<{ label: string; color: string }>;
  attribution: string;
  theme: 'dark' | 'light';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FrameLayout {
  /** Type scale: 1 at 720 lines. */
  scale: number;
  /** Where the caption panel may extend (its height follows its text). */
  panel: Box;
  /** The bottom strip: attribution left, legend right. */
  strip: Box;
}

export const FONT = '"Noto Sans CJK SC", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif';

export function frameLayout(width: number, height: number, captions: boolean): FrameLayout {
  const scale = height / 720;
  const margin = 24 * scale;
  const stripHeight = Math.round(30 * scale);
  const strip = { x: 0, y: height - stripHeight, width, height: stripHeight };
  const panelWidth = captions ? Math.min(width * 0.38, 500 * scale) : 0;
  const panel = { x: margin, y: margin, width: panelWidth, height: captions ? strip.y - 2 * margin : 0 };
  return { scale, panel, strip };
}

/** Pixels of the frame the camera must keep its subject out of (the panel's column and the strip). */
export function frameInsets(layout: FrameLayout): { top: number; right: number; bottom: number; left: number } {
  const gap = 16 * layout.scale;
  return { top: gap, right: gap, bottom: layout.strip.height + gap, left: layout.panel.width > 0 ? layout.panel.x + layout.panel.width + gap : gap };
}

const COLORS = {
  dark: { panel: 'rgb(16 22 31)', text: '#f2f5f8', muted: '#b4bfcc', track: 'rgb(255 255 255 / 0.18)', bar: 'rgb(230 159 0)' },
  light: { panel: '#ffffff', text: '#14181f', muted: '#4a5361', track: 'rgb(0 0 0 / 0.15)', bar: 'rgb(176 112 0)' },
} as const;

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

interface TextBlock {
  lines: string[];
  font: string;
  color: string;
  lineHeight: number;
  /** Space above the block. */
  before: number;
}

function block(ctx: Ctx, text: string, px: number, weight: number, color: string, width: number, maxLines: number, before: number): TextBlock {
  const font = `${weight} ${px}px ${FONT}`;
  ctx.font = font;
  return { lines: wrapText(text, width, (s) => ctx.measureText(s).width, maxLines), font, color, lineHeight: px * 1.3, before };
}

function drawCaption(ctx: Ctx, layout: FrameLayout, caption: CaptionContent, overlay: FrameOverlay): void {
  const s = layout.scale;
  const c = COLORS[overlay.theme];
  const pad = 18 * s;
  const inner = layout.panel.width - 2 * pad;
  const blocks: TextBlock[] = [
    block(ctx, caption.heading, 14 * s, 400, c.muted, inner, 2, 0),
    block(ctx, caption.title, 27 * s, 700, c.text, inner, 3, 6 * s),
    block(ctx, caption.text, 18 * s, 400, c.text, inner, 9, 8 * s),
  ];
  for (const f of caption.facts.slice(0, 4)) {
    blocks.push(block(ctx, f.value, 22 * s, 700, c.text, inner, 2, 12 * s));
    blocks.push(block(ctx, f.label, 15 * s, 400, c.text, inner, 2, 0));
    blocks.push(block(ctx, f.source, 12 * s, 400, c.muted, inner, 3, 2 * s));
  }
  const barHeight = 5 * s;
  let textHeight = 0;
  for (const b of blocks) textHeight += b.before + b.lines.length * b.lineHeight;
  const height = Math.min(layout.panel.height, pad * 2 + textHeight + 14 * s + barHeight);
  const { x, y, width } = layout.panel;
  ctx.save();
  ctx.globalAlpha = overlay.alpha;
  ctx.fillStyle = c.panel;
  ctx.fillRect(x, y, width, height);
  ctx.textBaseline = 'top';
  let at = y + pad;
  const bottom = y + height - pad - barHeight - 14 * s;
  for (const b of blocks) {
    at += b.before;
    ctx.font = b.font;
    ctx.fillStyle = b.color;
    for (const line of b.lines) {
      if (at + b.lineHeight > bottom + 1) break;
      ctx.fillText(line, x + pad, at);
      at += b.lineHeight;
    }
  }
  // The chapter's progress, as the page's dwell bar.
  const barY = y + height - pad - barHeight;
  ctx.fillStyle = c.track;
  ctx.fillRect(x + pad, barY, inner, barHeight);
  ctx.fillStyle = c.bar;
  ctx.fillRect(x + pad, barY, inner * Math.min(1, Math.max(0, overlay.progress)), barHeight);
  ctx.restore();
}

function drawStrip(ctx: Ctx, layout: FrameLayout, overlay: FrameOverlay): void {
  const s = layout.scale;
  const c = COLORS[overlay.theme];
  const { x, y, width, height } = layout.strip;
  ctx.save();
  ctx.fillStyle = c.panel;
  ctx.fillRect(x, y, width, height);
  ctx.textBaseline = 'middle';
  const px = 13 * s;
  ctx.font = `400 ${px}px ${FONT}`;
  const mid = y + height / 2;
  // The legend from the right edge, then the attribution in what is left.
  let right = width - 12 * s;
  for (const item of [...overlay.legend].reverse()) {
    const w = ctx.measureText(item.label).width;
    right -= w;
    ctx.fillStyle = c.text;
    ctx.fillText(item.label, right, mid);
    right -= 6 * s + 14 * s;
    ctx.fillStyle = item.color;
    ctx.fillRect(right, mid - 2 * s, 14 * s, 4 * s);
    right -= 14 * s;
  }
  ctx.fillStyle = c.muted;
  const room = Math.max(0, right - 12 * s - 12 * s);
  const line = wrapText(overlay.attribution, room, (t) => ctx.measureText(t).width, 1)[0] ?? '';
  ctx.fillText(line, x + 12 * s, mid);
  ctx.restore();
}

/** Draw one frame: `canvases` (the map, then deck.gl's) scaled to the frame, then the overlays. */
export function composeFrame(ctx: Ctx, width: number, height: number, canvases: readonly CanvasImageSource[], overlay: FrameOverlay): void {
  const layout = frameLayout(width, height, overlay.caption !== null);
  ctx.fillStyle = COLORS[overlay.theme].panel;
  ctx.fillRect(0, 0, width, height);
  for (const canvas of canvases) ctx.drawImage(canvas, 0, 0, width, height);
  if (overlay.caption && overlay.alpha > 0) drawCaption(ctx, layout, overlay.caption, overlay);
  drawStrip(ctx, layout, overlay);
}
