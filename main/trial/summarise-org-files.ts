/**
 * From the files read (report files, answer files, refusals) to the summary: the one path for the
 * window's import and `telework-techo org-summary`, so both show the same figures. Each file is read
 * when its turn comes and its days added at once, so only one document is held at a time; the window
 * may send a large folder in several calls, each adding to the same collection. An answer file is
 * listed among the files not read, with its reason, when it answers another trial or survey, is a copy
 * of one already counted (the same id), or holds answers the survey does not have (answer-fit.ts).
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import type { AnonymousAnswerFile, Trial } from '../../shared/trial/trial-schema.js';
import { fitAnswers } from '../../shared/trial/answer-fit.js';
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
  /** Answer files counted, by id → the first file's name: a copy of one is counted once. */
  const answerIds = new Map<string, string>();
  /** Counts the answer file, or says why it is not counted: another survey, a copy, answers the survey does not have. */
  const answerFileRefusal = (answers: AnonymousAnswerFile, name: string, t: TranslateFn): string | undefined => {
    const response = answers.responses[0]!;
    if (!forThisSurvey(trial, response)) return t('orgSummary.reasons.otherTrial', { trialId: response.trialId, surveyId: response.surveyId });
    const first = answerIds.get(answers.id);
    if (first !== undefined) return t('orgSummary.reasons.duplicateAnswers', { first });
    // The staff app's own rules (shared/trial/answer-fit.ts): a crafted file cannot count more.
    const { kept, problems } = fitAnswers(trial.survey!, response.answers);
    const problem = problems[0];
    if (problem) return t('orgSummary.reasons.answersDontFit', { detail: t(`orgSummary.reasons.fit.${problem.code}`, { question: problem.question }) });
    if (kept.length === 0) return t('orgSummary.reasons.answersEmpty');
    answerIds.set(answers.id, name);
    answerFiles.push({ ...answers, responses: [{ ...response, answers: kept }] });
    return undefined;
  };
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
        } else {
          const reason = answerFileRefusal(read.answers, file.name, t);
          if (reason) rejected.push({ name: file.name, reason });
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
