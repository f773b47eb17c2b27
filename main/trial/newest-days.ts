/**
 * The trial's people and their days from the report files: one person per 職員番号 (name and 所属 when a
 * file has none, compared after NFKC with spaces collapsed, as trial-days.ts compares 所属; someone known
 * only by name and 所属 — a file exported before the 職員番号 was filled in — is the person with a 職員番号
 * and the same name and 所属, when there is exactly one), and one version per person and day — when the same person's files overlap, the day
 * from the newest file (`generatedAt`) counts. The 所属長's view keeps differing versions for a choice;
 * 総務課's summary counts participation, where the latest export of a day is what the person handed in.
 *
 * Each day in the period is recomputed from its recorded times when its file is added (recompute.ts:
 * the file's own figures are not believed) and kept as the few facts the summary counts, so a folder
 * of 300 年度 files is never held in memory at once: each document can go as soon as it was added.
 */
import type { ReportDocument } from '../../shared/reports/report-document.js';
import type { NamedSurveyResponse, Trial } from '../../shared/trial/trial-schema.js';
import { inTrialPeriod, sameText } from '../../shared/trial/trial-days.js';
import { recomputeDay } from '../supervisor/recompute.js';

/** What the summary needs of a day (the shape countsAsTeleworkDay reads, plus 時間外勤務 recomputed). */
export interface TrialDay {
  date: string;
  telework: boolean;
  record: { start: number | null };
  outsideMinutes: number;
}

export interface TrialPerson {
  key: string;
  staff: { staffId: string; name: string; department: string; title: string };
  /** Days inside the trial's period, sorted by date. */
  days: TrialDay[];
  /** Named survey answers: one per trial, survey and occasion (the latest answered). */
  survey: NamedSurveyResponse[];
}

/** The name and 所属 as compared: 「山田 花子」 written with a 全角 or a 半角 space, of 「企画課」, is one person. */
const nameKey = (staff: ReportDocument['staff']) => `name:${sameText(staff.name)}|${sameText(staff.department)}`;
export const personKey = (staff: ReportDocument['staff']) => sameText(staff.staffId) || nameKey(staff);

interface Held {
  staff: ReportDocument['staff'];
  at: number;
  days: Map<string, { day: TrialDay; at: number }>;
  survey: Map<string, NamedSurveyResponse>;
}

/** Adds `from`'s days and answers to `into` (the newest file's day and the latest answer win). */
function merge(into: Held, from: Held) {
  for (const [date, d] of from.days) {
    const have = into.days.get(date);
    if (!have || d.at > have.at) into.days.set(date, d);
  }
  for (const [k, r] of from.survey) {
    const have = into.survey.get(k);
    if (!have || Date.parse(r.answeredAt) > Date.parse(have.answeredAt)) into.survey.set(k, r);
  }
  // Name, 所属 and 役職 from the newest file; the 職員番号 stays.
  if (from.at > into.at) {
    into.staff = { ...from.staff, staffId: into.staff.staffId };
    into.at = from.at;
  }
}

export function trialDays(trial: Pick<Trial, 'start' | 'end'>, timeZone: string) {
  const people = new Map<string, Held>();
  return {
    add(doc: ReportDocument) {
      const key = personKey(doc.staff);
      const at = Date.parse(doc.generatedAt);
      let p = people.get(key);
      if (!p) people.set(key, (p = { staff: doc.staff, at, days: new Map(), survey: new Map() }));
      else if (at > p.at) {
        // The name, 所属 and 役職 come from the newest file too.
        p.staff = doc.staff;
        p.at = at;
      }
      for (const fileDay of doc.days) {
        if (!inTrialPeriod(trial, fileDay.date)) continue;
        const have = p.days.get(fileDay.date);
        if (have && have.at >= at) continue;
        const { day } = recomputeDay(fileDay, timeZone, doc.generatedAt);
        p.days.set(day.date, { at, day: { date: day.date, telework: day.telework, record: { start: day.record.start }, outsideMinutes: day.metrics.outsideMinutes } });
      }
      for (const r of doc.survey ?? []) {
        const k = `${r.trialId}|${r.surveyId}|${r.occasion}`;
        const have = p.survey.get(k);
        if (!have || Date.parse(r.answeredAt) > Date.parse(have.answeredAt)) p.survey.set(k, r);
      }
    },
    people(): TrialPerson[] {
      // Someone known only by name and 所属 joins the one person with a 職員番号 and the same name and 所属.
      const merged = new Map([...people].map(([key, p]) => [key, { ...p, days: new Map(p.days), survey: new Map(p.survey) }]));
      const byName = new Map<string, string[]>();
      for (const [key, p] of merged) {
        if (key.startsWith('name:')) continue;
        const k = nameKey(p.staff);
        byName.set(k, [...(byName.get(k) ?? []), key]);
      }
      for (const [key, p] of merged) {
        if (!key.startsWith('name:')) continue;
        const withId = byName.get(key);
        if (withId?.length !== 1) continue;
        merge(merged.get(withId[0]!)!, p);
        merged.delete(key);
      }
      return [...merged].map(([key, p]) => ({
        key,
        staff: { staffId: p.staff.staffId, name: p.staff.name, department: p.staff.department, title: p.staff.title ?? '' },
        days: [...p.days.values()].map((d) => d.day).sort((a, b) => a.date.localeCompare(b.date)),
        survey: [...p.survey.values()],
      }));
    },
  };
}
