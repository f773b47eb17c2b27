import type { CatalogueShape } from '../catalogue-shape.js';
import type { trayJa } from '../ja/tray.js';

/** English: the tray icon and its menu. `satisfies` holds it to exactly the keys of ja/tray.ts. */
export const trayEn = {
  tray: {
    current: '{{title}}: {{left}} min left (until {{end}})',
    focus: 'Focus {{title}}: {{left}} min left',
    focusPaused: 'Focus paused {{title}}: {{left}} min left',
    nothingNow: 'Nothing planned now',
    dueCount: '{{count}} waiting',
    dueCount_one: '{{count}} waiting',
    open: 'Open window',
    startReport: 'Start-of-work report',
    endReport: 'End-of-work report',
    quit: 'Quit',
  },
} as const satisfies CatalogueShape<typeof trayJa>;
