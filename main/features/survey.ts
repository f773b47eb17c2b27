/** survey:* — the trial's survey on the staff side: what is due, answers, declines, the anonymous answer file. */
import { openDocument } from '../persistence/document-repository.js';
import type { CalendarService } from '../services/calendar-service.js';
import type { DayService } from '../services/day-service.js';
import type { SettingsService } from '../services/settings-service.js';
import { createSurveyService, surveyAnswersDocument } from '../services/survey-service.js';
import { base64File } from './base64.js';
import type { FeatureContext, GroupHandlers } from './feature-context.js';

export function surveyFeature({ documents, ports }: FeatureContext, deps: { settings: SettingsService; days: DayService; calendar: CalendarService }) {
  const survey = createSurveyService({ repo: openDocument('survey-answers', surveyAnswersDocument, documents), ...deps, clock: ports.clock, newId: ports.newId });
  const handlers: GroupHandlers<'survey'> = {
    'survey:state': ({ date }) => survey.state(date),
    'survey:answer': (input) => survey.answer(input),
    'survey:decline': ({ date, occasion }) => survey.decline(date, occasion),
    'survey:answerFile': ({ occasion }) => {
      const { name, file } = survey.answerFile(occasion);
      return base64File({ name, bytes: new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`) });
    },
  };
  return { handlers, survey };
}
