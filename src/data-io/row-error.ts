/** One problem in one row (CSV) or feature (GeoJSON): what the import lists, in either language. Pure. */
import type { Lang } from '../model/types';

export type ErrorField = 'longitude' | 'latitude' | 'weight' | 'origin' | 'destination' | 'geometry' | 'file';
export type ErrorProblem = 'range' | 'number' | 'missing' | 'place' | 'geometry' | 'too-many' | 'too-big' | 'json' | 'columns';

export interface RowError {
  /** 'row': a CSV data row (1 = the first row after the header); 'feature': a GeoJSON feature (1-based); 'file': the whole file. */
  unit: 'row' | 'feature' | 'file';
  n: number;
  field: ErrorField;
  problem: ErrorProblem;
  /** The offending value as text (cut), shown as text. */
  value: string;
}

const FIELD: Record<Lang, Record<ErrorField, string>> = {
  en: { longitude: 'longitude', latitude: 'latitude', weight: 'weight', origin: 'origin', destination: 'destination', geometry: 'geometry', file: 'file' },
  zh: { longitude: '经度', latitude: '纬度', weight: '权重', origin: '起点', destination: '终点', geometry: '几何', file: '文件' },
};

function problemText(lang: Lang, e: RowError): string {
  const f = FIELD[lang][e.field];
  const v = e.value;
  if (lang === 'zh') {
    switch (e.problem) {
      case 'range': return `${f} ${v} 超出范围`;
      case 'number': return `${f} “${v}” 不是数字`;
      case 'missing': return `缺少${f}`;
      case 'place': return `${f} “${v}” 不是已知地点`;
      case 'geometry': return `不支持的几何 “${v}”`;
      case 'too-many': return `要素过多（上限 ${v}）`;
      case 'too-big': return `文件超过 ${v} 上限，未读取`;
      case 'json': return `不是有效的 GeoJSON：${v}`;
      case 'columns': return `找不到起终点列（需要 o_lon,o_lat,d_lon,d_lat 或 origin,destination）；表头：${v}`;
    }
  }
  switch (e.problem) {
    case 'range': return `${f} ${v} out of range`;
    case 'number': return `${f} "${v}" is not a number`;
    case 'missing': return `${f} missing`;
    case 'place': return `${f} "${v}" is not a known place`;
    case 'geometry': return `unsupported geometry "${v}"`;
    case 'too-many': return `too many features (the limit is ${v})`;
    case 'too-big': return `the file is larger than the ${v} limit and was not read`;
    case 'json': return `not valid GeoJSON: ${v}`;
    case 'columns': return `no origin/destination columns (need o_lon,o_lat,d_lon,d_lat or origin,destination); header: ${v}`;
  }
}

/** "row 1,204: latitude 123.4 out of range" / "第 1,204 行：纬度 123.4 超出范围". */
export function formatRowError(e: RowError, lang: Lang): string {
  const n = e.n.toLocaleString('en-US');
  if (e.unit === 'file') return problemText(lang, e);
  if (lang === 'zh') return `第 ${n} ${e.unit === 'row' ? '行' : '个要素'}：${problemText(lang, e)}`;
  return `${e.unit} ${n}: ${problemText(lang, e)}`;
}
