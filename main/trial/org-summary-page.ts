/**
 * The printable summary (A4, one or two pages) a 首長 can read as is: the trial and its period,
 * participation overall and of managers, the table by 課, 時間外勤務 by 課, and the survey's
 * highlights (scales as counts and means, choices as counts, how many free texts — not the texts
 * themselves, which are in the workbook, without names). Printed by the PdfPrinter port, like the
 * report PDF (main/exports/readable-report.ts); everything is escaped, nothing runs.
 */
import { formatDate } from '../../shared/calendar/japanese-date.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { orgWallClock } from '../../shared/time/org-time-zone.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import { departmentTable, percentText, periodText, questionResult, surveyHeadLines, targetsText } from './summary-words.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const table = (head: string[], rows: (string | number)[][], numeric: (i: number) => boolean) =>
  `<table><thead><tr>${head.map((h, i) => `<th${numeric(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r, ri) => `<tr${ri === rows.length - 1 ? ' class="total"' : ''}>${r.map((c, i) => `<td${numeric(i) ? ' class="n"' : ''}>${esc(String(c))}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

export function orgSummaryPage(summary: OrgSummary, t: TranslateFn, language: Language, now: number, timeZone: string): string {
  const { trial } = summary;
  const title = t('orgSummary.title', { trial: trial.name });
  const facts: [string, string][] = [
    [t('orgSummary.period'), periodText(trial, t, language)],
    [t('orgSummary.rule'), t('orgSummary.ruleText', { minDays: trial.minDays })],
    [t('orgSummary.targets'), targetsText(trial, t)],
    [t('orgSummary.files'), t('orgSummary.filesText', { reports: summary.files.reports, answerFiles: summary.files.answerFiles })],
  ];
  const participation = table(
    ['', t('orgSummary.columns.staff'), t('orgSummary.columns.participants'), t('orgSummary.columns.rate'), t('orgSummary.columns.metRule')],
    [
      [t('orgSummary.all'), summary.all.staff, summary.all.participants, percentText(summary.all.participants, summary.all.staff), summary.all.metRule],
      [t('orgSummary.managers'), summary.managers.staff, summary.managers.participants, percentText(summary.managers.participants, summary.managers.staff), summary.managers.metRule],
    ],
    (i) => i > 0,
  ).replace(' class="total"', '');
  // The table by 課 in two, so each fits an A4 page's width: participation, then 時間外勤務.
  const departments = departmentTable(summary, t, language);
  const pick = (cols: number[]) => (r: string[]) => cols.map((c) => r[c]!);
  const byDepartment = table(pick([0, 1, 2, 3, 4, 5, 6])(departments.head), departments.rows.map(pick([0, 1, 2, 3, 4, 5, 6])), (i) => i > 0);
  const outside = table(pick([0, 7, 8])(departments.head), departments.rows.map(pick([0, 7, 8])), (i) => i > 0);
  const survey = summary.survey;
  const surveyPart = survey
    ? `${surveyHeadLines(survey, t).map((l) => `<p>${esc(l)}</p>`).join('')}
<dl class="survey">${survey.questions.map((q) => `<dt>${esc(q.text)}</dt><dd>${esc(questionResult(trial, q, t))}</dd>`).join('')}</dl>`
    : `<p>${esc(t('orgSummary.surveyNone'))}</p>`;
  const made = t('orgSummary.madeAt', { date: formatDate(orgWallClock(new Date(now).toISOString(), timeZone).date, language) });
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page { size: A4; margin: 15mm; }
body { font-family: 'Noto Sans JP', 'Yu Gothic', 'Meiryo', 'IPAPGothic', 'IPAexGothic', 'IPAGothic', sans-serif; font-size: 10.5pt; color: #000; }
h1 { font-size: 16pt; margin: 0 0 3mm; }
h2 { font-size: 12pt; border-bottom: 1px solid #000; margin: 5mm 0 2mm; break-after: avoid; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 2mm; }
dt { font-weight: bold; } dd { margin: 0; }
dl.survey { grid-template-columns: 1fr; gap: 0.5mm; } dl.survey dd { margin: 0 0 1.5mm 4mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #555; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eef2f6; } .n { text-align: right; } tr.total td { font-weight: bold; }
/* A 課 name and a figure stay on one line; headings may wrap. */
td:first-child, td.n { white-space: nowrap; }
tr { break-inside: avoid; }
.made { font-size: 9pt; text-align: right; margin: 0; }
</style></head>
<body>
<p class="made">${esc(made)}</p>
<h1>${esc(title)}</h1>
<dl>${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h2>${esc(t('orgSummary.participation'))}</h2>
${participation}
<h2>${esc(t('orgSummary.byDepartment'))}</h2>
${byDepartment}
<h2>${esc(t('orgSummary.outsideByDepartment'))}</h2>
${outside}
<h2>${esc(t('orgSummary.survey'))}</h2>
${surveyPart}
</body></html>
`;
}
