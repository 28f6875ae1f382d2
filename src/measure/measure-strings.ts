/**
 * The measure tool's UI strings in English and Chinese (in its own lazily loaded chunk, not in
 * src/i18n/strings.ts, so the first view does not carry them). The zh table must have the en keys.
 */
import type { Lang } from '../model/types';

const EN = {
  title: 'Measure distance',
  hint: 'Click or tap the map to add points. With the map focused: Enter adds the centre (+), Backspace removes the last point, Escape ends.',
  empty: 'No points yet.',
  total: 'Total',
  segment: 'Segment {n}',
  clear: 'Clear',
  done: 'Done',
  km: 'km',
  nm: 'nm',
  kmLong: 'kilometres',
  nmLong: 'nautical miles',
  segmentsLabel: 'Segments',
  started: 'Measuring: click the map to add points.',
  announceTotal: 'Total distance {km} kilometres, {nm} nautical miles, {points}.',
  pointOne: '{n} point',
  pointOther: '{n} points',
  announceCleared: 'Measurement cleared.',
  ended: 'Measuring ended.',
} as const;

export type MeasureStringKey = keyof typeof EN;

const ZH: Readonly<Record<MeasureStringKey, string>> = {
  title: '测量距离',
  hint: '点击或轻触地图添加点。地图获得焦点时：Enter 添加中心点（+），Backspace 删除最后一点，Escape 结束。',
  empty: '尚未添加点。',
  total: '总计',
  segment: '第{n}段',
  clear: '清除',
  done: '完成',
  km: '公里',
  nm: '海里',
  kmLong: '公里',
  nmLong: '海里',
  segmentsLabel: '各段距离',
  started: '测距中：点击地图添加点。',
  announceTotal: '总距离 {km} 公里，{nm} 海里，{points}。',
  pointOne: '共 {n} 个点',
  pointOther: '共 {n} 个点',
  announceCleared: '已清除测量。',
  ended: '测距已结束。',
};

/** The string `key` in `lang` with `{name}` placeholders filled in. */
export function ms(lang: Lang, key: MeasureStringKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = lang === 'zh' ? ZH[key] : EN[key];
  return template.replace(/\{(\w+)\}/gu, (m, name: string) => (name in params ? String(params[name]) : m));
}
