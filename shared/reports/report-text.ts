/**
 * 始業報告 / 終業報告 / 中断 / 再開 text, built from the day and filled into the user's template.
 * Placeholders: {{date}} {{name}} {{department}} {{staffId}} {{workStyle}} {{hours}} {{plan}}
 * {{results}} {{approvals}} {{interruptions}} {{outside}} {{tomorrow}} {{startTime}} {{endTime}}
 * {{time}} {{startReportSent}}. An unknown placeholder is left as typed, so a typo is visible.
 */
import { formatDate, formatShortDate } from '../calendar/japanese-date.js';
import type { Block, Day, SentReport } from '../day/day-schema.js';
import type { DayView } from '../day/day-view.js';
import { formatRecordMinutes } from '../day/day-metrics.js';
import type { TranslateFn } from '../i18n/translator.js';
import type { ReminderEntry } from '../reminders/reminder-log.js';
import type { Language, Settings } from '../settings/settings-schema.js';
import { fromMinutes } from '../time/clock-time.js';

export const REPORT_PLACEHOLDERS = [
  'date', 'name', 'department', 'staffId', 'workStyle', 'hours', 'plan', 'results', 'approvals',
  'interruptions', 'outside', 'tomorrow', 'startTime', 'endTime', 'time', 'startReportSent',
] as const;

export type ReportKind = SentReport['kind'];

export interface ReportInput {
  kind: ReportKind;
  view: DayView;
  settings: Pick<Settings, 'profile' | 'reportTemplates' | 'language'>;
  reminderLog: readonly ReminderEntry[];
  /** The next working day and its first block, for {{tomorrow}}. */
  next: { date: string; first: Block | undefined } | undefined;
  /** Minutes since midnight now, for {{time}}. */
  now: number;
  t: TranslateFn;
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key]! : whole));
}

const hm = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

function workStyleText(day: Day, t: TranslateFn): string {
  const office = day.workStyle.satelliteOffice ? `(${day.workStyle.satelliteOffice})` : '';
  const { am, pm } = day.workStyle;
  if (am === pm) return `${t(`reports.places.${am}`)}${am === 'satellite' ? office : ''}`;
  const place = (p: typeof am) => `${t(`places.${p}`)}${p === 'satellite' ? office : ''}`;
  return t('reports.halfDays', { am: place(am), pm: place(pm) });
}

export function reportValues(input: ReportInput): Record<string, string> {
  const { view, t, settings } = input;
  const { day, metrics } = view;
  const lang: Language = settings.language;
  const work = day.blocks.filter((b) => b.kind !== 'break');
  const focusText = (b: Block) => {
    const count = Object.values(b.focus.interruptions).reduce((a, n) => a + n, 0);
    return b.focus.sessions > 0 ? ` ${t('focus.onBlock', { minutes: b.focus.minutes, count })}` : '';
  };
  const line = (b: Block, withStatus: boolean) =>
    `・${hm(b.start)}-${hm(b.end)} ${b.title}${withStatus ? `(${t(`statuses.${b.status}`)})${focusText(b)}` : ''}${withStatus && b.note ? ` — ${b.note}` : ''}`;
  const none = t('reports.none');

  const approvalsDone = input.reminderLog.filter((e) => e.kind === 'approval' && e.doneAt).map((e) => e.doneAt!);
  const approvalBlocksDone = work.filter((b) => b.kind === 'approval' && b.status === 'done').length;
  const localTime = (iso: string) => {
    const d = new Date(iso);
    return `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
  };
  const approvals =
    approvalsDone.length > 0
      ? t('reports.approvalTimes', { count: approvalsDone.length, times: approvalsDone.map(localTime).join(', ') })
      : approvalBlocksDone > 0
        ? t('reports.approvalCount', { count: approvalBlocksDone })
        : none;

  const interruptions = day.record.interruptions.length
    ? day.record.interruptions
        .map((i) => `${hm(formatRecordMinutes(i.start))}-${i.end === null ? '' : hm(formatRecordMinutes(i.end))}(${t(`record.treatments.${i.treatment}`)})`)
        .join(', ')
    : none;

  const outsideParts = [];
  if (metrics.outsideMinutes > 0) outsideParts.push(t('reports.outsideMinutes', { minutes: metrics.outsideMinutes }));
  if (metrics.lateNightMinutes > 0) outsideParts.push(t('record.lateNight', { minutes: metrics.lateNightMinutes }));
  if (metrics.holidayWork) outsideParts.push(t('record.holidayWork'));
  const outside = outsideParts.length
    ? `${outsideParts.join('・')}(${day.record.permissionRef ? t('reports.permission', { ref: day.record.permissionRef }) : t('reports.needsConfirmation')})`
    : none;

  const start = day.reports.filter((r) => r.kind === 'start').at(-1);
  const tomorrow = input.next
    ? input.next.first
      ? `${formatShortDate(input.next.date, lang)} ${hm(input.next.first.start)} ${input.next.first.title}`
      : t('reports.noPlanYet', { date: formatShortDate(input.next.date, lang) })
    : none;

  return {
    date: formatDate(day.date, lang),
    name: settings.profile.name,
    department: settings.profile.department,
    staffId: settings.profile.staffId,
    workStyle: workStyleText(day, t),
    hours: `${hm(day.hours.start)}〜${hm(day.hours.end)}`,
    plan: work.filter((b) => b.status !== 'cancelled').map((b) => line(b, false)).join('\n') || none,
    results: work.map((b) => line(b, true)).join('\n') || none,
    approvals,
    interruptions,
    outside,
    tomorrow,
    startTime: day.record.start === null ? t('record.notRecorded') : hm(formatRecordMinutes(day.record.start)),
    endTime: day.record.end === null ? hm(day.hours.end) : hm(formatRecordMinutes(day.record.end)),
    time: hm(fromMinutes(input.now)),
    startReportSent: start ? t('reports.sentAt', { time: localTime(start.sentAt), via: t(`reports.via.${start.via}`) }) : t('reports.notSent'),
  };
}

export function composeReport(input: ReportInput): { subject: string; body: string } {
  const values = reportValues(input);
  return {
    subject: input.t(`reports.subject.${input.kind}`, { date: input.view.day.date, name: input.settings.profile.name }).trim(),
    body: fillTemplate(input.settings.reportTemplates[input.kind], values).replace(/\r?\n/g, '\n'),
  };
}

/** mailto: with subject and body, or null when it would be too long for mail clients (use .eml). */
export function mailtoUrl(to: string, subject: string, body: string, maxLength = 1800): string | null {
  const url = `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return url.length <= maxLength ? url : null;
}
