import { describe, expect, it } from 'vitest';
import { appBase, buildEmbedSnippet, buildEmbedUrl, buildShareLink, embedHeight, type ShareState } from './snippet';

const state: ShareState = {
  view: { zoom: 4, lat: 30, lng: 106.5, bearing: 0, pitch: 0 },
  sel: 'land-sea-corridor',
  directions: ['south'],
  modes: ['rail', 'river', 'sea', 'road', 'air', 'data'],
  lang: 'zh',
  theme: 'dark',
};

describe('share link and embed snippet', () => {
  it('links to the same view, selection, filters and language', () => {
    const base = appBase('https://atlas.example/app/?lang=zh&mode=embed#map=1/2/3');
    expect(base).toBe('https://atlas.example/app/');
    expect(buildShareLink(base, state)).toBe('https://atlas.example/app/?lang=zh#map=4/30/106.5&sel=land-sea-corridor&dir=south');
  });
  it('adds api and autoheight for the embed when asked', () => {
    expect(buildEmbedUrl('https://atlas.example/', state, { api: true, autoHeight: true })).toBe('https://atlas.example/?lang=zh&api=1&autoheight=1#map=4/30/106.5&sel=land-sea-corridor&dir=south');
  });
  it('writes the iframe with the SPEC attributes and escapes the URL', () => {
    const html = buildEmbedSnippet('https://atlas.example/?a=1&b="x"#map=1/2/3');
    expect(html).toBe('<iframe title="Corridor Atlas: Chongqing\'s international logistics corridors" src="https://atlas.example/?a=1&amp;b=&quot;x&quot;#map=1/2/3" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin" style="border:0;width:100%;aspect-ratio:16/10;min-height:400px"></iframe>');
  });
  it('caps the width at the preview size when one is chosen', () => {
    expect(buildEmbedSnippet('https://atlas.example/', 'T', 640)).toBe('<iframe title="T" src="https://atlas.example/" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin" style="border:0;width:100%;max-width:640px;aspect-ratio:16/10;min-height:400px"></iframe>');
  });
  it('sizes the preview at 16:10 with a 400 px floor', () => {
    expect(embedHeight(800)).toBe(500);
    expect(embedHeight(320)).toBe(400);
  });
});
