/** English: the trial's survey on the staff side: the offer, the survey view and its refusals. */
import type { CatalogueShape } from '../catalogue-shape.js';
import type { surveyJa } from '../ja/survey.js';

/** The two occasions of the survey, in the one pair of words every screen, file and page uses. */
export const surveyOccasionsEn = { firstDay: 'after the first telework day', end: 'end of the trial period' } as const;

export const surveyEn = {
  survey: {
    occasions: surveyOccasionsEn,
    none: 'There is no survey to answer. Check that the organisation file includes a survey with its trial.',
    notOpenFirstDay: 'This survey can be answered once you have recorded the end of work on your first telework day of the trial (or from the next day if you did not record it), until the day before the last working day of the trial.',
    notTarget: 'This survey is for staff of the divisions in the telework trial. The division in your settings is not one of them, so you cannot answer it.',
    notOpenEnd: 'The end-of-trial survey can be answered from the last working day of the trial until 4 weeks after it ends (for those who teleworked during the trial).',
    alreadyAnswered: 'You have already answered this survey.',
    unknownQuestion: 'An answer names a question the survey does not have ({{question}}). Open the survey again and answer it there.',
    duplicate: '"{{question}}" is answered twice. Give one answer.',
    wrongType: 'The answer to "{{question}}" does not fit the question. Open the survey again and answer it there.',
    notAnOption: 'The answer to "{{question}}" is not one of its options. Choose from the options.',
    oneOption: 'Choose only one option for "{{question}}".',
    empty: 'Answer at least one question. If you do not want to answer, choose "Do not answer".',
    consentRequired: 'Choose how your answers are handed in (with your name, or anonymously).',
    noAnonymous: 'There is no anonymous answer for this survey. Answer anonymously to save an answer file.',
    offerLabel: 'Survey request',
    offer: 'Please answer the survey of {{trial}} ({{occasion}}).',
    answer: 'Answer the survey',
    decline: 'Do not answer',
    declined: 'Recorded that you do not answer. If you change your mind, you can answer from "Survey" in the menu while the survey is open.',
    heading: '{{title}} ({{occasion}})',
    period: '{{trial}}: {{start}} – {{end}}',
    scaleLow: '1 {{word}}',
    scaleHigh: '5 {{word}}',
    multipleHint: 'Choose all that apply.',
    textHint: 'Up to {{max}} characters ({{left}} left)',
    unansweredHint: 'You may leave a question blank.',
    consentLegend: 'How your answers are handed in',
    consentNamed: 'With my name, in the report file (handed in with the daily report file and read by your manager and the general affairs division)',
    consentAnonymous:
      'Anonymously (a separate file without name or staff ID, which you save and hand in; anonymous answers are compiled only once {{min}} or more are in, because with fewer respondents an answer could be traced to a person)',
    submit: 'Send',
    savedNamed:
      'Your answers are saved. They go, with your name, into the daily report file you export as JSON ("Export"). Export the daily report file (JSON) again and hand it in (a file exported earlier does not contain these answers).',
    savedAnonymous:
      'Your answers are saved. Anonymous answers are never in the daily report file: save the answer file without name or staff ID with "Save the answer file" and hand it in separately.',
    saveFile: 'Save the answer file',
    fileSaved: 'Saved the answer file {{name}}.',
    answeredNamed: 'You have answered this survey. Your answers go, with your name, into the daily report file exported as JSON: export it again after answering and hand it in.',
    answeredAnonymous: 'You have answered this survey anonymously. Your answers are not in the daily report file: save the answer file and hand it in.',
    declinedNote: 'You chose "Do not answer" for this survey. While it is open you can still answer here.',
    notYet: 'The survey can be answered after your first telework day of the trial (once you record your start) and at the end of the trial.',
    closed: 'This survey is no longer open.',
    noSurvey: 'There is no survey to answer. When the organisation file includes a survey with its trial, you can answer it here.',
    notAsked: 'There is no survey to answer (your division is not in the trial, or the time to answer has passed).',
    whereAnswersGo:
      'Your answers are stored on this computer and sent nowhere. Answers with your name go into the daily report file (JSON); anonymous answers go into a separate answer file. You decide whether to hand them in.',
  },
} as const satisfies CatalogueShape<typeof surveyJa>;
