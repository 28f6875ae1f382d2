/** The import/export tools' UI strings in English and Chinese (in their own chunk, not the first view). */
import type { Lang } from '../model/types';

const EN = {
  dialogTitle: 'Import and export',
  importTitle: 'Import your data',
  importHelp: 'GeoJSON (points, lines, polygons) or CSV with origin and destination columns (o_lon, o_lat, d_lon, d_lat, or origin and destination place ids) and an optional weight. Up to 50 MB and 100,000 features. Files stay in this browser: nothing is uploaded.',
  chooseFile: 'Choose a file…',
  dropHint: 'Or drop a file on the map.',
  reading: 'Reading {name}…',
  imported: '{name}: {count} features imported.',
  importedWithErrors: '{name}: {count} features imported, {errors} rows skipped.',
  refused: '{name} was not imported: {reason}',
  tooBig: 'the file is {size} MB; the limit is 50 MB.',
  emptyFile: 'the file is empty.',
  wrongType: 'only .geojson, .json and .csv files can be imported.',
  exportTitle: 'Export',
  pictureScale: 'Picture size',
  exportPng: 'Export picture (PNG)',
  exportGeoJson: 'Export map data (GeoJSON)',
  exportCsv: 'Export facts (CSV)',
  exporting: 'Drawing the picture…',
  exported: 'Saved {name}.',
  exportFailed: 'The picture could not be drawn: {reason}',
  layersTitle: 'Your layers',
  layersNote: 'Stored in this browser only; shared links do not include them.',
  layerName: 'Name of layer {name}',
  hide: 'Hide',
  remove: 'Remove',
  removeLabel: 'Remove layer {name}',
  hideLabel: 'Hide layer {name}',
  features: '{count} features',
  skipped: '{count} skipped',
  problems: 'Skipped rows',
  preview: 'First features',
  close: 'Close',
  pngTitle: 'Corridor Atlas',
  legendFlows: 'Imported: {name}',
  madeOn: 'Made {date}',
  notStored: 'This browser could not store the layer; it lasts until the page is closed.',
  shareNote: 'Your {count} imported layers stay in this browser: the link and the snippet do not include them.',
} as const;

export type DataIoKey = keyof typeof EN;

const ZH: Record<DataIoKey, string> = {
  dialogTitle: '导入与导出',
  importTitle: '导入你的数据',
  importHelp: 'GeoJSON（点、线、面）或含起终点列的 CSV（o_lon、o_lat、d_lon、d_lat，或起点和终点的地点 id），可选权重列。上限 50 MB、100,000 个要素。文件只留在本浏览器，不会上传。',
  chooseFile: '选择文件…',
  dropHint: '也可以把文件拖到地图上。',
  reading: '正在读取 {name}…',
  imported: '{name}：已导入 {count} 个要素。',
  importedWithErrors: '{name}：已导入 {count} 个要素，跳过 {errors} 行。',
  refused: '{name} 未导入：{reason}',
  tooBig: '文件大小为 {size} MB，上限为 50 MB。',
  emptyFile: '文件是空的。',
  wrongType: '只能导入 .geojson、.json 和 .csv 文件。',
  exportTitle: '导出',
  pictureScale: '图片尺寸',
  exportPng: '导出图片（PNG）',
  exportGeoJson: '导出地图数据（GeoJSON）',
  exportCsv: '导出数据事实（CSV）',
  exporting: '正在绘制图片…',
  exported: '已保存 {name}。',
  exportFailed: '无法绘制图片：{reason}',
  layersTitle: '你的图层',
  layersNote: '仅保存在本浏览器中；分享链接不包含它们。',
  layerName: '图层 {name} 的名称',
  hide: '隐藏',
  remove: '移除',
  removeLabel: '移除图层 {name}',
  hideLabel: '隐藏图层 {name}',
  features: '{count} 个要素',
  skipped: '跳过 {count} 个',
  problems: '跳过的行',
  preview: '前几个要素',
  close: '关闭',
  pngTitle: '通道地图',
  legendFlows: '导入：{name}',
  madeOn: '制作于 {date}',
  notStored: '本浏览器无法保存该图层；关闭页面后它将消失。',
  shareNote: '你导入的 {count} 个图层只保存在本浏览器中：链接和嵌入代码不包含它们。',
};

export function s(lang: Lang, key: DataIoKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template: string = lang === 'zh' ? ZH[key] : EN[key];
  return template.replace(/\{(\w+)\}/gu, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : v;
  });
}
