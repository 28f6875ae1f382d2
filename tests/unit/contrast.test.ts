/** WCAG 2.2 AA contrast of the UI's text colours on its backgrounds, in both themes (read from styles.css). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASEMAP_COLORS, LABEL_COLORS, LIGHT_ROAD, modeColor } from '../../src/map/palette';

const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');

function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/giu)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const hex = (rgb: readonly number[]): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

const dark = block(':root');
const light = { ...dark, ...block(':root[data-theme="light"]') };

describe.each([['dark', dark], ['light', light]] as const)('%s theme', (_name, vars) => {
  it.each(['text', 'muted', 'accent'])('--%s text is at least 4.5:1 on every panel background', (fg) => {
    for (const bg of ['bg', 'panel', 'panel-2', 'pressed-bg']) {
      expect(contrast(vars[fg] ?? '', vars[bg] ?? ''), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('focus ring is at least 3:1 against the panel (non-text contrast)', () => {
    expect(contrast(vars.focus ?? '', vars.panel ?? '')).toBeGreaterThanOrEqual(3);
  });
});

describe('map labels', () => {
  it.each(['dark', 'light'] as const)('%s: label text on its halo is at least 4.5:1', (theme) => {
    expect(contrast(hex(LABEL_COLORS[theme].text), hex(LABEL_COLORS[theme].halo))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('road lines against the land (WCAG 1.4.11 non-text contrast, trust audit C.12)', () => {
  it.each(['dark', 'light'] as const)('%s: the road colour is at least 3:1 against the land', (theme) => {
    expect(contrast(hex(modeColor('road', theme)), BASEMAP_COLORS[theme].land)).toBeGreaterThanOrEqual(3);
  });
  it('the light legend swatch and leg dot use the same road colour as the map (styles.css)', () => {
    const rgb = `rgb(${LIGHT_ROAD.join(' ')})`;
    expect(css).toContain(`:root[data-theme="light"] .swatch-road { background: ${rgb}; }`);
    expect(css).toContain(`:root[data-theme="light"] .mode-road { background: ${rgb}; }`);
  });
});
