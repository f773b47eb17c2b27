/**
 * The summary as an Excel workbook, written like the 所属長's team workbook (main/exports/workbook.ts:
 * exceljs loaded on the first workbook only, typed cells, text stays text, nothing a formula):
 * 参加状況(課別), 未実施の職員, 職員別・月別, アンケート集計 and 自由記述 — the free text without any name.
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import type { Column } from '../exports/report-columns.js';
import { type Sheet, buildWorkbook, sheetOf } from '../exports/workbook.js';
import { isMultiple, monthLabel, percentOf, scaleLabels, surveyHeadLines } from './summary-words.js';

type DepartmentRow = Omit<OrgSummary['byDepartment'][number], 'department'> & { department: string };
type PersonRow = OrgSummary['people'][number];
interface SurveyRow {
  question: string;
  label: string;
  count: number | null;
  answered: number | null;
  average: number | null;
}

export function orgSummarySheets(summary: OrgSummary, t: TranslateFn, language: Language, timeZone: string): Sheet[] {
  const departmentColumns: Column<DepartmentRow>[] = [
    { header: t('orgSummary.columns.department'), kind: 'text', value: (r) => r.department, width: 16 },
    { header: t('orgSummary.columns.staff'), kind: 'count', value: (r) => r.staff, width: 10 },
    { header: t('orgSummary.columns.participants'), kind: 'count', value: (r) => r.participants, width: 14 },
    { header: `${t('orgSummary.columns.rate')}(%)`, kind: 'count', value: (r) => percentOf(r.participants, r.staff), width: 10 },
    { header: t('orgSummary.columns.metRule'), kind: 'count', value: (r) => r.metRule, width: 10 },
    { header: t('orgSummary.columns.managerStaff'), kind: 'count', value: (r) => r.managers.staff, width: 10 },
    { header: t('orgSummary.columns.managerParticipants'), kind: 'count', value: (r) => r.managers.participants, width: 14 },
    { header: t('orgSummary.columns.teleworkDays'), kind: 'count', value: (r) => r.teleworkDays, width: 14 },
    { header: t('orgSummary.columns.outside'), kind: 'duration', value: (r) => r.outsideMinutes, width: 18 },
    { header: t('orgSummary.columns.teleworkOutside'), kind: 'duration', value: (r) => r.teleworkOutsideMinutes, width: 16 },
  ];
  const sum = (pick: (r: DepartmentRow) => number) => summary.byDepartment.reduce((s, r) => s + pick(r), 0);
  const total: DepartmentRow = {
    department: t('orgSummary.columns.total'),
    ...summary.all,
    managers: summary.managers,
    teleworkDays: sum((r) => r.teleworkDays),
    outsideMinutes: sum((r) => r.outsideMinutes),
    teleworkOutsideMinutes: sum((r) => r.teleworkOutsideMinutes),
  };
  const personColumns = (withMonths: boolean): Column<PersonRow>[] => [
    { header: t('orgSummary.columns.staffId'), kind: 'id', value: (r) => r.staffId },
    { header: t('orgSummary.columns.name'), kind: 'text', value: (r) => r.name, width: 14 },
    { header: t('orgSummary.columns.department'), kind: 'text', value: (r) => r.department, width: 16 },
    { header: t('orgSummary.columns.title'), kind: 'text', value: (r) => r.title, width: 12 },
    { header: t('orgSummary.columns.manager'), kind: 'text', value: (r) => (r.manager ? t('orgSummary.yes') : ''), width: 8 },
    ...(withMonths
      ? [
          ...summary.months.map((m, i): Column<PersonRow> => ({ header: monthLabel(m, t, language), kind: 'count', value: (r) => r.byMonth[i] ?? 0, width: 8 })),
          { header: t('orgSummary.columns.teleworkDays'), kind: 'count', value: (r) => r.teleworkDays, width: 14 } satisfies Column<PersonRow>,
          { header: t('orgSummary.columns.outside'), kind: 'duration', value: (r) => r.outsideMinutes, width: 18 } satisfies Column<PersonRow>,
        ]
      : []),
  ];
  // First the responses counted and, when anonymous answers were withheld, the note saying so.
  const surveyHead: SurveyRow[] = summary.survey ? surveyHeadLines(summary.survey, t).map((line) => ({ question: line, label: '', count: null, answered: null, average: null })) : [];
  const surveyRows: SurveyRow[] = (summary.survey?.questions ?? []).flatMap((q) => {
    if (q.type === 'text') return [{ question: q.text, label: t('orgSummary.freeText'), count: q.answered, answered: q.answered, average: null }];
    const labels = q.type === 'scale' ? scaleLabels(summary.trial, q, t) : q.labels;
    const question = isMultiple(summary.trial, q.id) ? `${q.text}${t('reports.paren', { text: t('orgSummary.multiple') })}` : q.text;
    return labels.map((label, i) => ({ question, label, count: q.counts[i] ?? 0, answered: i === 0 ? q.answered : null, average: i === 0 ? q.average : null }));
  });
  const surveyColumns: Column<SurveyRow>[] = [
    { header: t('orgSummary.columns.question'), kind: 'text', value: (r) => r.question, width: 40 },
    { header: t('orgSummary.columns.option'), kind: 'text', value: (r) => r.label, width: 24 },
    { header: t('orgSummary.columns.count'), kind: 'count', value: (r) => r.count, width: 8 },
    { header: t('orgSummary.columns.answered'), kind: 'count', value: (r) => r.answered, width: 8 },
    { header: t('orgSummary.columns.average'), kind: 'count', value: (r) => r.average, width: 8 },
  ];
  // Free text only, sorted as compiled: no name, 職員番号 or 所属 beside it.
  const texts = (summary.survey?.questions ?? []).flatMap((q) => q.texts.map((text) => ({ question: q.text, text })));
  const textColumns: Column<(typeof texts)[number]>[] = [
    { header: t('orgSummary.columns.question'), kind: 'text', value: (r) => r.question, width: 40 },
    { header: t('orgSummary.columns.answer'), kind: 'text', value: (r) => r.text, width: 80 },
  ];
  return [
    { ...sheetOf(t('orgSummary.sheets.byDepartment'), departmentColumns, [...summary.byDepartment, total], timeZone), onePageWide: true },
    sheetOf(t('orgSummary.sheets.notYet'), personColumns(false), summary.notYet.map((p) => ({ ...p, teleworkDays: 0, byMonth: [], outsideMinutes: 0 })), timeZone),
    sheetOf(t('orgSummary.sheets.byPerson'), personColumns(true), summary.people, timeZone),
    sheetOf(t('orgSummary.sheets.survey'), surveyColumns, [...surveyHead, ...surveyRows], timeZone),
    sheetOf(t('orgSummary.sheets.freeText'), textColumns, texts, timeZone),
  ];
}

export function orgSummaryWorkbook(summary: OrgSummary, t: TranslateFn, language: Language, now: number, timeZone: string): Promise<Uint8Array> {
  return buildWorkbook(orgSummarySheets(summary, t, language, timeZone), { created: new Date(now) });
}
