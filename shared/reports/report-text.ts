/**
 * 始業報告 / 終業報告 / 中断 / 再開 text, built from the day and filled into the user's template.
 * Placeholders: {{date}} {{name}} {{department}} {{staffId}} {{workStyle}} {{hours}} {{plan}}
 * {{results}} {{approvals}} {{interruptions}} {{outside}} {{tomorrow}} {{startTime}} {{endTime}}
 * {{time}} {{startReportSent}}. An unknown placeholder is left as typed, so a typo is visible.
 */
import { formatDate, formatShortDate } from '../calendar/japanese-date.js';
import type { Block, Day, SentReport } from '../day/day-schema.js';
import type { DayView } from '../day/day-view.js';
import { approvalChecks, formatRecordMinutes } from '../day/day-metrics.js';
import type { TranslateFn } from '../i18n/translator.js';
import type { ReminderEntry } from '../reminders/reminder-log.js';
import { TO_CARRY, onThePlan } from '../lists/block-statuses.js';
import { type Language, type Settings, reportTemplateFor } from '../settings/settings-schema.js';
import { fromMinutes } from '../time/clock-time.js';
import { orgWallClock } from '../time/org-time-zone.js';
import { durationText } from '../time/time-text.js';
import { workStyleLabel } from './work-style-label.js';

export const REPORT_PLACEHOLDERS = [
  'date', 'name', 'department', 'staffId', 'workStyle', 'hours', 'plan', 'results', 'approvals',
  'interruptions', 'outside', 'tomorrow', 'startTime', 'endTime', 'time', 'startReportSent',
] as const;

export type ReportKind = SentReport['kind'];

