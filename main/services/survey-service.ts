/**
 * The trial's survey on the staff side (issue #17): which occasion is due, the answers kept in
 * survey-answers.json, and the anonymous answer file. Only staff of a target 課 are asked (a blank
 * 所属 counts, as for trial:progress). The occasions: 'firstDay' opens once the first telework day
 * in the period (countsAsTeleworkDay: 始業 recorded) is over — when its 終業 is recorded, or from
 * the next day if it never was — and stays open until the 'end' occasion opens; 'end' opens on the
 * period's last working day for someone who teleworked in the period, and closes
 * SURVEY_END_OPEN_DAYS after the period's end (trialShownUntil). Answers must fit the survey's
 * questions; a refusal names the question and keeps what was stored.
 */
import { type LocalDate, addDays } from '../../shared/calendar/local-date.js';
import { fitAnswers as fitSurveyAnswers } from '../../shared/trial/answer-fit.js';
import { countsAsTeleworkDay, isTargetDepartment } from '../../shared/trial/trial-days.js';
import {
  type AnonymousAnswerFile,
  type NamedSurveyResponse,
  SURVEY_ANSWERS_FORMAT,
  SURVEY_OCCASIONS,
  type Survey,
  type SurveyAnswer,
  type SurveyOccasion,
  type Trial,
} from '../../shared/trial/trial-schema.js';
import {
  type SurveyAnswerInput,
  type SurveyAnswers,
  type SurveyEntry,
  type SurveyState,
  surveyAnswersSchema,
  trialShownUntil,
} from '../../shared/trial/survey-answers.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';
import type { Clock } from '../ports/clock.js';
import type { NewId } from '../ports/ids.js';
import type { CalendarService } from './calendar-service.js';
import type { DayService } from './day-service.js';
import type { SettingsService } from './settings-service.js';
import { type MessageRef, UserError } from './user-error.js';

export const surveyAnswersDocument: DocumentType<SurveyAnswers> = {
  version: 1,
  migrations: [],
  schema: surveyAnswersSchema,
  defaults: () => ({ entries: [] }),
};

export interface SurveyServiceDeps {
  repo: DocumentRepository<SurveyAnswers>;
  settings: Pick<SettingsService, 'get'>;
  days: Pick<DayService, 'get'>;
  calendar: Pick<CalendarService, 'info'>;
  clock: Clock;
  /** The random id of an anonymous answer file (derived from nothing: not the person, the answers or the time). */
  newId: NewId;
}

type TrialWithSurvey = Trial & { survey: Survey };

