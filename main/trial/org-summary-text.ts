/**
 * The summary as plain text for `telework-techo org-summary`: the trial, participation overall and of
 * managers, the table by 課 (columns padded by display width, so 全角 names line up), the staff who
 * have not teleworked yet, and the survey compiled with its free text (no names).
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import { departmentTable, periodText, questionResult, rateText, surveyHeadLines, targetsText } from './summary-words.js';

// C0 and C1 controls, U+2028/2029: not for a terminal (the same set single-line-text.ts refuses).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Display width: a full-width character takes two columns. */
const widthOf = (s: string) => [...s].reduce((n, ch) => n + (ch.codePointAt(0)! <= 0xff || /[\uFF61-\uFF9F]/.test(ch) ? 1 : 2), 0);

function columns(rows: string[][], numeric: (i: number) => boolean): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => widthOf(r[i] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - widthOf(cell));
        return numeric(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

export function orgSummaryText(summary: OrgSummary, t: TranslateFn, language: Language): string[] {
  const { trial } = summary;
  const out: string[] = [
    t('orgSummary.title', { trial: trial.name }),
    `${t('orgSummary.period')}: ${periodText(trial, t, language)}`,
    `${t('orgSummary.rule')}: ${t('orgSummary.ruleText', { minDays: trial.minDays })}`,
    `${t('orgSummary.targets')}: ${targetsText(trial, t)}`,
    `${t('orgSummary.files')}: ${t('orgSummary.filesText', { reports: summary.files.reports, answerFiles: summary.files.answerFiles })}`,
  ];
  if (summary.files.outsideTrial) out.push(`${t('orgSummary.outsideTrial')}: ${t('orgSummary.people', { count: summary.files.outsideTrial })}`);
  if (summary.files.rejected.length) {
    out.push(`${t('orgSummary.rejected')}:`);
    for (const r of summary.files.rejected) out.push(`  ${r.name}: ${r.reason}`);
  }
  const metRule = t('orgSummary.metRule', { minDays: trial.minDays });
  out.push(
    '',
    t('orgSummary.participation'),
    `  ${t('orgSummary.all')}: ${rateText(summary.all, t)} / ${metRule}: ${t('orgSummary.people', { count: summary.all.metRule })}`,
    `  ${t('orgSummary.managers')}: ${rateText(summary.managers, t)} / ${metRule}: ${t('orgSummary.people', { count: summary.managers.metRule })}`,
    '',
    t('orgSummary.byDepartment'),
  );
  const { head, rows } = departmentTable(summary, t, language);
  const table = [head, ...rows];
  out.push(...columns(table, (i) => i > 0).map((l) => `  ${l}`), '');
  out.push(`${t('orgSummary.notYet')}: ${t('orgSummary.people', { count: summary.notYet.length })}`);
  if (summary.notYet.length === 0) out.push(`  ${t('orgSummary.notYetNone')}`);
  for (const p of summary.notYet) out.push(`  ${[p.staffId, p.name, p.department, p.title].filter((x) => x !== '').join('  ')}`);
  out.push('', t('orgSummary.survey'));
  const survey = summary.survey;
  if (!survey) out.push(`  ${t('orgSummary.surveyNone')}`);
  else {
    out.push(...surveyHeadLines(survey, t).map((l) => `  ${l}`));
    for (const q of survey.questions) {
      out.push(`  ${q.text}`, `    ${questionResult(trial, q, t)}`);
      // One line each, and no control character reaches the terminal (an escape sequence in an answer stays inert).
      for (const text of q.texts) out.push(`    - ${text.replace(/\s*[\r\n]+\s*/g, ' ').replace(CONTROL, ' ')}`);
    }
  }
  return out;
}