export interface ReportInput {
  kind: ReportKind;
  view: DayView;
  settings: Pick<Settings, 'profile' | 'reportTemplates' | 'language' | 'orgTimeZone'>;
  reminderLog: readonly ReminderEntry[];
  /**
   * The next working day, its first block and its plan, for {{tomorrow}}: the blocks carried over
   * (繰越済み) or marked to carry (未完了 / 繰越し), else the first block planned there.
   */
  next: { date: string; first: Block | undefined; blocks?: readonly Block[] } | undefined;
  /** Minutes since midnight now, for {{time}}. */
  now: number;
  t: TranslateFn;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** "({{department}})" in the template: dropped with its brackets when the value is empty. */
const EMPTY_IN_BRACKETS = / ?\(\s*\{\{(\w+)\}\}\s*\)|（\s*\{\{(\w+)\}\}\s*）/g;

/**
 * Fills the placeholders. A line whose placeholders all came out empty is left out (no stray
 * "()" when no name or section is set), and brackets left empty by a placeholder are removed.
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  const value = (key: string, whole: string) => (Object.hasOwn(values, key) ? values[key]! : whole);
  return template
    .split(/\r?\n/)
    .flatMap((line) => {
      const keys = [...line.matchAll(PLACEHOLDER)].map((m) => m[1]!);
      if (keys.length === 0) return [line];
      if (keys.every((k) => value(k, 'x') === '')) return [];
      return [line.replace(EMPTY_IN_BRACKETS, (whole, a?: string, b?: string) => (value((a ?? b)!, whole) === '' ? '' : whole)).replace(PLACEHOLDER, (whole, key: string) => value(key, whole))];
    })
    .join('\n');
}

const hm = (hhmm: string) => hhmm.replace(/^(\D*)0(\d)/, '$1$2');

function workStyleText(day: Day, t: TranslateFn): string {
  const office = day.workStyle.satelliteOffice ? t('reports.paren', { text: day.workStyle.satelliteOffice }) : '';
  return workStyleLabel(day.workStyle, t, office);
}

export function reportValues(input: ReportInput): Record<string, string> {
  const { view, t, settings } = input;
  const { day, metrics } = view;
  const lang: Language = settings.language;
  const work = day.blocks.filter((b) => b.kind !== 'break');
  const focusText = (b: Block) => {
    const count = Object.values(b.focus.interruptions).reduce((a, n) => a + n, 0);
    return b.focus.sessions > 0 ? ` ${t('day.focusOnBlock', { minutes: b.focus.minutes, count })}` : '';
  };
  // 「・9:00〜10:00 資料作成(完了)」 / "- 9:00–10:00 Budget (Done)": bullets, ranges and brackets follow the language.
  const span = (start: string, end: string) => `${start}${t('reports.range')}${end}`;
  const line = (b: Block, withStatus: boolean) =>
    `${t('reports.bullet')}${span(hm(b.start), hm(b.end))} ${b.title}${withStatus ? `${t('reports.paren', { text: t(`statuses.${b.status}`) })}${focusText(b)}` : ''}${withStatus && b.note ? ` — ${b.note}` : ''}`;
  const clock = (m: number) => hm(formatRecordMinutes(m, t('exports.nextDayPrefix')));
  const none = t('reports.none');

  // The one count the CSV, the JSON and 所属長の確認画面 give (shared/day/day-metrics.ts).
  const approvalsDone = approvalChecks(day, input.reminderLog, settings.orgTimeZone);
  // An instant (a 電子決裁・供覧の確認, the 始業報告 sent) on the organisation's wall clock, not the machine's.
  const localTime = (iso: string) => hm(orgWallClock(iso, settings.orgTimeZone).time);
  const approvals =
    approvalsDone.length > 0 ? t('reports.approvalTimes', { count: approvalsDone.length, times: approvalsDone.map(localTime).join(t('app.listSeparator')) }) : none;

  const interruptions = day.record.interruptions.length
    ? day.record.interruptions
        .map((i) => `${span(clock(i.start), i.end === null ? '' : clock(i.end))}${t('reports.paren', { text: t(`record.treatments.${i.treatment}`) })}`)
        .join(t('app.listSeparator')) + (metrics.interruptionMinutes > 0 ? t('reports.interruptionTotal', { duration: durationText(metrics.interruptionMinutes, lang) }) : '')
    : none;

  // The template's line already says 時間外勤務: the value is the time, then what else applies
  // (「1時間5分・深夜勤務(22時〜翌5時) 30分(命令・許可: 第12号)」), never 「時間外: 時間外 1分」.
  const outsideParts = [];
  if (metrics.holidayWork) outsideParts.push(`${t('record.holidayWork')} ${durationText(metrics.outsideMinutes, lang)}`);
  else if (metrics.outsideMinutes > 0) outsideParts.push(durationText(metrics.outsideMinutes, lang));
  if (metrics.lateNightMinutes > 0) outsideParts.push(t('record.lateNight', { duration: durationText(metrics.lateNightMinutes, lang) }));
  const permission = day.record.permissionRef
    ? t('reports.paren', { text: t('reports.permission', { ref: day.record.permissionRef }) })
    : metrics.needsPermission
      ? t('reports.paren', { text: t('reports.needsConfirmation') })
      : '';
  const outside = outsideParts.length ? `${outsideParts.join(t('reports.joiner'))}${permission}` : none;

  const start = day.reports.filter((r) => r.kind === 'start').at(-1);
  const carried = work.filter((b) => b.status === 'carried' || TO_CARRY.includes(b.status));
  // Where a carried block landed on the next working day (same title and kind), to name its time.
  const landed = (b: Block) => (b.status === 'carried' ? input.next?.blocks?.find((x) => x.title === b.title && x.kind === b.kind) : undefined);
  const carriedText = carried.map((b) => {
    const there = landed(b);
    return there ? `${hm(there.start)} ${b.title}` : b.title;
  });
  const tomorrow = input.next
    ? carried.length > 0
      ? `${formatShortDate(input.next.date, lang)} ${carriedText.join(t('app.listSeparator'))}`
      : input.next.first
        ? `${formatShortDate(input.next.date, lang)} ${hm(input.next.first.start)} ${input.next.first.title}`
        : t('reports.noPlanYet', { date: formatShortDate(input.next.date, lang) })
    : none;

  return {
    date: formatDate(day.date, lang),
    name: settings.profile.name,
    department: settings.profile.department,
    staffId: settings.profile.staffId,
    workStyle: workStyleText(day, t),
    hours: `${hm(day.hours.start)}${t('reports.range')}${hm(day.hours.end)}`,
    plan: work.filter((b) => onThePlan(b.status)).map((b) => line(b, false)).join('\n') || none,
    results: work.map((b) => line(b, true)).join('\n') || none,
    approvals,
    interruptions,
    outside,
    tomorrow,
    startTime: day.record.start === null ? t('record.notRecorded') : clock(day.record.start),
    endTime: day.record.end === null ? hm(day.hours.end) : clock(day.record.end),
    time: hm(fromMinutes(input.now)),
    startReportSent: start ? t('reports.sentAt', { time: localTime(start.sentAt), via: t(`reports.via.${start.via}`) }) : t('reports.notSent'),
  };
}

export function composeReport(input: ReportInput): { subject: string; body: string } {
  const values = reportValues(input);
  return {
    // The date in 和暦 like the body, never ISO in Japanese text.
    subject: input.t(`reports.subject.${input.kind}`, { date: formatDate(input.view.day.date, input.settings.language), name: input.settings.profile.name }).trim(),
    body: fillTemplate(reportTemplateFor(input.settings, input.kind), values),
  };
}

/** mailto: with subject and body, or null when it would be too long for mail clients (use .eml). */
export function mailtoUrl(to: string, subject: string, body: string, maxLength = 1800): string | null {
  const url = `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return url.length <= maxLength ? url : null;
}

/**
 * The mail draft's link. A Japanese report of a real day (9–10 予定) is several thousand characters
 * once percent-encoded — beyond what mail clients take in a link — so then the link carries the
 * subject and `pasteNote` ("the text is on the clipboard") and the full text goes to the clipboard
 * when the button is pressed (`fullText: false`). Null only when even that is too long (a huge subject).
 */
export function mailDraft(to: string, subject: string, body: string, pasteNote: string, maxLength = 1800): { url: string; fullText: boolean } | null {
  const full = mailtoUrl(to, subject, body, maxLength);
  if (full) return { url: full, fullText: true };
  const short = mailtoUrl(to, subject, pasteNote, maxLength);
  return short ? { url: short, fullText: false } : null;
}
