/**
 * What the tray shows: the current block and the time left in it, and what is due. Titles of
 * blocks appear only in the tray menu (opened by the user), never in a notification.
 */
import type { DayView } from '../../shared/day/day-view.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { ReminderEntry } from '../../shared/reminders/reminder-log.js';
import type { FocusState } from '../../shared/focus/focus-schema.js';
import { fromMinutes, toMinutes } from '../../shared/time/clock-time.js';
import { clockText } from '../../shared/time/time-text.js';
import type { TrayState } from '../ports/tray.js';

export function trayState(view: DayView, minute: number, due: ReminderEntry[], t: TranslateFn, focus?: FocusState): TrayState {
  const block = view.day.blocks.find((b) => toMinutes(b.start) <= minute && minute < toMinutes(b.end));
  const s = focus?.session;
  // A running focus session is what the user cares about most: its time left comes first.
  const current =
    s && s.status !== 'finished'
      ? t(s.status === 'paused' ? 'tray.focusPaused' : 'tray.focus', { title: s.title, left: Math.ceil(focus.remainingMs / 60_000) })
      : block
        ? t('tray.current', { title: block.title, left: toMinutes(block.end) - minute, end: clockText(block.end) })
        : null;
  return {
    tooltip: `${t('app.title')} — ${current ?? t('tray.nothingNow')}${due.length ? ` (${t('tray.dueCount', { count: due.length })})` : ''}`,
    current,
    due: due.map((e) => `${clockText(fromMinutes(e.due))} ${t(`reminders.kinds.${e.kind}`)}${e.label ? ` ${e.label}` : ''}`),
  };
}
