/**
 * The summary's figures in words, one way for the command line's text, the workbook and the printable
 * page: the period in dates as the office writes them, participation as 「2/3人(66.7%)」, 時間外勤務 as
 * 「7時間14分」, a scale question as its counts and mean.
 */
import { formatDate } from '../../shared/calendar/japanese-date.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import { MIN_ANONYMOUS_RESPONSES, type Trial } from '../../shared/trial/trial-schema.js';
import { durationText } from '../../shared/time/time-text.js';

export type SurveyQuestionFigures = NonNullable<OrgSummary['survey']>['questions'][number];

/** Participation as a percentage to one decimal; null for a group with nobody in it. */
export const percentOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** 「66.7%」, or 「—」 for a group with nobody in it. */
export function percentText(part: number, whole: number): string {
  const p = percentOf(part, whole);
  return p === null ? '—' : `${p}%`;
}

/**
 * The table by 課 as the command line and the printable page show it: a heading row and one row per
 * 課 with the total last — 課, staff, teleworked, rate, met the rule, managers (teleworked/all), telework
 * days, 時間外勤務 on all days and on telework days.
 */
export function departmentTable(summary: OrgSummary, t: TranslateFn, language: Language): { head: string[]; rows: string[][] } {
  const row = (name: string, g: { staff: number; participants: number; metRule: number }, m: { staff: number; participants: number }, days: number, outside: number, teleworkOutside: number) => [
    name,
    String(g.staff),
    String(g.participants),
    percentText(g.participants, g.staff),
    String(g.metRule),
    `${m.participants}/${m.staff}`,
    String(days),
    durationText(outside, language),
    durationText(teleworkOutside, language),
  ];
  const sum = (pick: (r: OrgSummary['byDepartment'][number]) => number) => summary.byDepartment.reduce((s, r) => s + pick(r), 0);
  return {
    head: [
      t('orgSummary.columns.department'),
      t('orgSummary.columns.staff'),
      t('orgSummary.columns.participants'),
      t('orgSummary.columns.rate'),
      t('orgSummary.columns.metRule'),
      t('orgSummary.columns.managerRate'),
      t('orgSummary.columns.teleworkDays'),
      t('orgSummary.columns.outside'),
      t('orgSummary.columns.teleworkOutside'),
    ],
    rows: [
      ...summary.byDepartment.map((r) => row(r.department, r, r.managers, r.teleworkDays, r.outsideMinutes, r.teleworkOutsideMinutes)),
      row(t('orgSummary.columns.total'), summary.all, summary.managers, sum((r) => r.teleworkDays), sum((r) => r.outsideMinutes), sum((r) => r.teleworkOutsideMinutes)),
    ],
  };
}

export function rateText(g: { staff: number; participants: number }, t: TranslateFn): string {
  const percent = percentOf(g.participants, g.staff);
  return percent === null ? t('orgSummary.rateNone') : t('orgSummary.rate', { participants: g.participants, staff: g.staff, percent });
}

export const periodText = (trial: Pick<Trial, 'start' | 'end'>, t: TranslateFn, language: Language) =>
  t('orgSummary.periodText', { start: formatDate(trial.start, language), end: formatDate(trial.end, language) });

export const targetsText = (trial: Pick<Trial, 'departments'>, t: TranslateFn) =>
  trial.departments.length ? trial.departments.join(t('app.listSeparator')) : t('orgSummary.allDepartments');

/** 「11月」 / "Nov" for 'YYYY-MM'. */
export function monthLabel(month: string, t: TranslateFn, language: Language): string {
  const m = Number(month.slice(5));
  if (language === 'en') return new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
  return t('orgSummary.columns.month', { month: m });
}

/**
 * The survey's head lines for the command line, the workbook and the printable page: the responses
 * counted (named/anonymous, by occasion) and, when anonymous answers were withheld, the note saying so.
 */
export function surveyHeadLines(survey: NonNullable<OrgSummary['survey']>, t: TranslateFn): string[] {
  const head = t('orgSummary.surveyHead', {
    title: survey.title,
    responses: survey.responses,
    named: survey.named,
    anonymous: survey.anonymous,
    firstDayLabel: t('orgSummary.occasions.firstDay'),
    firstDay: survey.byOccasion.firstDay,
    endLabel: t('orgSummary.occasions.end'),
    end: survey.byOccasion.end,
  });
  return survey.withheldAnonymous > 0 ? [head, t('orgSummary.withheldAnonymous', { min: MIN_ANONYMOUS_RESPONSES })] : [head];
}

/** The low and high words of a scale question (from the trial's survey). */
export function scaleWords(trial: Trial, questionId: string): { low: string; high: string } {
  const q = trial.survey?.questions.find((x) => x.id === questionId);
  return q?.type === 'scale' ? { low: q.low, high: q.high } : { low: '', high: '' };
}

/** 「1(そう思わない)」 … 「5(そう思う)」: a scale's points named at each end. */
export function scaleLabels(trial: Trial, q: SurveyQuestionFigures, t: TranslateFn): string[] {
  const { low, high } = scaleWords(trial, q.id);
  return q.labels.map((l, i) => (i === 0 ? `${l}${t('reports.paren', { text: low })}` : i === q.labels.length - 1 ? `${l}${t('reports.paren', { text: high })}` : l));
}

/** One line of a question's result: counts per point and the mean, counts per option, or the number of free texts. */
export function questionResult(trial: Trial, q: SurveyQuestionFigures, t: TranslateFn): string {
  if (q.type === 'text') return t('orgSummary.freeTextCount', { count: q.answered });
  if (q.answered === 0) return t('orgSummary.noAnswers');
  if (q.type === 'scale') {
    const [c1, c2, c3, c4, c5] = q.counts;
    const counts = t('orgSummary.scaleCounts', { ...scaleWords(trial, q.id), c1: c1 ?? 0, c2: c2 ?? 0, c3: c3 ?? 0, c4: c4 ?? 0, c5: c5 ?? 0 });
    return `${counts} / ${t('orgSummary.averageText', { average: (q.average ?? 0).toFixed(1) })}`;
  }
  const counts = q.labels.map((option, i) => t('orgSummary.choiceCount', { option, count: q.counts[i] ?? 0 })).join(t('app.listSeparator'));
  // As the window says: with several options per answer, the counts do not add up to the answers.
  return isMultiple(trial, q.id) ? `${counts}${t('reports.paren', { text: t('orgSummary.multiple') })}` : counts;
}

/** A choice question that takes more than one option. */
export function isMultiple(trial: Trial, questionId: string): boolean {
  const q = trial.survey?.questions.find((x) => x.id === questionId);
  return q?.type === 'choice' && q.multiple;
}
