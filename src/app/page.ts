/** The page around the app: where it runs (read once at start), console warnings and the status line. */
import type { LaunchEnvironment } from './launch-options';

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';
export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

/** True inside an iframe (cross-origin parents included). */
function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

export function readEnvironment(): LaunchEnvironment {
  return {
    framed: isFramed(),
    width: window.innerWidth,
    reducedMotion: window.matchMedia(REDUCED_MOTION_QUERY).matches,
    darkScheme: window.matchMedia(DARK_SCHEME_QUERY).matches,
  };
}

export function warn(message: string): void {
  console.warn(`Corridor Atlas: ${message}`);
}

export function showStatus(kind: 'error' | 'warning', message: string): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.className = `status ${kind}`;
  status.textContent = message;
}
