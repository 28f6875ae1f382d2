/** Static page text in the current language: elements marked data-i18n / data-i18n-label, and <html lang>. */
import { t } from '../i18n/format';
import { isStringKey, type StringKey } from '../i18n/strings';
import type { Lang } from '../model/types';

/** The key an element names in `attribute`; a key that is not in the tables is a bug in the page, so it throws. */
function keyOf(el: HTMLElement, attribute: 'i18n' | 'i18nLabel' | 'i18nPlaceholder'): StringKey {
  const key = el.dataset[attribute] ?? '';
  if (!isStringKey(key)) throw new Error(`Unknown string key "${key}" on <${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`);
  return key;
}

export function applyStaticText(lang: Lang, root: ParentNode = document): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(lang, keyOf(el, 'i18n'));
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(lang, keyOf(el, 'i18nLabel')));
  });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(lang, keyOf(el, 'i18nPlaceholder'));
  });
  document.title = `${t(lang, 'appTitle')} · ${t(lang, 'appSubtitle')}`;
}
