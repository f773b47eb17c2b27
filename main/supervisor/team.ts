/**
 * The supervisor's picture of the team, from imported report documents: each day recomputed from
 * its record (recompute.ts), the same content counted once and differing versions held as conflicts
 * until the supervisor chooses (day-versions.ts); then today's status, plan vs result, exceptions
 * only, and monthly / 年度 totals of time outside hours against the limits.
 */
import { fiscalYear } from '../../shared/calendar/local-date.js';
import type { ReportDay, ReportDocument } from '../../shared/reports/report-document.js';
import { type DayVersion, type ImportedReport, dayVersions, keyOf } from './day-versions.js';
import type { MetricName } from './recompute.js';
import { onThePlan } from '../../shared/lists/block-statuses.js';
import { toMinutes } from '../../shared/time/clock-time.js';

export { keyOf };

export interface DayConflict {
  date: string;
  versions: DayVersion[];
}

export interface StaffRecord {
  staff: ReportDocument['staff'];
  /** Recomputed days, sorted by date; a conflicting day is here only once a version was chosen. */
  days: ReportDay[];
  generatedAt: string;
  /** Days whose file stated figures that differ from the recomputed ones. */
  mismatches: { date: string; figures: MetricName[] }[];
  /** Days with differing versions, chosen or not (the view keeps showing them, with the choice). */
  conflicts: DayConflict[];
}

/** Choices are keyed `${keyOf(staff)}|${date}` → version id. */
export const choiceKey = (staffKey: string, date: string) => `${staffKey}|${date}`;

/** `timeZone`: the organisation's, for the recomputed figures (see recompute.ts). */
export function mergeReports(reports: readonly ImportedReport[], timeZone: string, choices: ReadonlyMap<string, string> = new Map()): StaffRecord[] {
  const staffOf = new Map<string, { staff: ReportDocument['staff']; generatedAt: string }>();
  for (const { doc } of reports) {
    const key = keyOf(doc.staff);
    const have = staffOf.get(key);
    // Only the name and department shown come from the newest file; no day is decided by generatedAt.
    if (!have || Date.parse(doc.generatedAt) > Date.parse(have.generatedAt)) staffOf.set(key, { staff: doc.staff, generatedAt: doc.generatedAt });
  }
  const records: StaffRecord[] = [];
  for (const [key, dates] of dayVersions(reports, timeZone)) {
    const record: StaffRecord = { ...staffOf.get(key)!, days: [], mismatches: [], conflicts: [] };
    for (const [date, versions] of dates) {
      const chosen = versions.length === 1 ? versions[0] : versions.find((v) => v.id === choices.get(choiceKey(key, date)));
      if (versions.length > 1) record.conflicts.push({ date, versions });
      if (!chosen) continue;
      record.days.push(chosen.day);
      if (chosen.mismatches.length) record.mismatches.push({ date, figures: chosen.mismatches });
    }
    record.days.sort((a, b) => a.date.localeCompare(b.date));
    record.conflicts.sort((a, b) => a.date.localeCompare(b.date));
    records.push(record);
  }
  return records.sort((a, b) => (a.staff.staffId || a.staff.name).localeCompare(b.staff.staffId || b.staff.name));
}

export interface Limits {
  monthlyOutsideMinutes: number;
  yearlyOutsideMinutes: number;
  /** 中抜け longer than this (in total, per day) is an exception. */
  interruptionMinutes: number;
}
export const DEFAULT_LIMITS: Limits = { monthlyOutsideMinutes: 45 * 60, yearlyOutsideMinutes: 360 * 60, interruptionMinutes: 60 };

export type ExceptionKind = 'outsideHours' | 'lateNight' | 'holidayWork' | 'longInterruption' | 'missingPermission' | 'figuresMismatch' | 'conflict';

export interface TeamException {
  staffId: string;
  name: string;
  date: string;
  kind: ExceptionKind;
  minutes: number;
  /** For figuresMismatch: the figures the file stated differently. */
  figures: MetricName[];
}

export function exceptionsOf(records: readonly StaffRecord[], limits: Limits = DEFAULT_LIMITS): TeamException[] {
  const out: TeamException[] = [];
  for (const r of records) {
    for (const d of r.days) {
      const add = (kind: ExceptionKind, minutes: number, figures: MetricName[] = []) => out.push({ staffId: r.staff.staffId, name: r.staff.name, date: d.date, kind, minutes, figures });
      const mismatch = r.mismatches.find((m) => m.date === d.date);
      if (mismatch) add('figuresMismatch', 0, mismatch.figures);
      if (d.metrics.outsideMinutes > 0) add('outsideHours', d.metrics.outsideMinutes);
      if (d.metrics.lateNightMinutes > 0) add('lateNight', d.metrics.lateNightMinutes);
      if (d.metrics.holidayWork) add('holidayWork', d.metrics.workedMinutes);
      if (d.metrics.interruptionMinutes > limits.interruptionMinutes) add('longInterruption', d.metrics.interruptionMinutes);
      if (d.metrics.needsPermission) add('missingPermission', 0);
    }
    // An unresolved conflict hides the day from every figure, so it must show here.
    for (const c of r.conflicts) {
      if (!r.days.some((d) => d.date === c.date)) out.push({ staffId: r.staff.staffId, name: r.staff.name, date: c.date, kind: 'conflict', minutes: 0, figures: [] });
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
    const work = day?.blocks.filter((b) => b.kind !== 'break' && onThePlan(b.status)) ?? [];
    const minutes = (b: { start: string; end: string }) => toMinutes(b.end) - toMinutes(b.start);
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
export function outsideTotals(records: readonly Pick<StaffRecord, 'staff' | 'days'>[], date: string, limits: Limits = DEFAULT_LIMITS): OutsideTotals[] {
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
