import type { CatalogueShape } from '../catalogue-shape.js';
import type { trialJa } from '../ja/trial.js';

/** English: the organisation's telework trial from the staff member's side. `satisfies` holds it to exactly the keys of ja/trial.ts. */
export const trialEn = {
  trial: {
    label: 'Telework trial',
    running: '{{done}} of {{count}} days done ({{remaining}} to go, until {{end}})',
    running_one: '{{done}} of {{count}} day done ({{remaining}} to go, until {{end}})',
    met: '{{done}} of {{count}} days done (target reached)',
    met_one: '{{done}} of {{count}} day done (target reached)',
    notStarted: '{{start}} – {{end}}, target {{count}} days',
    notStarted_one: '{{start}} – {{end}}, target {{count}} day',
    ended: 'ended {{end}}, {{done}} of {{count}} days done',
    ended_one: 'ended {{end}}, {{done}} of {{count}} day done',
    suggested: 'Suggested day: {{date}}',
    planned: 'your {{count}} planned telework days reach the target',
    planned_one: 'your {{count}} planned telework day reaches the target',
    suggestedDay: 'Suggested trial day',
    checklistTitle: 'Telework trial "{{name}}"',
    checklistNeed: 'The target is {{count}} more telework days in the period (until {{end}}). {{daysLeft}} working days are left in the period.',
    checklistNeed_one: 'The target is {{count}} more telework day in the period (until {{end}}). {{daysLeft}} working days are left in the period.',
    checklistSuggest: 'Suggested day: {{date}}. Open that day\'s plan and set its work style to working from home, a satellite office or mobile work.',
    checklistPlanned: 'Working your {{count}} planned telework days reaches the target.',
    checklistPlanned_one: 'Working your {{count}} planned telework day reaches the target.',
    openSuggested: 'Open the plan for {{date}}',
    imported: 'Set the telework trial "{{name}}" ({{period}}).',
    removed: 'Removed the telework trial "{{name}}".',
  },
} as const satisfies CatalogueShape<typeof trialJa>;
