/** The progress bar's "time left", pure: the rate so far over the frames still to come. */

/** Milliseconds left, or null until there is a rate to go by (the first frames include start-up). */
export function timeLeftMs(elapsedMs: number, framesDone: number, framesTotal: number): number | null {
  if (framesDone < 2 || elapsedMs <= 0) return null;
  const left = Math.max(0, framesTotal - framesDone);
  return (elapsedMs / framesDone) * left;
}

/** "1:05" (minutes and seconds, rounded up so it never says 0:00 while work remains). */
export function formatDuration(ms: number): string {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
