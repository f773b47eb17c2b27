/**
 * THE rules an answer must meet to count as an answer to the trial's survey (issue #17), one
 * function for both sides: the staff app checks a person's answers before storing them
 * (survey-service.ts), and 総務課's summary checks every response of an anonymous answer file before
 * counting it (main/trial/), so a crafted file cannot count an answer the app would never store.
 *
 * The rules: every answer names a question of the survey, at most once, in the question's type; a
 * choice names only the survey's options, and a single-choice question only one of them. Blank
 * answers (no option, empty text) are dropped; what is kept is in the survey's order of questions,
 * choices in the order of the options.
 */
import type { Survey, SurveyAnswer } from './trial-schema.js';

export type AnswerProblemCode = 'unknownQuestion' | 'duplicate' | 'wrongType' | 'notAnOption' | 'oneOption';

export interface AnswerProblem {
  code: AnswerProblemCode;
  /** The index of the answer in the list given. */
  index: number;
  /** 'questionId' | 'type' | 'chosen': the field of that answer at fault. */
  field: 'questionId' | 'type' | 'chosen';
  /** The question's words (or the unknown id, for an answer to no question of the survey). */
  question: string;
}

export interface AnswerFit {
  /** The answers that count, blank ones dropped, in the survey's order. */
  kept: SurveyAnswer[];
  /** Every answer that breaks a rule; none = the answers fit. */
  problems: AnswerProblem[];
}

export function fitAnswers(survey: Survey, answers: readonly SurveyAnswer[]): AnswerFit {
  const problems: AnswerProblem[] = [];
  const kept: SurveyAnswer[] = [];
  const seen = new Set<string>();
  answers.forEach((a, index) => {
    const problem = (code: AnswerProblemCode, field: AnswerProblem['field'], question: string) => void problems.push({ code, index, field, question });
    const q = survey.questions.find((x) => x.id === a.questionId);
    if (!q) return problem('unknownQuestion', 'questionId', a.questionId);
    if (seen.has(q.id)) return problem('duplicate', 'questionId', q.text);
    seen.add(q.id);
    if (a.type !== q.type) return problem('wrongType', 'type', q.text);
    if (a.type === 'choice' && q.type === 'choice') {
      const chosen = [...new Set(a.chosen)];
      if (chosen.some((c) => !q.options.includes(c))) return problem('notAnOption', 'chosen', q.text);
      if (chosen.length > 1 && !q.multiple) return problem('oneOption', 'chosen', q.text);
      // In the survey's order, whatever order they were ticked in.
      if (chosen.length > 0) kept.push({ ...a, chosen: q.options.filter((o) => chosen.includes(o)) });
      return;
    }
    if (a.type === 'text') {
      const text = a.text.trim();
      if (text !== '') kept.push({ ...a, text });
      return;
    }
    kept.push(a);
  });
  const order = survey.questions.map((q) => q.id);
  return { kept: kept.sort((x, y) => order.indexOf(x.questionId) - order.indexOf(y.questionId)), problems };
}
