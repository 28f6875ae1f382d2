/** Pure formatting of text, numbers, dates and fact values in either language. */
import { plainNumber, scaledEnglish } from '../model/plain-number';
import { parsePartialDate } from '../model/quote-match';
import type { Fact, Lang } from '../model/types';
import type { ModelMainRoute } from '../model/schema';
import { EN, QUALIFIER_KEYS, UNIT_NAMES, ZH, type StringKey } from './strings';

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', zh: 'zh-CN' };

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `n` in `lang` ("one" or "other" in English; always "other" in Chinese). */
export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/** `{n, plural, one {# leg} other {# legs}}`: the branch Intl.PluralRules picks, `#` the number. */
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/gu;

/**
 * The string `key` in `lang`, with `{name}` placeholders filled in and each
 * `{name, plural, one {…} other {…}}` resolved by Intl.PluralRules for that number.
 */
export function t(lang: Lang, key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = (lang === 'zh' ? ZH : EN)[key];
  return template
    .replace(PLURAL, (m, name: string, one: string, other: string) => {
      const v = params[name];
      if (typeof v !== 'number') return m;
      return (pluralCategory(v, lang) === 'one' ? one : other).replace(/#/gu, String(v));
    })
    .replace(/\{(\w+)\}/gu, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function formatInteger(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0 });
}

function ordinalEn(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${formatInteger(n, 'en')}${suffix}`;
}

/** A plain number the way each language writes large amounts: 343.83 billion / 3438.3亿. */
export function formatAmount(value: number, lang: Lang): string {
  if (lang === 'zh') {
    if (Math.abs(value) >= 1e12) return `${plainNumber(value / 1e12)}万亿`;
    if (Math.abs(value) >= 1e8) return `${plainNumber(value / 1e8)}亿`;
    if (Math.abs(value) >= 1e4 && Number.isInteger(value / 100)) return `${plainNumber(value / 1e4)}万`;
    return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  }
  return scaledEnglish(value) ?? value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${String(withDay)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', year: 'numeric', month: 'long', ...(withDay ? { day: 'numeric' } : {}) });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * `2022-06-23` → 23 June 2022 / 2022年6月23日, `2022-06` → June 2022 / 2022年6月, `2022` → 2022 / 2022年
 * (the date's precision kept), through Intl.DateTimeFormat in UTC so no time zone moves the day.
 */
export function formatDate(date: string, lang: Lang): string {
  const d = parsePartialDate(date);
  if (!d) return date;
  if (d.month === undefined) return lang === 'zh' ? `${d.year}年` : String(d.year);
  const utc = new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1));
  return dateFormat(lang, d.day !== undefined).format(utc);
}

function quantityText(fact: Extract<Fact, { kind: 'quantity' }>, lang: Lang): string {
  const { value, unit, unitText } = fact;
  const names = UNIT_NAMES[unit];
  // The text's own scope ("countries and regions") and ordinals ("the third round") win.
  const word = unitText ? unitText[lang] : lang === 'zh' ? names.zh : value === 1 ? names.one : names.other;
  if (fact.ordinal) return lang === 'zh' ? `第${value}${word}` : `${ordinalEn(value)} ${word}`;
  if (unitText) return lang === 'zh' ? `${formatAmount(value, 'zh')}${word}` : `${formatAmount(value, 'en')} ${word}`;
  if (unit === 'rank') return lang === 'zh' ? `第${value}` : `No. ${value}`;
  if (unit === 'edition') return lang === 'zh' ? `第${value}届` : ordinalEn(value);
  if (unit === 'percent') return `${plainNumber(value)}%`;
  if (unit === 'CNY') return lang === 'zh' ? `${formatAmount(value, 'zh')}元` : `${formatAmount(value, 'en')} yuan`;
  if (unit === 'USD') return lang === 'zh' ? `${formatAmount(value, 'zh')}美元` : `US$${formatAmount(value, 'en')}`;
  // Emission factors keep every printed digit (0.0804, not 0.08).
  if (unit.includes('co2')) return lang === 'zh' ? `${plainNumber(value)}${names.zh}` : `${plainNumber(value)} ${names.other}`;
  if (lang === 'zh') return `${formatAmount(value, 'zh')}${names.zh}`;
  return `${formatAmount(value, 'en')} ${value === 1 ? names.one : names.other}`.trim();
}

/** The fact's value as a reader sees it: "319 ports", "超过200家企业", "23 June 2022". */
export function formatFactValue(fact: Fact, lang: Lang): string {
  let text: string;
  switch (fact.kind) {
    case 'quantity':
      text = quantityText(fact, lang);
      break;
    case 'date':
      text = fact.until ? `${formatDate(fact.date, lang)} – ${formatDate(fact.until, lang)}` : formatDate(fact.date, lang);
      break;
    case 'list':
      text = lang === 'zh' ? fact.itemsZh.join('、') : fact.items.join(', ');
      break;
    case 'text':
      text = lang === 'zh' ? fact.textZh : fact.text;
      break;
  }
  if (!fact.qualifier) return text;
  return t(lang, QUALIFIER_KEYS[fact.qualifier], { v: text });
}

/** Kilometres, rounded, with thousands separators. */
export function formatKm(km: number, lang: Lang): string {
  return formatInteger(Math.round(km), lang);
}

/**
 * A corridor's main route in words: its named ends and drawn length, and the official length where
 * a cited figure exists ("Chongqing – Duisburg · 9,359 km drawn · 11,179 km official (external
 * reference)"). Always says "drawn": the line is a chord of the real track.
 */
export function formatMainRoute(route: Pick<ModelMainRoute, 'drawnKm' | 'officialKm'>, from: string, to: string, lang: Lang): string {
  const drawn = t(lang, 'mainRouteKm', { from, to, km: formatKm(route.drawnKm, lang) });
  return route.officialKm === undefined ? drawn : `${drawn} · ${t(lang, 'officialKm', { km: formatKm(route.officialKm, lang) })}`;
}
