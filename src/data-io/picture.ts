/**
 * The exported picture's furniture, drawn onto the captured map: the title (top left), the legend
 * (bottom left), the attribution and the date (bottom right), each on an opaque box so it reads on
 * any basemap, scaled with the picture's pixel ratio. Text is drawn with fillText (never HTML).
 */
export type Rgb = [number, number, number];

export interface PictureInfo {
  title: string;
  legend: ReadonlyArray<{ label: string; color: Rgb }>;
  attribution: string;
  date: string;
  theme: 'dark' | 'light';
}

const FONT = '"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Hiragino Sans GB",sans-serif';

/** Text cut to fit `max` pixels, with an ellipsis. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > max) t = t.slice(0, -1);
  return `${t}…`;
}

export function decoratePicture(canvas: HTMLCanvasElement, info: PictureInfo, ratio: number): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const k = ratio;
  const pad = 8 * k;
  const panel = info.theme === 'dark' ? 'rgba(13,27,38,0.92)' : 'rgba(255,255,255,0.94)';
  const ink = info.theme === 'dark' ? '#f2f5f7' : '#14212b';
  const maxW = canvas.width - 2 * pad;
  ctx.textBaseline = 'middle';

  // Title.
  ctx.font = `600 ${18 * k}px ${FONT}`;
  const title = fit(ctx, info.title, Math.min(maxW, 640 * k) - 2 * pad);
  const titleW = ctx.measureText(title).width + 2 * pad;
  ctx.fillStyle = panel;
  ctx.fillRect(pad, pad, titleW, 32 * k);
  ctx.fillStyle = ink;
  ctx.fillText(title, 2 * pad, pad + 16 * k);

  // Legend.
  ctx.font = `${12 * k}px ${FONT}`;
  const rows = info.legend.slice(0, 12);
  if (rows.length > 0) {
    const rowH = 18 * k;
    const labelW = Math.min(Math.max(...rows.map((r) => ctx.measureText(r.label).width)), 260 * k);
    const boxW = labelW + 36 * k;
    const boxH = rows.length * rowH + 2 * pad;
    const y0 = canvas.height - boxH - pad - 26 * k;
    ctx.fillStyle = panel;
    ctx.fillRect(pad, y0, boxW, boxH);
    rows.forEach((r, i) => {
      const y = y0 + pad + i * rowH + rowH / 2;
      ctx.fillStyle = `rgb(${r.color.join(',')})`;
      ctx.fillRect(2 * pad, y - 2 * k, 18 * k, 4 * k);
      ctx.fillStyle = ink;
      ctx.fillText(fit(ctx, r.label, labelW), 2 * pad + 24 * k, y);
    });
  }

  // Attribution and date along the bottom.
  ctx.font = `${11 * k}px ${FONT}`;
  const foot = fit(ctx, `${info.attribution} · ${info.date}`, maxW - 2 * pad);
  const footW = ctx.measureText(foot).width + 2 * pad;
  ctx.fillStyle = panel;
  ctx.fillRect(canvas.width - footW - pad, canvas.height - 22 * k - pad, footW, 22 * k);
  ctx.fillStyle = ink;
  ctx.fillText(foot, canvas.width - footW, canvas.height - 11 * k - pad);
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

/** A file name for an export: corridor-atlas-<what>-YYYY-MM-DD.<ext>. */
export function exportFileName(what: string, date: Date, ext: string): string {
  return `corridor-atlas-${what}-${date.toISOString().slice(0, 10)}.${ext}`;
}
