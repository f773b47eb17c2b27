/**
 * A focus session's remaining time, shared by the timer on 今日の計画 and the one in the now strip:
 * the caller re-renders once a second while the session runs, and not at all otherwise.
 */
import { useEffect, useState } from 'react';
import type { FocusState } from '../../shared/focus/focus-schema.js';

export function useRemainingMs(state: FocusState, receivedAt: number): { remaining: number; running: boolean } {
  const [, setTick] = useState(0);
  const running = state.session?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setTick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  const remaining = Math.max(0, state.remainingMs - (running ? performance.now() - receivedAt : 0));
  return { remaining, running };
}

/** "25:00", "5:00": minutes and seconds left (a countdown, so minutes are not padded, like 8:30). */
export function countdownText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
