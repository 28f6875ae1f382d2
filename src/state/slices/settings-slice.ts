/** Language, theme, motion and open panels. */
import type { StateCreator } from 'zustand/vanilla';
import type { Lang } from '../../model/types';
import type { ThemeSetting } from '../url-state';

export interface SettingsSlice {
  lang: Lang;
  themeSetting: ThemeSetting;
  /** The system's colour-scheme preference, for `theme=auto`. */
  systemDark: boolean;
  /** `prefers-reduced-motion` or `motion=reduce`. */
  reducedMotion: boolean;
  flowsPaused: boolean;
  tableOpen: boolean;
  setLang(lang: Lang): void;
  setThemeSetting(theme: ThemeSetting): void;
  setSystemDark(dark: boolean): void;
  setReducedMotion(reduce: boolean): void;
  setFlowsPaused(paused: boolean): void;
  setTableOpen(open: boolean): void;
}

export interface SettingsInit {
  lang: Lang;
  themeSetting: ThemeSetting;
  systemDark: boolean;
  reducedMotion: boolean;
}

export const createSettingsSlice = (initial: SettingsInit): StateCreator<SettingsSlice, [], [], SettingsSlice> => (set) => ({
  ...initial,
  flowsPaused: false,
  tableOpen: false,
  setLang: (lang) => set({ lang }),
  setThemeSetting: (themeSetting) => set({ themeSetting }),
  setSystemDark: (systemDark) => set({ systemDark }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
  setFlowsPaused: (flowsPaused) => set({ flowsPaused }),
  setTableOpen: (tableOpen) => set({ tableOpen }),
});
