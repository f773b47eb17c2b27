/**
 * The trial's survey compiled from named answers (in report files) and anonymous answer files: counts
 * per point of each scale (1–5) with the mean to one decimal, counts per option, and the free text
 * listed without names, sorted — never in an order that follows a person or a file. Anonymous answers
 * count only once at least MIN_ANONYMOUS_RESPONSES are read.
 */
import type { OrgSummary } from '../../shared/trial/org-summary.js';
import { MIN_ANONYMOUS_RESPONSES, SCALE_POINTS, type Survey, type SurveyResponse } from '../../shared/trial/trial-schema.js';

export interface AnswerSource {
  response: SurveyResponse;
  named: boolean;
}

const collator = new Intl.Collator('ja');

export function compileSurvey(survey: Survey, read: readonly AnswerSource[]): NonNullable<OrgSummary['survey']> {
  // Fewer than MIN_ANONYMOUS_RESPONSES anonymous answers are not compiled at all: the totals minus the
  // named answers (readable in the reports) would give them away. Only how many were left out is said.
  const anonymousRead = read.filter((s) => !s.named).length;
  const withheldAnonymous = anonymousRead < MIN_ANONYMOUS_RESPONSES ? anonymousRead : 0;
  const sources = withheldAnonymous > 0 ? read.filter((s) => s.named) : read;
  const questions = survey.questions.map((q) => {
    const answers = sources.flatMap((s) => s.response.answers.filter((a) => a.questionId === q.id && a.type === q.type));
    if (q.type === 'scale') {
      const values = answers.flatMap((a) => (a.type === 'scale' ? [a.value] : []));
      const sum = values.reduce((s, v) => s + v, 0);
      return {
        id: q.id,
        type: q.type,
        text: q.text,
        answered: values.length,
        labels: SCALE_POINTS.map(String),
        counts: SCALE_POINTS.map((p) => values.filter((v) => v === p).length),
        average: values.length ? Math.round((sum / values.length) * 10) / 10 : null,
        texts: [],
      };
    }
    if (q.type === 'choice') {
      // Only the options the survey offers are counted (an answer naming another is not one of them).
      const chosen = answers.map((a) => (a.type === 'choice' ? a.chosen.filter((c) => q.options.includes(c)) : [])).filter((c) => c.length > 0);
      return {
        id: q.id,
        type: q.type,
        text: q.text,
        answered: chosen.length,
        labels: [...q.options],
        counts: q.options.map((o) => chosen.filter((c) => c.includes(o)).length),
        average: null,
        texts: [],
      };
    }
    const texts = answers
      .flatMap((a) => (a.type === 'text' && a.text.trim() !== '' ? [a.text.trim()] : []))
      .sort(collator.compare);
    return { id: q.id, type: q.type, text: q.text, answered: texts.length, labels: [], counts: [], average: null, texts };
  });
  return {
    surveyId: survey.id,
    title: survey.title,
    responses: sources.length,
    named: sources.filter((s) => s.named).length,
    anonymous: sources.filter((s) => !s.named).length,
    withheldAnonymous,
    byOccasion: {
      firstDay: sources.filter((s) => s.response.occasion === 'firstDay').length,
      end: sources.filter((s) => s.response.occasion === 'end').length,
    },
    questions,
  };
}
