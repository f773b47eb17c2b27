/**
 * From the files read (report files, answer files, refusals) to the summary: the one path for the
 * window's import and `telework-techo org-summary`, so both show the same figures. An answer file
 * holding no answer for this trial's survey is listed among the files not read, with the trial and
 * survey it names.
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { ReportDocument } from '../../shared/reports/report-document.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import type { AnonymousAnswerFile, Trial } from '../../shared/trial/trial-schema.js';
import { compileOrgSummary, forThisSurvey } from './compile-org-summary.js';
import type { OrgFileRead } from './read-org-file.js';

export function summariseOrgFiles(files: readonly { name: string; read: OrgFileRead }[], trial: Trial, timeZone: string, t: TranslateFn): OrgSummary {
  const reports: ReportDocument[] = [];
  const answerFiles: AnonymousAnswerFile[] = [];
  const rejected: OrgSummary['files']['rejected'] = [];
  for (const { name, read } of files) {
    if (!read.ok) rejected.push({ name, reason: read.reason });
    else if (read.kind === 'report') reports.push(read.doc);
    else if (read.answers.responses.some((r) => forThisSurvey(trial, r))) answerFiles.push(read.answers);
    else {
      const other = read.answers.responses[0];
      rejected.push({ name, reason: t('orgSummary.reasons.otherTrial', { trialId: other?.trialId ?? '—', surveyId: other?.surveyId ?? '—' }) });
    }
  }
  return compileOrgSummary({ trial, timeZone, reports, answerFiles, rejected });
}
