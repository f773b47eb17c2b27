import type { CatalogueShape } from '../catalogue-shape.js';
import type { appJa } from '../ja/app.js';

/** English: the window, its menu and the errors every channel can answer. `satisfies` holds it to exactly the keys of ja/app.ts. */
export const appEn = {
  app: {
    listSeparator: ', ',
    metaSeparator: ' · ',
    confirmDelete: 'Delete "{{name}}"?',
    deleteYes: 'Delete',
    viewTitle: '{{view}} – {{app}}',
    title: 'Telework Techo',
    subtitle: 'A notebook for a municipal telework day',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    shell: { electron: 'Desktop app', preview: 'Browser preview' },
    version: 'Version {{version}}',
    dataDir: 'Data folder: {{dir}}',
  },
  nav: {
    label: 'Main menu',
    today: "Today's plan",
    report: 'Reports',
    export: 'Export',
    checklist: 'Preparation',
    week: 'Week plan',
    supervisor: 'Supervisor review',
    org: 'Trial summary',
    inventory: 'Task inventory',
    calendar: 'Calendar',
    settings: 'Settings',
    data: 'Data protection',
    about: 'About',
    review: 'Review of the day',
    survey: 'Survey',
  },
  errors: {
    invalid_input: 'Some entries are not valid. Correct them as the message beside each one says.',
    unknown_channel: 'The app does not know this action. Restart the app.',
    forbidden: 'This action cannot be done from here. Use the app window.',
    internal: 'Something went wrong inside the app. You can try again; no data was lost.',
    unreachable: 'Could not reach the app. Please restart it.',
  },
} as const satisfies CatalogueShape<typeof appJa>;
