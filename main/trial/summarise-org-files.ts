/**
 * From the files read (report files, answer files, refusals) to the summary: the one path for the
 * window's import and `telework-techo org-summary`, so both show the same figures. Each file is read
 * when its turn comes and its days added at once, so only one document is held at a time; the window
 * may send a large folder in several calls, each adding to the same collection. An answer file holding
 * no answer for this trial's survey is listed among the files not read, with the trial and survey it names.
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import type { AnonymousAnswerFile, Trial } from '../../shared/trial/trial-schema.js';
import { compileOrgSummary, forThisSurvey } from './compile-org-summary.js';
import { trialDays } from './newest-days.js';
import type { OrgFileRead } from './read-org-file.js';

export type OrgFileToRead = { name: string; read: () => OrgFileRead };

export function orgCollection(trial: Trial, timeZone: string) {
  const days = trialDays(trial, timeZone);
  let reports = 0;
  const answerFiles: AnonymousAnswerFile[] = [];
  const rejected: OrgSummary['files']['rejected'] = [];
  let noDepartment = '';
  return {
    trial,
    timeZone,
    add(files: Iterable<OrgFileToRead>, t: TranslateFn) {
      noDepartment = t('orgSummary.noDepartment');
      for (const file of files) {
        const read = file.read();
        if (!read.ok) rejected.push({ name: file.name, reason: read.reason });
        else if (read.kind === 'org') continue; // The organisation file, as the CLI skips it.
        else if (read.kind === 'report') {
          days.add(read.doc);
          reports++;
        } else if (read.answers.responses.some((r) => forThisSurvey(trial, r))) answerFiles.push(read.answers);
        else {
          const other = read.answers.responses[0];
          rejected.push({ name: file.name, reason: t('orgSummary.reasons.otherTrial', { trialId: other?.trialId ?? '—', surveyId: other?.surveyId ?? '—' }) });
        }
      }
    },
    summary: (): OrgSummary => compileOrgSummary({ trial, people: days.people(), reports, answerFiles: [...answerFiles], rejected: [...rejected], noDepartment }),
  };
}
export type OrgCollection = ReturnType<typeof orgCollection>;

export function summariseOrgFiles(files: Iterable<OrgFileToRead>, trial: Trial, timeZone: string, t: TranslateFn): OrgSummary {
  const collection = orgCollection(trial, timeZone);
  collection.add(files, t);
  return collection.summary();
}
