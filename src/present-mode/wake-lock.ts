/**
 * Keeps the screen on while presenting (Screen Wake Lock). The lock is released whenever the page
 * is hidden, so it is asked for again when the page is visible; a refusal is retried in 60 s.
 */
export const WAKE_RETRY_MS = 60_000;

export interface WakeLockHandle {
  readonly held: boolean;
  release(): void;
}

export function keepScreenOn(onChange: (held: boolean) => void = () => undefined): WakeLockHandle {
  let sentinel: WakeLockSentinel | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const request = async (): Promise<void> => {
    if (stopped || sentinel || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    try {
      sentinel = await navigator.wakeLock.request('screen');
      onChange(true);
      sentinel.addEventListener('release', () => {
        sentinel = null;
        onChange(false);
      });
    } catch {
      // Refused (power saving, policy, no user activation yet): try again later.
      onChange(false);
      retry ??= setTimeout(() => {
        retry = null;
        void request();
      }, WAKE_RETRY_MS);
    }
  };
  const onVisible = (): void => {
    if (document.visibilityState === 'visible') void request();
  };
  document.addEventListener('visibilitychange', onVisible);
  void request();
  return {
    get held() {
      return sentinel !== null;
    },
    release() {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisible);
      if (retry) clearTimeout(retry);
      void sentinel?.release();
    },
  };
}
