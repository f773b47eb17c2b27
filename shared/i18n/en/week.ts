import type { CatalogueShape } from '../catalogue-shape.js';
import type { weekJa } from '../ja/week.js';

/** English: the week view and the weekday names. `satisfies` holds it to exactly the keys of ja/week.ts. */
export const weekEn = {
  week: {
    title: 'Week plan',
    prev: 'Previous week',
    next: 'Next week',
    telework: 'Telework',
    blocks: '{{count}} items, {{duration}}',
    blocks_one: '{{count}} item, {{duration}}',
    noPlan: 'No plan',
    pattern: 'Telework days of the week',
    patternHelp: 'The days you telework each week. New days start with this work style.',
    savePattern: 'Save days',
    open: 'Open the plan for {{date}}',
  },
  weekdays: { '0': 'Sun', '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat' },
} as const satisfies CatalogueShape<typeof weekJa>;
