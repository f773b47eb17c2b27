/**
 * 総務課's figures for the trial (OrgSummary), from the report files and answer files already read:
 * pure and in one pass over the kept days, so a 年度 of 300 staff compiles in well under a second.
 * Every rule is the one the staff app uses (shared/trial/trial-days.ts): who is a target (所属), who is
 * a manager (役職), which day is a telework day had (telework, in the period, 始業 recorded).
 */
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import type { AnonymousAnswerFile, Trial } from '../../shared/trial/trial-schema.js';
import { countsAsTeleworkDay, isManager, isTargetDepartment, sameText } from '../../shared/trial/trial-days.js';
import { fitAnswers } from '../../shared/trial/answer-fit.js';
import { type AnswerSource, compileSurvey } from './compile-survey.js';
import type { TrialPerson } from './newest-days.js';

export interface OrgSummaryInput {
  trial: Trial;
  /** The people of the report files, one version per day (newest-days.ts). */
  people: readonly TrialPerson[];
  /** How many report files they came from. */
  reports: number;
  answerFiles: readonly AnonymousAnswerFile[];
  rejected: OrgSummary['files']['rejected'];
  /** The row of staff who left 所属 blank (「所属未記入」): targets, as the staff app shows them the trial. */
  noDepartment: string;
}

/** 'YYYY-MM' of every month from start to end. */
export function monthsOf(start: string, end: string): string[] {
  const months: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  const last = end.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
}

/**
 * The 課 row a person is counted under: the trial's own spelling when it names its 課, else as the person
 * writes it; a blank 所属 is the 「所属未記入」 row (a target, as trial-progress counts it).
 */
function departmentOf(trial: Trial, department: string, seen: string[], noDepartment: string): string | undefined {
  if (sameText(department) === '') return noDepartment;
  if (trial.departments.length > 0) return trial.departments.find((d) => isTargetDepartment({ departments: [d] }, department));
  const known = seen.find((d) => isTargetDepartment({ departments: [d] }, department));
  if (known !== undefined) return known;
  const name = department.trim();
  seen.push(name);
  return name;
}

const empty = () => ({ staff: 0, participants: 0, metRule: 0 });

/** The answers for this trial's survey; `true` when any response was for it (a file with none is not counted). */
export const forThisSurvey = (trial: Trial, r: { trialId: string; surveyId: string }) => trial.survey !== undefined && r.trialId === trial.id && r.surveyId === trial.survey.id;

export function compileOrgSummary({ trial, people: staff, reports, answerFiles, rejected, noDepartment }: OrgSummaryInput): OrgSummary {
  const months = monthsOf(trial.start, trial.end);
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const seen: string[] = [];
  const all = empty();
  const managers = empty();
  const rows = new Map<string, OrgSummary['byDepartment'][number]>();
  const row = (department: string) => {
    let r = rows.get(department);
    if (!r) rows.set(department, (r = { department, ...empty(), managers: empty(), teleworkDays: 0, outsideMinutes: 0, teleworkOutsideMinutes: 0 }));
    return r;
  };
  for (const d of trial.departments) row(d);
  const people: OrgSummary['people'] = [];
  const notYet: OrgSummary['notYet'] = [];
  let outsideTrial = 0;
  const sources: AnswerSource[] = [];
  for (const p of staff) {
    const department = departmentOf(trial, p.staff.department, seen, noDepartment);
    if (department === undefined) {
      outsideTrial++;
      continue;
    }
    // A named answer counts as the staff app would store it (the same rules as an answer file's).
    for (const response of p.survey) if (forThisSurvey(trial, response) && fitAnswers(trial.survey!, response.answers).problems.length === 0) sources.push({ response, named: true });
    const manager = isManager(trial, p.staff.title);
    const byMonth = months.map(() => 0);
    let teleworkDays = 0;
    let outsideMinutes = 0;
    let teleworkOutsideMinutes = 0;
    for (const day of p.days) {
      outsideMinutes += day.outsideMinutes;
      if (!countsAsTeleworkDay(trial, day)) continue;
      teleworkDays++;
      teleworkOutsideMinutes += day.outsideMinutes;
      const i = monthIndex.get(day.date.slice(0, 7));
      if (i !== undefined) byMonth[i]!++;
    }
    const r = row(department);
    const groups = manager ? [all, managers, r, r.managers] : [all, r];
    for (const g of groups) {
      g.staff++;
      if (teleworkDays > 0) g.participants++;
      if (teleworkDays >= trial.minDays) g.metRule++;
    }
    r.teleworkDays += teleworkDays;
    r.outsideMinutes += outsideMinutes;
    r.teleworkOutsideMinutes += teleworkOutsideMinutes;
    const person = { staffId: p.staff.staffId, name: p.staff.name, department, title: p.staff.title };
    people.push({ ...person, manager, teleworkDays, byMonth, outsideMinutes });
    if (teleworkDays === 0) notYet.push({ ...person, manager });
  }
  for (const file of answerFiles) for (const response of file.responses) if (forThisSurvey(trial, response)) sources.push({ response, named: false });
  // The trial's order of 課; when it names none, the 課 seen, in the order of the Japanese collation.
  const named = [...rows.keys()].filter((d) => d !== noDepartment);
  const order = [...(trial.departments.length > 0 ? [...new Set(trial.departments)] : named.sort(new Intl.Collator('ja').compare)), ...(rows.has(noDepartment) ? [noDepartment] : [])];
  const rank = new Map(order.map((d, i) => [d, i]));
  const byPlace = (a: { department: string; staffId: string; name: string }, b: typeof a) =>
    rank.get(a.department)! - rank.get(b.department)! || a.staffId.localeCompare(b.staffId) || a.name.localeCompare(b.name, 'ja');
  return {
    trial,
    files: { reports, answerFiles: answerFiles.length, outsideTrial, rejected },
    all,
    managers,
    byDepartment: order.map((d) => rows.get(d)!),
    notYet: notYet.sort(byPlace),
    months,
    people: people.sort(byPlace),
    survey: trial.survey ? compileSurvey(trial.survey, sources) : null,
  };
}
