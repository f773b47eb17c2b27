import { describe, expect, it } from 'vitest';
import { REMINDER_EVENTS_MAX, REMINDER_LOG_MAX, type ReminderEntry, boundReminderLog, reminderLogSchema } from '../../shared/reminders/reminder-log.js';

const entry = (i: number, kind: ReminderEntry['kind'], done: boolean): ReminderEntry => ({
  id: `2026-11-25/${kind}/${i}`,
  kind,
  due: i % 1440,
  label: '',
  span: '',
  missed: false,
  snoozedUntil: null,
  doneAt: done ? '2026-11-25T00:00:00.000Z' : null,
  events: [{ type: 'shown', at: '2026-11-25T00:00:00.000Z' }],
});

describe('the reminder log stays within its bound', () => {
  it('gives way with finished block reminders first, keeps reports and approvals, and counts what it left out', () => {
    const entries = [entry(1, 'startReport', true), entry(2, 'approval', false), ...Array.from({ length: REMINDER_LOG_MAX + 10 }, (_, i) => entry(i + 10, 'blockStart', i % 2 === 0))];
    const bounded = boundReminderLog({ date: '2026-11-25', entries });
    expect(bounded.entries).toHaveLength(REMINDER_LOG_MAX);
    expect(bounded.omitted).toBe(12);
    expect(bounded.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['startReport', 'approval']));
    expect(bounded.entries.filter((e) => e.kind === 'blockStart' && e.doneAt !== null).length).toBe(Math.ceil((REMINDER_LOG_MAX + 10) / 2) - 12);
    expect(reminderLogSchema.safeParse(bounded).success).toBe(true);
  });

  it('keeps the first and the latest events of an entry snoozed hundreds of times', () => {
    const e = entry(1, 'approval', false);
    e.events = Array.from({ length: 300 }, (_, i) => ({ type: i === 0 ? 'shown' : 'snoozed', at: `2026-11-25T00:${String(i % 60).padStart(2, '0')}:00.000Z`, minutes: i }));
    const bounded = boundReminderLog({ date: '2026-11-25', entries: [e] });
    const events = bounded.entries[0]!.events;
    expect(events).toHaveLength(REMINDER_EVENTS_MAX);
    expect(events[0]!.type).toBe('shown');
    expect(events.at(-1)!.minutes).toBe(299);
    expect(reminderLogSchema.safeParse(bounded).success).toBe(true);
  });

  it('leaves a log within bounds as it is', () => {
    const log = { date: '2026-11-25', entries: [entry(1, 'approval', true)] };
    expect(boundReminderLog(log)).toEqual(log);
  });
});
