/**
 * The two CSVs of a report document: one row per day (the columns DOMAIN.md suggests, Japanese
 * headers) and one row per block or 中抜け. Times are exact minutes as stored; 職員番号 stays text.
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import { formatRecordMinutes } from '../../shared/day/day-metrics.js';
import { weekdayJa } from '../../shared/calendar/japanese-date.js';
import type { ReportDay, ReportDocument } from '../../shared/reports/report-document.js';
import { toMinutes } from '../../shared/time/clock-time.js';
import type { Cell } from './csv-for-excel.js';

export const DAILY_HEADER = [
  '職員番号', '氏名', '所属', '日付', '和暦日付', '曜日', '年度', '休日区分', '勤務形態', '勤務場所', '所定始業', '所定終業',
  '申告始業', '申告終業', '休憩分', '中抜け回数', '中抜け分', '実労働分', '時間外分', '深夜分', '許可番号', '予定件数', '完了件数',
  '決裁確認回数', '始業報告時刻', '終業報告時刻', '修正有無',
] as const;

export const DETAIL_HEADER = ['職員番号', '氏名', '日付', '区分', '開始', '終了', '分', '件名', '種類', '状況', 'メモ', '集中分', '中断回数'] as const;

const time = (m: number | null) => (m === null ? '' : formatRecordMinutes(m, '翌'));
const localTime = (iso: string | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export function workStyleLabel(day: Pick<ReportDay, 'workStyle'>, t: TranslateFn): string {
  const { am, pm } = day.workStyle;
  return am === pm ? t(`reports.places.${am}`) : t('reports.halfDays', { am: t(`places.${am}`), pm: t(`places.${pm}`) });
}

export function dailyRows(doc: ReportDocument, t: TranslateFn): Cell[][] {
  return doc.days.map((d) => {
    const work = d.blocks.filter((b) => b.kind !== 'break');
    const lastReport = (kind: string) => d.reports.filter((r) => r.kind === kind).at(-1)?.sentAt;
    return [
      doc.staff.staffId,
      doc.staff.name,
      doc.staff.department,
      d.date,
      d.wareki,
      weekdayJa(d.date),
      d.fiscalYear,
      d.info.isHoliday ? d.info.name || t(`dayKinds.${d.info.kind}`) : '',
      workStyleLabel(d, t),
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
      localTime(lastReport('start')),
      localTime(lastReport('end')),
      d.record.corrections.length > 0 ? '有' : '無',
    ];
  });
}

export function detailRows(doc: ReportDocument, t: TranslateFn): Cell[][] {
  return doc.days.flatMap((d) => [
    ...d.blocks.map((b): Cell[] => [
      doc.staff.staffId,
      doc.staff.name,
      d.date,
      '予定ブロック',
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
      doc.staff.staffId,
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
