/**
 * Which reminders a day has, computed from the stored plan and the settings — pure, so the
 * scheduler can recompute it at any moment (a plan change, a resume, a clock jump) and get the
 * same answer. Each reminder has a stable id (date/kind/time[/block]) so it is never raised twice.
 */
import type { DayInfo } from '../calendar/day-kind.js';
import type { Day } from '../day/day-schema.js';
import type { ReminderSettings } from '../settings/settings-schema.js';
import { fromMinutes, toMinutes } from '../time/clock-time.js';
import { clockText } from '../time/time-text.js';
import type { ReminderKind } from '../lists/reminder-kinds.js';

export interface PlannedReminder {
  id: string;
  kind: ReminderKind;
  /** Minutes since the day's midnight. */
  at: number;
  /** Block title or the next telework date — shown in the app only, never in an OS notification. */
  label: string;
  /** "8:30〜9:45" for block reminders, "" otherwise. */
  span: string;
}

const ORDER: Record<ReminderKind, number> = { endReport: 0, blockEnd: 1, break: 2, startReport: 3, approval: 4, blockStart: 5, checklist: 6 };
const OPEN = new Set(['planned', 'inProgress']);

export interface PlanInput {
  /**
   * The day's plan, and what decides which reminders it still needs: the reports sent, the work
   * record (終業) and the work style. A caller that leaves them out gets a telework day with nothing
   * sent and no 終業 yet.
   */
  day: Pick<Day, 'date' | 'hours' | 'blocks'> & Partial<Pick<Day, 'reports' | 'record' | 'workStyle'>>;
  info: DayInfo;
  settings: ReminderSettings;
  /** The next working day, if it is a telework day (for the checklist on its eve). */
  nextTeleworkDay: string | undefined;
}

/** Kinds still wanted once 終業 is recorded: the 終業報告 and the eve checklist (翌日の準備). */
const AFTER_END: ReadonlySet<ReminderKind> = new Set(['endReport', 'checklist']);
/** Kinds that follow the day's 勤務形態: raised on telework days, on 出勤 days only by the setting. */
const TELEWORK_ONLY: ReadonlySet<ReminderKind> = new Set(['startReport', 'endReport', 'approval']);

/**
 * Whether the day's state says a reminder of this kind is no longer wanted: its report is sent
 * (始業報告 / 終業報告), 終業 is recorded (everything but the 終業報告 and the eve checklist), or
 * the day is an 出勤 day and report and 電子決裁・供覧の確認 reminders are for telework days only.
 * The plan leaves such reminders out; the scheduler withdraws one already shown.
 */
export function reminderWithdrawn(kind: ReminderKind, day: PlanInput['day'], settings: Pick<ReminderSettings, 'onOfficeDays'>): boolean {
  const sent = (report: 'start' | 'end') => (day.reports ?? []).some((r) => r.kind === report);
  if (kind === 'startReport' && sent('start')) return true;
  if (kind === 'endReport' && sent('end')) return true;
  if (day.record && day.record.end !== null && !AFTER_END.has(kind)) return true;
  const telework = !day.workStyle || day.workStyle.am !== 'office' || day.workStyle.pm !== 'office';
  return TELEWORK_ONLY.has(kind) && !telework && !settings.onOfficeDays;
}

export function planReminders({ day, info, settings, nextTeleworkDay }: PlanInput): PlannedReminder[] {
  if (info.isHoliday && !settings.onHolidays) return [];
  const out: PlannedReminder[] = [];
  const add = (kind: ReminderKind, at: number, label = '', span = '', key = '') => {
    if (at < 0 || at >= 1440) return;
    out.push({ id: `${day.date}/${kind}/${fromMinutes(at).replace(':', '')}${key ? `/${key}` : ''}`, kind, at, label, span });
  };
  const start = toMinutes(day.hours.start);
  const end = toMinutes(day.hours.end);
  const blocks = [...day.blocks].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  // 8:30〜9:45, as every range in text (DOMAIN.md terms).
  const spanOf = (b: { start: string; end: string }) => `${clockText(b.start)}〜${clockText(b.end)}`;

  if (settings.startReport) add('startReport', start);
  if (settings.endReport) add('endReport', end - settings.endReportMinutesBefore);

  if (settings.approval) {
    const times = new Set(settings.approvalTimes.map(toMinutes));
    for (const b of blocks) if (b.kind === 'approval' && OPEN.has(b.status)) times.add(toMinutes(b.start));
    for (const t of [...times].sort((a, b) => a - b)) {
      const block = blocks.find((b) => b.kind === 'approval' && toMinutes(b.start) === t);
      add('approval', t, block?.title ?? '', block ? spanOf(block) : '');
    }
  }

  if (settings.blocks) {
    const starts = new Set(blocks.map((b) => toMinutes(b.start)));
    for (const b of blocks) {
      if (!OPEN.has(b.status)) continue;
      // An approval block is already reminded as 電子決裁確認.
      if (!(settings.approval && b.kind === 'approval')) add('blockStart', toMinutes(b.start), b.title, spanOf(b), b.id);
      // The end of a block is worth a reminder only when nothing starts right then.
      if (b.kind !== 'break' && !starts.has(toMinutes(b.end))) add('blockEnd', toMinutes(b.end), b.title, spanOf(b), b.id);
    }
  }

  if (settings.breaks) {
    // Runs of work without a 休憩 block (gaps under 5 minutes do not count as rest).
    let runStart: number | undefined;
    let runEnd = -1;
    const closeRun = () => {
      if (runStart === undefined) return;
      for (let t = runStart + settings.breakAfterMinutes; t < runEnd; t += settings.breakAfterMinutes) add('break', t);
      runStart = undefined;
    };
    for (const b of blocks) {
      const s = toMinutes(b.start);
      const e = toMinutes(b.end);
      if (b.kind === 'break' || (runStart !== undefined && s - runEnd >= 5)) closeRun();
      if (b.kind === 'break') continue;
      runStart ??= s;
      runEnd = e;
    }
    closeRun();
  }

  if (settings.checklist && nextTeleworkDay) add('checklist', toMinutes(settings.checklistTime), nextTeleworkDay);

  return out.filter((r) => !reminderWithdrawn(r.kind, day, settings)).sort((a, b) => a.at - b.at || ORDER[a.kind] - ORDER[b.kind]);
}
