/** Static page text in the current language: elements marked data-i18n / data-i18n-label, and <html lang>. */
import { t } from '../i18n/format';
import type { StringKey } from '../i18n/strings';
import type { Lang } from '../model/types';

export function applyStaticText(lang: Lang, root: ParentNode = document): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(lang, el.dataset.i18n as StringKey);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(lang, el.dataset.i18nLabel as StringKey));
  });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(lang, el.dataset.i18nPlaceholder as StringKey);
  });
  document.title = `${t(lang, 'appTitle')} · ${t(lang, 'appSubtitle')}`;
}
