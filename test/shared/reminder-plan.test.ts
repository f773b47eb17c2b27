import { describe, expect, it } from 'vitest';
import { planReminders } from '../../shared/reminders/reminder-plan.js';
import { defaultReminderSettings } from '../../shared/settings/settings-schema.js';
import { type Block, emptyFocus } from '../../shared/day/day-schema.js';

const info = { date: '2026-11-25', kind: 'workday' as const, name: '', isHoliday: false };
const b = (id: string, start: string, end: string, kind: Block['kind'] = 'focus', status: Block['status'] = 'planned'): Block => ({ id, start, end, title: id, kind, status, note: '', inventoryId: null, focus: emptyFocus() });
const plan = (blocks: Block[], settings = defaultReminderSettings(), nextTeleworkDay?: string) =>
  planReminders({ day: { date: '2026-11-25', hours: { start: '08:30', end: '17:15' }, blocks }, info, settings, nextTeleworkDay }).map((r) => `${r.at} ${r.kind}${r.label ? ` ${r.label}` : ''}`);

describe('planReminders', () => {
  it('uses the defaults: 始業 at the start, 終業 15 minutes before the end, 電子決裁確認 at 11:00 and 14:30', () => {
    expect(plan([])).toEqual(['510 startReport', '660 approval', '870 approval', '1020 endReport']);
  });

  it('merges an approval block with the fixed time, and reminds block starts, not ends that another block starts at', () => {
    expect(plan([b('a', '10:00', '11:00'), b('check', '11:00', '11:30', 'approval'), b('c', '13:00', '14:00')])).toEqual([
      '510 startReport',
      '600 blockStart a',
      '660 approval check', // one reminder, though 11:00 is also a fixed check time
      '690 blockEnd check',
      '780 blockStart c',
      '840 blockEnd c',
      '870 approval',
      '1020 endReport',
    ]);
  });

  it('suggests a break every 90 minutes of unbroken work, and not across a 休憩 block', () => {
    const settings = { ...defaultReminderSettings(), approval: false, startReport: false, endReport: false, blocks: false };
    expect(plan([b('a', '09:00', '10:00'), b('b', '10:00', '12:00'), b('lunch', '12:00', '13:00', 'break'), b('c', '13:00', '14:00')], settings)).toEqual(['630 break']);
  });

  it('skips done, cancelled and carried-over blocks, and reminds the checklist on the eve of a telework day', () => {
    const settings = { ...defaultReminderSettings(), approval: false, startReport: false, endReport: false, breaks: false };
    expect(plan([b('x', '09:00', '10:00', 'focus', 'done'), b('y', '10:00', '11:00', 'focus', 'cancelled')], settings, '2026-11-26')).toEqual(['960 checklist 2026-11-26']);
  });

  it('writes the times of a 予定 as text is written: 8:30〜9:45, never 08:30–09:45', () => {
    const r = planReminders({ day: { date: '2026-11-25', hours: { start: '08:30', end: '17:15' }, blocks: [b('a', '08:30', '09:45')] }, info, settings: defaultReminderSettings(), nextTeleworkDay: undefined });
    expect(r.find((x) => x.kind === 'blockEnd')!.span).toBe('8:30〜9:45');
  });

  it('gives every reminder a stable, unique id', () => {
    const r = planReminders({ day: { date: '2026-11-25', hours: { start: '08:30', end: '17:15' }, blocks: [b('a', '09:00', '10:00')] }, info, settings: defaultReminderSettings(), nextTeleworkDay: undefined });
    expect(new Set(r.map((x) => x.id)).size).toBe(r.length);
    expect(r[0]!.id).toBe('2026-11-25/startReport/0830');
  });
});