export function createSurveyService(deps: SurveyServiceDeps) {
  const trialWithSurvey = (): TrialWithSurvey | undefined => {
    const trial = deps.settings.get().trial ?? undefined;
    return trial?.survey ? (trial as TrialWithSurvey) : undefined;
  };

  /**
   * Whether a telework day in the period (始業 recorded on a telework day) is over by `date`: a day
   * before it, or the date itself once its 終業 is recorded.
   */
  const hadTeleworkDay = (trial: Trial, date: LocalDate): boolean => {
    const last = date < trial.end ? date : trial.end;
    for (let d = trial.start; d <= last; d = addDays(d, 1)) {
      const view = deps.days.get(d);
      const record = view.day.record;
      if (view.stored && countsAsTeleworkDay(trial, { date: d, telework: view.telework, record }) && (d < date || record.end !== null)) return true;
    }
    return false;
  };

  /** Whether the user's 所属 is a target 課 (blank counts: the app cannot tell, as in trial-progress). */
  const isTarget = (trial: Trial): boolean => {
    const department = deps.settings.get().profile.department.trim();
    return department === '' || isTargetDepartment(trial, department);
  };

  /** Whether the user is asked at all on `date`: a target, and the survey's window not yet passed. */
  const asked = (trial: Trial, date: LocalDate): boolean => isTarget(trial) && date <= trialShownUntil(trial);

  /** The period's last working day (its end, or the working day before a holiday end). */
  const lastWorkingDay = (trial: Trial): LocalDate => {
    let d = trial.end;
    while (d > trial.start && deps.calendar.info(d).isHoliday) d = addDays(d, -1);
    return d;
  };

  const openOn = (trial: Trial, date: LocalDate): Record<SurveyOccasion, boolean> => {
    if (date < trial.start || !asked(trial, date) || !hadTeleworkDay(trial, date)) return { firstDay: false, end: false };
    const endFrom = lastWorkingDay(trial);
    return { firstDay: date < endFrom, end: date >= endFrom };
  };

  const entryOf = (trial: Trial, occasion: SurveyOccasion): SurveyEntry | undefined =>
    deps.repo.peek().entries.find((e) => e.trialId === trial.id && e.surveyId === trial.survey?.id && e.occasion === occasion);

  const state = (date: LocalDate): SurveyState => {
    const trial = trialWithSurvey();
    if (!trial) {
      const t = deps.settings.get().trial ?? null;
      return { trial: t && { id: t.id, name: t.name, start: t.start, end: t.end }, survey: null, asked: false, due: null, occasions: [] };
    }
    const open = openOn(trial, date);
    const occasions = SURVEY_OCCASIONS.map((occasion) => ({ occasion, open: open[occasion], entry: entryOf(trial, occasion) ?? null }));
    const due = occasions.find((o) => o.open && o.entry === null)?.occasion ?? null;
    return { trial: { id: trial.id, name: trial.name, start: trial.start, end: trial.end }, survey: trial.survey, asked: asked(trial, date), due, occasions };
  };

  /** The trial with a survey whose `occasion` can be answered (or declined) on `date`, or a refusal. */
  const openTrial = (date: LocalDate, occasion: SurveyOccasion): TrialWithSurvey => {
    const trial = trialWithSurvey();
    if (!trial) throw new UserError('invalid_input', 'survey.none');
    if (!isTarget(trial)) throw new UserError('invalid_input', 'survey.notTarget');
    if (!openOn(trial, date)[occasion]) throw new UserError('invalid_input', occasion === 'end' ? 'survey.notOpenEnd' : 'survey.notOpenFirstDay');
    if (entryOf(trial, occasion)?.status === 'answered') throw new UserError('invalid_input', 'survey.alreadyAnswered');
    return trial;
  };


  /** The answers as they will be stored (shared/trial/answer-fit.ts): a refusal names the first question at fault. */
  const fitAnswers = (survey: Survey, answers: readonly SurveyAnswer[]): SurveyAnswer[] => {
    const { kept, problems } = fitSurveyAnswers(survey, answers);
    if (problems.length > 0) {
      const fields: Record<string, MessageRef> = {};
      for (const p of problems) fields[`answers.${p.index}.${p.field}`] ??= [`survey.${p.code}`, { question: p.question }];
      const first = problems[0]!;
      throw new UserError('invalid_input', [`survey.${first.code}`, { question: first.question }], fields);
    }
    if (kept.length === 0) throw new UserError('invalid_input', 'survey.empty', { answers: 'survey.empty' });
    return kept;
  };

  const put = (entry: SurveyEntry) => {
    const others = deps.repo.load().entries.filter((e) => !(e.trialId === entry.trialId && e.surveyId === entry.surveyId && e.occasion === entry.occasion));
    deps.repo.save({ entries: [...others, entry] });
  };

  const isoNow = () => new Date(deps.clock.now()).toISOString();

  return {
    state,
    answer(input: SurveyAnswerInput): SurveyState {
      const trial = openTrial(input.date, input.occasion);
      const answers = fitAnswers(trial.survey, input.answers);
      const fileId = input.consent === 'anonymous' ? { fileId: deps.newId() } : {};
      put({ status: 'answered', trialId: trial.id, surveyId: trial.survey.id, occasion: input.occasion, consent: input.consent, answeredAt: isoNow(), answers, ...fileId });
      return state(input.date);
    },
    decline(date: LocalDate, occasion: SurveyOccasion): SurveyState {
      const trial = openTrial(date, occasion);
      put({ status: 'declined', trialId: trial.id, surveyId: trial.survey.id, occasion, declinedAt: isoNow() });
      return state(date);
    },
    /**
     * The anonymous answer file of one occasion: the answers and which survey they answer, and the
     * file's random id (the same each time it is saved, so a copy is counted once) — no name, 職員番号,
     * 所属, 役職, not even when it was answered. Its name carries only the trial, the occasion and the id.
     */
    answerFile(occasion: SurveyOccasion): { name: string; file: AnonymousAnswerFile } {
      const trial = trialWithSurvey();
      const entry = trial && entryOf(trial, occasion);
      if (!trial || entry?.status !== 'answered' || entry.consent !== 'anonymous') throw new UserError('invalid_input', 'survey.noAnonymous');
      const id = entry.fileId ?? deps.newId();
      if (entry.fileId === undefined) put({ ...entry, fileId: id });
      const file: AnonymousAnswerFile = {
        format: SURVEY_ANSWERS_FORMAT,
        version: 1,
        id,
        responses: [{ trialId: entry.trialId, surveyId: entry.surveyId, occasion: entry.occasion, answers: entry.answers }],
      };
      return { name: `survey-answers-${trial.id}-${occasion}-${id.slice(0, 8)}.json`, file };
    },
    /**
     * The answers given with the name, of the trial in the settings: what a JSON report of [from, to]
     * carries — only when that range overlaps the trial (its period and the survey's open window
     * after it), so a report for another month never takes them to the 所属長.
     */
    namedResponses(from: LocalDate, to: LocalDate): NamedSurveyResponse[] {
      const trial = deps.settings.get().trial;
      if (!trial || to < trial.start || from > trialShownUntil(trial)) return [];
      return deps.repo
        .peek()
        .entries.filter((e) => e.trialId === trial.id && e.status === 'answered' && e.consent === 'named')
        .flatMap((e) => (e.status === 'answered' ? [{ trialId: e.trialId, surveyId: e.surveyId, occasion: e.occasion, answers: e.answers, answeredAt: e.answeredAt }] : []));
    },
  };
}
export type SurveyService = ReturnType<typeof createSurveyService>;
