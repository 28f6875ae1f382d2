/**
 * Messages between the presentation window and the presenter view (a second window on the same
 * machine), over a BroadcastChannel. Pure parsing: same-origin messages are still checked.
 */
import { isRecord } from '../model/issues';

export const PRESENTER_CHANNEL = 'corridor-atlas-presenter';

export interface PresenterSnapshot {
  tourTitle: string;
  index: number;
  count: number;
  playing: boolean;
  title: string;
  notes: string;
  nextTitle: string | null;
  /** When the chapter started and when the presentation started (epoch ms, for the timers). */
  chapterStartedAt: number;
  startedAt: number;
}

export type PresenterMessage =
  | { type: 'state'; state: PresenterSnapshot }
  | { type: 'hello' }
  | { type: 'command'; command: 'next' | 'prev' | 'toggle' | 'first' | 'last' };

const COMMANDS = ['next', 'prev', 'toggle', 'first', 'last'] as const;

function isSnapshot(v: unknown): v is PresenterSnapshot {
  if (!isRecord(v)) return false;
  const nums = ['index', 'count', 'chapterStartedAt', 'startedAt'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k]));
  const strs = ['tourTitle', 'title', 'notes'].every((k) => typeof v[k] === 'string');
  return nums && strs && typeof v.playing === 'boolean' && (v.nextTitle === null || typeof v.nextTitle === 'string');
}

export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'hello') return { type: 'hello' };
  if (data.type === 'command') {
    const command = COMMANDS.find((c) => c === data.command);
    return command ? { type: 'command', command } : null;
  }
  if (data.type === 'state' && isSnapshot(data.state)) return { type: 'state', state: data.state };
  return null;
}

/** "m:ss" (or "h:mm:ss") for the presenter's timers. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
