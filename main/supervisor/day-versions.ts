/**
 * Two files for one person and day: the same content (re-sent, re-exported) counts once; different
 * content is a conflict the supervisor resolves by choosing a version. Neither `generatedAt` (any
 * file can claim any time) nor import order decides, because either would silently drop a record.
 */
import type { ReportDocument } from '../../shared/reports/report-document.js';
import { type MetricName, recomputeDay } from './recompute.js';

/** One imported file: the validated document and the name it was imported under. */
export interface ImportedReport {
  doc: ReportDocument;
  file: string;
}

export interface DayVersion {
  /** Stable for the same content, so a choice survives importing more files. */
  id: string;
  files: string[];
  generatedAt: string;
  generator: string;
  day: ReturnType<typeof recomputeDay>['day'];
  mismatches: MetricName[];
}

/** Key of a person: 職員番号, or the name when a report has none. */
export const keyOf = (staff: ReportDocument['staff']) => staff.staffId || `name:${staff.name}`;

/** FNV-1a: a short, stable id for a version's content (not a security measure; ids are only compared). */
function contentId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${h.toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

/** Every (person, date) with its distinct versions, recomputed; same content merged with all its file names. */
export function dayVersions(reports: readonly ImportedReport[], timeZone: string): Map<string, Map<string, DayVersion[]>> {
  const byStaff = new Map<string, Map<string, DayVersion[]>>();
  for (const { doc, file } of reports) {
    const key = keyOf(doc.staff);
    const dates = byStaff.get(key) ?? new Map<string, DayVersion[]>();
    byStaff.set(key, dates);
    for (const fileDay of doc.days) {
      const { day, mismatches } = recomputeDay(fileDay, timeZone, doc.generatedAt);
      // Content compared after recomputing: a file whose only difference is its stated figures is the same
      // record (its wrong figures are reported as a mismatch, not as a second version).
      const id = contentId(JSON.stringify(day));
      const versions = dates.get(day.date) ?? [];
      dates.set(day.date, versions);
      const same = versions.find((v) => v.id === id);
      if (same) {
        same.files.push(file);
        for (const m of mismatches) if (!same.mismatches.includes(m)) same.mismatches.push(m);
      } else versions.push({ id, files: [file], generatedAt: doc.generatedAt, generator: doc.generator, day, mismatches });
    }
  }
  return byStaff;
}
