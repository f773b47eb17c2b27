/**
 * A focus session, held by main as timestamps: running segments, sleeps and interruptions.
 * Focused time is always computed from these (never by counting ticks), so hiding, closing or
 * reloading the window, or a sleeping PC, cannot make it drift.
 */
import { z } from 'zod';
import { interruptionKindSchema } from '../lists/interruption-kinds.js';

const span = z.strictObject({ start: z.number(), end: z.number().nullable() });

export const focusSessionSchema = z.strictObject({
  id: z.string(),
  date: z.string(),
  blockId: z.string().nullable(),
  title: z.string(),
  plannedMs: z.number().int().min(60_000),
  /** Count time the PC slept as focus (off by default). */
  countSleep: z.boolean(),
  segments: z.array(span),
  sleeps: z.array(span),
  interruptions: z.array(z.strictObject({ kind: interruptionKindSchema, at: z.number() })),
  status: z.enum(['running', 'paused', 'finished']),
  endedBy: z.enum(['time', 'stop']).nullable(),
  finishedAt: z.number().nullable(),
});
export type FocusSession = z.infer<typeof focusSessionSchema>;

/** What the window shows: the session and its figures as of `asOf` (main's clock). */
export const focusStateSchema = z.strictObject({
  session: focusSessionSchema.nullable(),
  asOf: z.number(),
  focusedMs: z.number(),
  remainingMs: z.number(),
});
export type FocusState = z.infer<typeof focusStateSchema>;

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Focused milliseconds at `now`: running segments, less the sleeps inside them unless counted. */
export function focusedMs(s: FocusSession, now: number): number {
  const segments = s.segments.map((g) => ({ start: g.start, end: g.end ?? now }));
  const sleeps = s.countSleep ? [] : s.sleeps.map((p) => ({ start: p.start, end: p.end ?? now }));
  let total = 0;
  for (const g of segments) {
    total += g.end - g.start;
    for (const p of sleeps) total -= overlap(g, p);
  }
  return Math.max(0, total);
}
