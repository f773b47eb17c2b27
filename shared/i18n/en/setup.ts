import type { CatalogueShape } from '../catalogue-shape.js';
import type { setupJa } from '../ja/setup.js';

/** English: the first-run setup and redoing it from Settings. */
export const setupEn = {
  setup: {
    title: 'First-time setup',
    intro: 'Set the staff details your start and end reports carry, your working hours and your telework days. You can change them at any time in Settings and Week.',
    breakStart: 'Break starts',
    breakEnd: 'Break ends',
    breakHint: 'If you have no break, leave both break fields empty.',
    weekdaysHint: 'On the days you tick, the day starts as working from home.',
    org: 'Organisation settings',
    orgHint: 'If your general affairs or IT policy section distributes an organisation settings file (JSON), load it to set working hours, the organisation\'s own holidays, the kinds of plan and more at once.',
    orgFile: 'Load organisation settings',
    orgImported: 'Organisation settings loaded. Check the working hours, then press "Save and start".',
    save: 'Save and start',
    skip: 'Set up later',
    invalid: 'Some entries need correcting. Follow the message beside each field, then press "Save and start" again.',
    redo: 'Redo first-time setup',
    redoHint: 'Set your staff details, working hours and telework days again on the first-time setup screen.',
  },
} as const satisfies CatalogueShape<typeof setupJa>;
