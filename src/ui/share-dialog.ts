/** Share & Embed: the link and the iframe snippet for the current view, copy buttons, a live preview size. */
import { appBase, buildEmbedSnippet, buildEmbedUrl, buildShareLink, embedHeight, type ShareState } from '../embed/snippet';
import { t } from '../i18n/format';
import type { Lang } from '../model/types';
import type { AtlasStore } from '../state/store';
import { h } from './dom';

function shareState(store: AtlasStore): ShareState {
  const s = store.getState();
  return { view: s.view, sel: s.selection?.id ?? null, directions: s.directions, modes: s.modes, lang: s.lang, theme: s.themeSetting };
}

async function copy(text: string, status: HTMLElement, done: string, manual: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = done;
  } catch {
    status.textContent = manual;
  }
}

/** The slider's widest step: the SPEC's default snippet, the full width of the host's column. */
export const FULL_WIDTH = 1280;

/** The preview size in words: "640 × 400 px", or full width at 16:10. */
export function sizeText(width: number, lang: Lang): string {
  return width >= FULL_WIDTH ? t(lang, 'shareFullWidth') : `${width} × ${embedHeight(width)} px`;
}

/** The snippet's width cap for a slider value (none at full width). */
export function snippetMaxWidth(width: number): number | undefined {
  return width >= FULL_WIDTH ? undefined : width;
}

export function mountShareDialog(dialog: HTMLDialogElement, opener: HTMLButtonElement, store: AtlasStore): void {
  const base = appBase(window.location.href);
  let width = FULL_WIDTH;
  let api = false;
  let autoHeight = false;
  const render = (): void => {
    const { lang } = store.getState();
    const state = shareState(store);
    const link = buildShareLink(base, state);
    const embedUrl = buildEmbedUrl(base, state, { api, autoHeight });
    let snippet = buildEmbedSnippet(embedUrl, undefined, snippetMaxWidth(width));
    const status = h('p', { className: 'note', role: 'status', id: 'share-status' });
    const linkInput = h('input', { type: 'text', readonly: true, id: 'share-link', value: link, 'aria-labelledby': 'share-link-label' });
    const snippetArea = h('textarea', { readonly: true, id: 'share-snippet', rows: 4, 'aria-labelledby': 'share-snippet-label' }, snippet);
    const copyLink = h('button', { type: 'button', id: 'copy-link' }, t(lang, 'copy'));
    const copySnippet = h('button', { type: 'button', id: 'copy-snippet' }, t(lang, 'copy'));
    copyLink.addEventListener('click', () => void copy(link, status, t(lang, 'copied'), t(lang, 'copyManual')));
    copySnippet.addEventListener('click', () => void copy(snippet, status, t(lang, 'copied'), t(lang, 'copyManual')));
    const apiBox = h('input', { type: 'checkbox', id: 'share-api', checked: api });
    apiBox.addEventListener('change', () => { api = apiBox.checked; render(); });
    const autoBox = h('input', { type: 'checkbox', id: 'share-autoheight', checked: autoHeight });
    autoBox.addEventListener('change', () => { autoHeight = autoBox.checked; render(); });
    const range = h('input', { type: 'range', id: 'share-width', min: 320, max: FULL_WIDTH, step: 10, value: width, 'aria-labelledby': 'share-width-label', 'aria-describedby': 'share-size' });
    const size = h('span', { id: 'share-size' });
    const preview = h('div', { className: 'share-preview', 'aria-hidden': 'true' });
    const showSize = (): void => {
      size.textContent = sizeText(width, lang);
      range.setAttribute('aria-valuetext', sizeText(width, lang));
      // The preview at one sixth of the embed's size (full width drawn as the widest step).
      preview.style.width = `${Math.round(width / 6)}px`;
      preview.style.height = `${Math.round(embedHeight(width) / 6)}px`;
    };
    showSize();
    range.addEventListener('input', () => {
      width = Number(range.value);
      snippet = buildEmbedSnippet(embedUrl, undefined, snippetMaxWidth(width));
      snippetArea.value = snippet;
      showSize();
    });
    const close = h('button', { type: 'button', className: 'close', 'aria-label': t(lang, 'close') }, '×');
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(close,
      h('h2', { id: 'share-title' }, t(lang, 'shareTitle')),
      h('label', { id: 'share-link-label', for: 'share-link' }, t(lang, 'shareLink')),
      h('div', { className: 'share-row' }, linkInput, copyLink),
      h('label', { id: 'share-snippet-label', for: 'share-snippet' }, t(lang, 'shareSnippet')),
      h('div', { className: 'share-row' }, snippetArea, copySnippet),
      h('div', { className: 'share-options' },
        h('label', {}, apiBox, ` ${t(lang, 'shareApi')}`),
        h('label', {}, autoBox, ` ${t(lang, 'shareAutoHeight')}`)),
      h('label', { id: 'share-width-label', for: 'share-width' }, t(lang, 'sharePreview')),
      h('div', { className: 'share-row' }, range, size),
      preview,
      status,
    );
  };
  opener.addEventListener('click', () => {
    render();
    dialog.showModal();
  });
}
