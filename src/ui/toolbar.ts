/** Header buttons: language, theme, flows play/pause, table, route comparison, share. */
import { t } from '../i18n/format';
import type { AtlasStore } from '../state/store';
import { selectTheme } from '../state/store';
import { h } from './dom';

/**
 * A header button's content: an icon or short form (shown below 600 px, hidden from assistive
 * technology) and the full text (the accessible name; visually hidden below 600 px, styles.css).
 */
export function setButtonLabel(button: HTMLButtonElement, icon: string, text: string): void {
  button.replaceChildren(h('span', { className: 'btn-icon', 'aria-hidden': 'true' }, icon), h('span', { className: 'btn-text' }, text));
}

/** Icons for the phone header (text glyphs with the text-presentation selector, no font or fetch). */
export const TOOLBAR_ICONS = { light: '\u2600\ufe0e', dark: '\u263e\ufe0e', pause: '\u275a\u275a', play: '\u25b6\ufe0e', table: '\u25a6', share: '\u2197', compare: '\u21c4' } as const;

/** Mounts the header buttons; returns the Share & embed button for its dialog. */
export function mountToolbar(el: HTMLElement, store: AtlasStore): HTMLButtonElement {
  const lang = h('button', { type: 'button', id: 'lang-toggle' });
  const theme = h('button', { type: 'button', id: 'theme-toggle' });
  const flows = h('button', { type: 'button', id: 'flows-toggle' });
  const table = h('button', { type: 'button', id: 'table-toggle' });
  const share = h('button', { type: 'button', id: 'share-open' });
  const compare = h('button', { type: 'button', id: 'compare-open' });
  lang.addEventListener('click', () => store.getState().setLang(store.getState().lang === 'en' ? 'zh' : 'en'));
  theme.addEventListener('click', () => store.getState().setThemeSetting(selectTheme(store.getState()) === 'dark' ? 'light' : 'dark'));
  flows.addEventListener('click', () => store.getState().setFlowsPaused(!store.getState().flowsPaused));
  table.addEventListener('click', () => store.getState().setTableOpen(true));
  // The planner opens on Duisburg, the flagship comparison; its panel picks any destination.
  compare.addEventListener('click', () => store.getState().setPlanner(store.getState().plannerTo ?? 'duisburg'));
  const render = (): void => {
    const s = store.getState();
    // The visible text is the accessible name (WCAG 2.5.3 label in name); what the button does is its title.
    // "中文" stays whole; "English" shortens to "EN" on a phone.
    setButtonLabel(lang, s.lang === 'en' ? t(s.lang, 'language') : 'EN', t(s.lang, 'language'));
    lang.title = t(s.lang, 'languageLabel');
    lang.lang = s.lang === 'en' ? 'zh-CN' : 'en';
    const current = selectTheme(s);
    setButtonLabel(theme, current === 'dark' ? TOOLBAR_ICONS.light : TOOLBAR_ICONS.dark, current === 'dark' ? t(s.lang, 'themeLight') : t(s.lang, 'themeDark'));
    theme.title = t(s.lang, 'themeLabel');
    setButtonLabel(flows, s.flowsPaused ? TOOLBAR_ICONS.play : TOOLBAR_ICONS.pause, s.flowsPaused ? t(s.lang, 'playFlows') : t(s.lang, 'pauseFlows'));
    flows.setAttribute('aria-pressed', String(s.flowsPaused));
    flows.hidden = s.reducedMotion;
    setButtonLabel(table, TOOLBAR_ICONS.table, t(s.lang, 'table'));
    setButtonLabel(share, TOOLBAR_ICONS.share, t(s.lang, 'share'));
    setButtonLabel(compare, TOOLBAR_ICONS.compare, t(s.lang, 'compareRoutes'));
    compare.setAttribute('aria-expanded', String(s.plannerTo !== null));
  };
  el.replaceChildren(lang, theme, flows, table, compare, share);
  store.subscribe(render);
  render();
  return share;
}

/**
 * Mounts the map bar's buttons: fit to selection, reset view and, when `measure` is given
 * (explore mode), the Measure toggle, which `measure` turns on or off (aria-pressed is its to set).
 */
export function mountMapButtons(el: HTMLElement, store: AtlasStore, fitSelection: () => void, measure?: (button: HTMLButtonElement) => void): void {
  const fit = h('button', { type: 'button', id: 'fit-selection' });
  const reset = h('button', { type: 'button', id: 'reset-view' });
  const measureButton = h('button', { type: 'button', id: 'measure-toggle', 'aria-pressed': 'false' });
  fit.addEventListener('click', fitSelection);
  measureButton.addEventListener('click', () => measure?.(measureButton));
  reset.addEventListener('click', () => store.getState().requestCamera({ kind: 'reset' }));
  const render = (): void => {
    const s = store.getState();
    fit.textContent = t(s.lang, 'fitSelection');
    fit.disabled = s.selection === null;
    reset.textContent = t(s.lang, 'resetView');
    measureButton.textContent = t(s.lang, 'measure');
  };
  el.replaceChildren(fit, reset, ...(measure ? [measureButton] : []));
  store.subscribe(render);
  render();
}
