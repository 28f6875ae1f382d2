/** Distances as the measure tool shows them, in km and nautical miles, in English and Chinese. Pure. */
import type { Lang } from '../model/types';
import { kmToNm } from './measure-geometry';
import { ms } from './measure-strings';

/** Digits after the point: two below 10, one below 1,000, none from 1,000 up. */
export function distanceDigits(value: number): number {
  const v = Math.abs(value);
  return v < 10 ? 2 : v < 1000 ? 1 : 0;
}

/** A number with grouping and the digits its size calls for ("8,109", "12.4", "0.56"). */
export function formatDistanceNumber(value: number, lang: Lang): string {
  const digits = distanceDigits(value);
  return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "8,109 km" / "8,109 公里". */
export function formatKmText(km: number, lang: Lang): string {
  return `${formatDistanceNumber(km, lang)} ${ms(lang, 'km')}`;
}

/** "4,379 nm" / "4,379 海里". */
export function formatNmText(km: number, lang: Lang): string {
  return `${formatDistanceNumber(kmToNm(km), lang)} ${ms(lang, 'nm')}`;
}

/** Both units on one line: "8,109 km · 4,379 nm". */
export function formatDistance(km: number, lang: Lang): string {
  return `${formatKmText(km, lang)} · ${formatNmText(km, lang)}`;
}

/** What the announcer says after a change: the total in both units and the number of points. */
export function announceText(km: number, points: number, lang: Lang): string {
  const count = ms(lang, points === 1 ? 'pointOne' : 'pointOther', { n: points });
  return ms(lang, 'announceTotal', { km: formatDistanceNumber(km, lang), nm: formatDistanceNumber(kmToNm(km), lang), points: count });
}
