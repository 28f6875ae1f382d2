/**
 * The closed sets of values of the app's settings: one `as const` list per enum, the type derived
 * from it. The URL parser, the embed protocol and the store all read these lists. (Languages,
 * directions and modes are model concepts and live in `src/model/types.ts`.)
 */
export { LANGS, type Lang } from '../../model/types';

export const APP_MODES = ['explore', 'present', 'embed'] as const;
export type AppMode = (typeof APP_MODES)[number];

export const THEME_SETTINGS = ['dark', 'light', 'auto'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];

export const UI_LEVELS = ['full', 'minimal', 'none'] as const;
export type UiLevel = (typeof UI_LEVELS)[number];

export const MOTION_SETTINGS = ['auto', 'reduce'] as const;
export type MotionSetting = (typeof MOTION_SETTINGS)[number];

/** True when `v` is one of `list` (narrows `v`). */
export function isOneOf<T extends string>(list: readonly T[], v: unknown): v is T {
  return typeof v === 'string' && (list as readonly string[]).includes(v);
}
