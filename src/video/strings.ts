/** The recorder's own strings, in its chunk (not in the first view's table), typed for en and zh. */
import type { Lang } from '../model/types';

const EN = {
  title: 'Export video',
  intro: 'Records the tour frame by frame on this device and offers the file as a download. Nothing is uploaded.',
  tour: 'Tour',
  language: 'Language',
  resolution: 'Resolution',
  frameRate: 'Frame rate',
  captions: 'Burn in the caption and its figures',
  start: 'Start',
  cancel: 'Cancel',
  close: 'Close',
  encoder: 'Encoder: {codec}',
  probing: 'Checking which video encoders this browser has…',
  noEncoder: 'This browser has no video encoder (WebCodecs with H.264, VP9 or VP8). Try a current Chrome, Edge or Chromium.',
  preparing: 'Preparing the map…',
  progress: 'Frame {n} of {total}',
  timeLeft: 'about {t} left',
  finishing: 'Finishing the file…',
  done: 'Video ready: {name}, {codec}, {seconds} s, {size} MB.',
  download: 'Download {name}',
  cancelled: 'Export cancelled.',
  failed: 'Export failed: {message}',
  chapterOf: 'Chapter {n} of {total}',
  seconds: '{s} s',
};

export type VideoStringKey = keyof typeof EN;

const ZH: Record<VideoStringKey, string> = {
  title: '导出视频',
  intro: '在本设备上逐帧录制导览，并以文件形式提供下载。不会上传任何内容。',
  tour: '导览',
  language: '语言',
  resolution: '分辨率',
  frameRate: '帧率',
  captions: '嵌入字幕及其数据',
  start: '开始',
  cancel: '取消',
  close: '关闭',
  encoder: '编码器：{codec}',
  probing: '正在检查此浏览器可用的视频编码器…',
  noEncoder: '此浏览器没有视频编码器（支持 H.264、VP9 或 VP8 的 WebCodecs）。请使用新版 Chrome、Edge 或 Chromium。',
  preparing: '正在准备地图…',
  progress: '第 {n} 帧，共 {total} 帧',
  timeLeft: '约剩 {t}',
  finishing: '正在生成文件…',
  done: '视频已完成：{name}，{codec}，{seconds} 秒，{size} MB。',
  download: '下载 {name}',
  cancelled: '已取消导出。',
  failed: '导出失败：{message}',
  chapterOf: '第 {n} 章，共 {total} 章',
  seconds: '{s} 秒',
};

const TABLE: Readonly<Record<Lang, Record<VideoStringKey, string>>> = { en: EN, zh: ZH };

export function vt(lang: Lang, key: VideoStringKey, params: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/gu, (_, name: string) => String(params[name] ?? `{${name}}`));
}
