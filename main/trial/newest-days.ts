/**
 * The trial's people and their days from the report files: one person per 職員番号 (name and 所属 when a
 * file has none), and one version per person and day — when the same person's files overlap, the day
 * from the newest file (`generatedAt`) counts. The 所属長's view keeps differing versions for a choice;
 * 総務課's summary counts participation, where the latest export of a day is what the person handed in.
 * Each kept day is recomputed from its recorded times (recompute.ts): the file's own figures are not believed.
 */
import type { ReportDay, ReportDocument } from '../../shared/reports/report-document.js';
import type { NamedSurveyResponse, Trial } from '../../shared/trial/trial-schema.js';
import { inTrialPeriod } from '../../shared/trial/trial-days.js';
import { recomputeDay } from '../supervisor/recompute.js';

export interface TrialPerson {
  key: string;
  staff: { staffId: string; name: string; department: string; title: string };
  /** Days inside the trial's period, recomputed, sorted by date. */
  days: ReportDay[];
  /** Named survey answers: one per trial, survey and occasion (the latest answered). */
  survey: NamedSurveyResponse[];
}

export const personKey = (staff: ReportDocument['staff']) => staff.staffId.trim() || `name:${staff.name}|${staff.department}`;

export function trialPeople(docs: readonly ReportDocument[], trial: Pick<Trial, 'start' | 'end'>, timeZone: string): TrialPerson[] {
  const people = new Map<string, { staff: ReportDocument['staff']; at: number; days: Map<string, { day: ReportDay; at: number; generatedAt: string }>; survey: Map<string, NamedSurveyResponse> }>();
  for (const doc of docs) {
    const key = personKey(doc.staff);
    const at = Date.parse(doc.generatedAt);
    let p = people.get(key);
    if (!p) people.set(key, (p = { staff: doc.staff, at, days: new Map(), survey: new Map() }));
    else if (at > p.at) {
      p.staff = doc.staff;
      p.at = at;
    }
    for (const day of doc.days) {
      if (!inTrialPeriod(trial, day.date)) continue;
      const have = p.days.get(day.date);
      if (!have || at > have.at) p.days.set(day.date, { day, at, generatedAt: doc.generatedAt });
    }
    for (const r of doc.survey ?? []) {
      const k = `${r.trialId}|${r.surveyId}|${r.occasion}`;
      const have = p.survey.get(k);
      if (!have || Date.parse(r.answeredAt) > Date.parse(have.answeredAt)) p.survey.set(k, r);
    }
  }
  return [...people].map(([key, p]) => ({
    key,
    staff: { staffId: p.staff.staffId, name: p.staff.name, department: p.staff.department, title: p.staff.title ?? '' },
    days: [...p.days.values()].map((d) => recomputeDay(d.day, timeZone, d.generatedAt).day).sort((a, b) => a.date.localeCompare(b.date)),
    survey: [...p.survey.values()],
  }));
}
