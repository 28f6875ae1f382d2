/**
 * Label collision on the CPU: greedy placement in priority order, run when the camera settles.
 * (deck.gl's CollisionFilterExtension hides every label that has a pixel offset or a start anchor,
 * visgl/deck.gl#8104 and #7824, and culls all labels on first render since 9.2, #10333.) Pure.
 */

export interface LabelCandidate {
  id: string;
  /** Screen position of the anchor (the place), in CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Gap kept between labels, in pixels. */
export const LABEL_PADDING = 3;
/** Horizontal offset of the text from its dot (matches the label layer's pixel offset). */
export const LABEL_OFFSET_X = 7;

/**
 * The text of a place's map label: its name without a trailing parenthesis ("Tuanjiecun Station
 * (International Logistics Hub Park)" is "Tuanjiecun Station" on the map; the panel and tooltips
 * keep the full name), so a label fits beside its dot on a phone.
 */
export function mapLabelText(name: string): string {
  const short = name.replace(/\s*[（(][^（()）]*[)）]\s*$/u, '');
  return short.length > 0 ? short : name;
}

/** Rough rendered width: CJK characters are about one em wide, Latin about 0.56 em. */
export function estimateTextWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(ch) ? size : size * 0.56;
  return w;
}

/** The box a label occupies: to the right of its dot, vertically centred on it. */
export function labelBox(c: LabelCandidate): Box {
  const x0 = c.x + LABEL_OFFSET_X - LABEL_PADDING;
  return { x0, y0: c.y - c.height / 2 - LABEL_PADDING, x1: c.x + LABEL_OFFSET_X + c.width + LABEL_PADDING, y1: c.y + c.height / 2 + LABEL_PADDING };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Ids of the labels to show: highest priority first, skipping any that overlap one already placed or do not lie wholly on screen. */
export function placeLabels(candidates: readonly LabelCandidate[], viewport: { width: number; height: number }): Set<string> {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const placed: Box[] = [];
  const ids = new Set<string>();
  for (const c of sorted) {
    if (!Number.isFinite(c.x) || !Number.isFinite(c.y)) continue;
    const box = labelBox(c);
    // Whole labels only: a label the map's edge would cut ("Nanning International Con") is left out.
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > viewport.width || box.y1 > viewport.height) continue;
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    ids.add(c.id);
  }
  return ids;
}
