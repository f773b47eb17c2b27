/**
 * The two CSVs of a report document: one row per day (the columns DOMAIN.md suggests, Japanese
 * headers) and one row per block or 中抜け. Times are exact minutes as stored; 職員番号 stays text (keepAsText).
 *
 * Every cell is Japanese whatever the UI language, like the headers: a sheet is read by the
 * 所属長 and 総務課 beside other staff's sheets, and a column that mixes 「完了」 and "Done" cannot
 * be filtered or counted. So the words come from the Japanese catalogue, never the user's.
 */
import { translatorFor } from '../../shared/i18n/translator.js';
import { workStyleLabel } from '../../shared/reports/work-style-label.js';
import { formatRecordMinutes } from '../../shared/day/day-metrics.js';
import { weekdayJa } from '../../shared/calendar/japanese-date.js';
import type { ReportDocument } from '../../shared/reports/report-document.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import { orgWallClock } from '../../shared/time/org-time-zone.js';
import { type Cell, keepAsText } from './csv-for-excel.js';

export const DAILY_HEADER = [
  '職員番号', '氏名', '所属', '日付', '和暦日付', '曜日', '年度', '休日区分', '勤務形態', '勤務場所', '所定始業', '所定終業',
  '申告始業', '申告終業', '休憩分', '中抜け回数', '中抜け時間分', '実勤務分', '時間外勤務分', '深夜勤務分', '命令・許可', '予定件数',
  '完了件数', '電子決裁・供覧の確認回数', '始業報告時刻', '終業報告時刻', '修正有無',
] as const;

export const DETAIL_HEADER = ['職員番号', '氏名', '日付', '区分', '開始', '終了', '分', '件名', '種類', '状況', 'メモ', '集中分', '割り込み回数'] as const;

const ja = () => translatorFor('ja');

const time = (m: number | null) => (m === null ? '' : formatRecordMinutes(m, '翌'));
// The organisation's wall clock, so the same report gives the same CSV on any machine.
const localTime = (iso: string | undefined, timeZone: string) => (iso ? orgWallClock(iso, timeZone).time : '');

/** `timeZone`: the organisation's (setting orgTimeZone), for the 始業報告・終業報告 times. */
export function dailyRows(doc: Pick<ReportDocument, 'staff' | 'days'>, timeZone: string): Cell[][] {
  const t = ja();
  return doc.days.map((d) => {
    const work = d.blocks.filter((b) => b.kind !== 'break');
    const lastReport = (kind: string) => d.reports.filter((r) => r.kind === kind).at(-1)?.sentAt;
    return [
      keepAsText(doc.staff.staffId),
      doc.staff.name,
      doc.staff.department,
      d.date,
      d.wareki,
      weekdayJa(d.date),
      d.fiscalYear,
      d.info.isHoliday ? d.info.name || t(`dayKinds.${d.info.kind}`) : '',
      workStyleLabel(d.workStyle, t),
      d.workStyle.satelliteOffice,
      d.scheduled.start,
      d.scheduled.end,
      time(d.record.start),
      time(d.record.end),
      d.metrics.breakMinutes,
      d.metrics.interruptionCount,
      d.metrics.interruptionMinutes,
      d.metrics.workedMinutes,
      d.metrics.outsideMinutes,
      d.metrics.lateNightMinutes,
      d.record.permissionRef || (d.metrics.needsPermission ? t('reports.needsConfirmation') : ''),
      work.filter((b) => b.status !== 'cancelled').length,
      work.filter((b) => b.status === 'done').length,
      d.approvalChecks.length,
      localTime(lastReport('start'), timeZone),
      localTime(lastReport('end'), timeZone),
      d.record.corrections.length > 0 ? '有' : '無',
    ];
  });
}

export function detailRows(doc: Pick<ReportDocument, 'staff' | 'days'>): Cell[][] {
  const t = ja();
  return doc.days.flatMap((d) => [
    ...d.blocks.map((b): Cell[] => [
      keepAsText(doc.staff.staffId),
      doc.staff.name,
      d.date,
      '予定',
      b.start,
      b.end,
      toMinutes(b.end) - toMinutes(b.start),
      b.title,
      t(`kinds.${b.kind}`),
      t(`statuses.${b.status}`),
      b.note,
      b.focus.minutes,
      Object.values(b.focus.interruptions).reduce((a, n) => a + n, 0),
    ]),
    ...d.record.interruptions.map((i): Cell[] => [
      keepAsText(doc.staff.staffId),
      doc.staff.name,
      d.date,
      '中抜け',
      time(i.start),
      time(i.end),
      i.end === null ? null : i.end - i.start,
      '',
      '',
      t(`record.treatments.${i.treatment}`),
      i.note,
      null,
      null,
    ]),
  ]);
}
