/**
 * The supervisor's picture of the team, from imported report documents: reports of the same
 * person are merged (the newest export of each day wins), then today's status, plan vs result,
 * exceptions only, and monthly / 年度 totals of time outside hours against the limits.
 */
import { fiscalYear } from '../../shared/calendar/local-date.js';
import type { ReportDay, ReportDocument } from '../../shared/reports/report-document.js';

export interface StaffRecord {
  staff: ReportDocument['staff'];
  /** Newest first is irrelevant: sorted by date. */
  days: ReportDay[];
  generatedAt: string;
}

/** Key of a person: 職員番号, or the name when a report has none. */
export const keyOf = (staff: ReportDocument['staff']) => staff.staffId || `name:${staff.name}`;

export function mergeReports(docs: readonly ReportDocument[]): StaffRecord[] {
  const byStaff = new Map<string, { staff: ReportDocument['staff']; days: Map<string, { day: ReportDay; at: string }>; generatedAt: string }>();
  for (const doc of docs) {
    const key = keyOf(doc.staff);
    let entry = byStaff.get(key);
    if (!entry) byStaff.set(key, (entry = { staff: doc.staff, days: new Map(), generatedAt: doc.generatedAt }));
    if (doc.generatedAt >= entry.generatedAt) {
      entry.staff = doc.staff;
      entry.generatedAt = doc.generatedAt;
    }
    for (const day of doc.days) {
      const have = entry.days.get(day.date);
      if (!have || doc.generatedAt >= have.at) entry.days.set(day.date, { day, at: doc.generatedAt });
    }
  }
  return [...byStaff.values()]
    .map((e) => ({ staff: e.staff, generatedAt: e.generatedAt, days: [...e.days.values()].map((d) => d.day).sort((a, b) => a.date.localeCompare(b.date)) }))
    .sort((a, b) => (a.staff.staffId || a.staff.name).localeCompare(b.staff.staffId || b.staff.name));
}

export interface Limits {
  monthlyOutsideMinutes: number;
  yearlyOutsideMinutes: number;
  /** 中抜け longer than this (in total, per day) is an exception. */
  interruptionMinutes: number;
}
export const DEFAULT_LIMITS: Limits = { monthlyOutsideMinutes: 45 * 60, yearlyOutsideMinutes: 360 * 60, interruptionMinutes: 60 };

export type ExceptionKind = 'outsideHours' | 'lateNight' | 'holidayWork' | 'longInterruption' | 'missingPermission';

export interface TeamException {
  staffId: string;
  name: string;
  date: string;
  kind: ExceptionKind;
  minutes: number;
}

export function exceptionsOf(records: readonly StaffRecord[], limits: Limits = DEFAULT_LIMITS): TeamException[] {
  const out: TeamException[] = [];
  for (const r of records) {
    for (const d of r.days) {
      const add = (kind: ExceptionKind, minutes: number) => out.push({ staffId: r.staff.staffId, name: r.staff.name, date: d.date, kind, minutes });
      if (d.metrics.outsideMinutes > 0) add('outsideHours', d.metrics.outsideMinutes);
      if (d.metrics.lateNightMinutes > 0) add('lateNight', d.metrics.lateNightMinutes);
      if (d.metrics.holidayWork) add('holidayWork', d.metrics.workedMinutes);
      if (d.metrics.interruptionMinutes > limits.interruptionMinutes) add('longInterruption', d.metrics.interruptionMinutes);
      if (d.metrics.needsPermission) add('missingPermission', 0);
    }
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.staffId.localeCompare(b.staffId));
}

export interface StatusRow {
  staffId: string;
  name: string;
  department: string;
  /** Undefined when the person has no record for the date. */
  day: ReportDay | undefined;
  startReportAt: string | null;
  endReportAt: string | null;
  planned: number;
  done: number;
  plannedMinutes: number;
  workedMinutes: number;
}

export function statusOn(records: readonly StaffRecord[], date: string): StatusRow[] {
  return records.map((r) => {
    const day = r.days.find((d) => d.date === date);
    const work = day?.blocks.filter((b) => b.kind !== 'break' && b.status !== 'cancelled') ?? [];
    const minutes = (b: { start: string; end: string }) => Number(b.end.slice(0, 2)) * 60 + Number(b.end.slice(3)) - (Number(b.start.slice(0, 2)) * 60 + Number(b.start.slice(3)));
    return {
      staffId: keyOf(r.staff),
      name: r.staff.name,
      department: r.staff.department,
      day,
      startReportAt: day?.reports.filter((x) => x.kind === 'start').at(-1)?.sentAt ?? null,
      endReportAt: day?.reports.filter((x) => x.kind === 'end').at(-1)?.sentAt ?? null,
      planned: work.length,
      done: work.filter((b) => b.status === 'done').length,
      plannedMinutes: work.reduce((s, b) => s + minutes(b), 0),
      workedMinutes: day?.metrics.workedMinutes ?? 0,
    };
  });
}

export interface OutsideTotals {
  staffId: string;
  name: string;
  month: string;
  monthMinutes: number;
  fiscalYear: number;
  yearMinutes: number;
  overMonth: boolean;
  overYear: boolean;
}

/** Time outside hours in the month and the 年度 that contain `date`, against the limits. */
export function outsideTotals(records: readonly StaffRecord[], date: string, limits: Limits = DEFAULT_LIMITS): OutsideTotals[] {
  const month = date.slice(0, 7);
  const fy = fiscalYear(date);
  return records.map((r) => {
    const monthMinutes = r.days.filter((d) => d.date.startsWith(month)).reduce((s, d) => s + d.metrics.outsideMinutes, 0);
    const yearMinutes = r.days.filter((d) => fiscalYear(d.date) === fy && d.date <= date).reduce((s, d) => s + d.metrics.outsideMinutes, 0);
    return {
      staffId: r.staff.staffId,
      name: r.staff.name,
      month,
      monthMinutes,
      fiscalYear: fy,
      yearMinutes,
      overMonth: monthMinutes > limits.monthlyOutsideMinutes,
      overYear: yearMinutes > limits.yearlyOutsideMinutes,
    };
  });
}
