/**
 * The measure tool's panel: an opaque box over the map (`data-map-overlay`, so camera framing keeps
 * clear of it) with the total and each segment in km and nautical miles, and Clear and Done.
 * Text only (textContent), in the page's language.
 */
import type { Lang } from '../model/types';
import { formatKmText, formatNmText } from './measure-format';
import { ms } from './measure-strings';

export interface MeasurePanel {
  readonly element: HTMLElement;
  /** `points` measured so far, the km of each segment between them and their total. */
  render(lang: Lang, points: number, segments: readonly number[], total: number): void;
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = className;
  if (text) e.textContent = text;
  return e;
}

/** One row of figures: a label, the km and the nm. */
function figures(row: HTMLElement, label: string, km: number, lang: Lang): void {
  row.replaceChildren(el('span', 'measure-label', label), el('span', 'measure-km', formatKmText(km, lang)), el('span', 'measure-nm', formatNmText(km, lang)));
}

export function createMeasurePanel(stage: HTMLElement, actions: { clear(): void; done(): void }): MeasurePanel {
  const panel = el('section', 'measure-panel');
  panel.id = 'measure-panel';
  panel.setAttribute('data-map-overlay', '');
  panel.setAttribute('aria-labelledby', 'measure-title');
  const title = el('h2', 'measure-title');
  title.id = 'measure-title';
  const hint = el('p', 'measure-hint');
  const total = el('p', 'measure-total');
  total.id = 'measure-total';
  const list = el('ol', 'measure-segments');
  list.id = 'measure-segments';
  const clear = el('button', 'measure-clear');
  clear.type = 'button';
  clear.id = 'measure-clear';
  const done = el('button', 'measure-done');
  done.type = 'button';
  done.id = 'measure-done';
  clear.addEventListener('click', () => actions.clear());
  done.addEventListener('click', () => actions.done());
  const buttons = el('div', 'measure-buttons');
  buttons.append(clear, done);
  panel.append(title, hint, total, list, buttons);
  stage.append(panel);

  return {
    element: panel,
    render(lang, points, segments, km) {
      panel.lang = lang === 'zh' ? 'zh-CN' : 'en';
      title.textContent = ms(lang, 'title');
      hint.textContent = ms(lang, 'hint');
      if (points === 0) total.replaceChildren(el('span', 'measure-label', ms(lang, 'empty')));
      else figures(total, ms(lang, 'total'), km, lang);
      list.setAttribute('aria-label', ms(lang, 'segmentsLabel'));
      list.hidden = segments.length < 2;
      list.replaceChildren(...segments.map((s, i) => {
        const li = el('li', 'measure-segment');
        figures(li, ms(lang, 'segment', { n: i + 1 }), s, lang);
        return li;
      }));
      clear.textContent = ms(lang, 'clear');
      clear.disabled = points === 0;
      done.textContent = ms(lang, 'done');
    },
    remove() {
      panel.remove();
    },
  };
}
