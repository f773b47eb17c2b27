import type { CatalogueShape } from '../catalogue-shape.js';
import type { recordJa } from '../ja/record.js';

/** English: the work record (始業・終業, 中抜け, corrections). `satisfies` holds it to exactly the keys of ja/record.ts. */
export const recordEn = {
  record: {
    title: 'Work record',
    start: 'Start of work',
    end: 'End of work',
    notRecorded: 'Not recorded',
    compose: 'Compose',
    clockStart: 'Record start of work',
    clockEnd: 'Record end of work',
    edit: 'Correct time',
    time: 'Time',
    nextDay: 'Next day',
    reason: 'Reason for correction',
    saveTime: 'Save correction',
    interruptions: 'Time away',
    addInterruption: 'Add time away',
    interruptionStart: 'Time away start',
    interruptionEnd: 'Time away end',
    treatment: 'Treated as',
    treatments: { break: 'Break', hourlyLeave: 'Hourly leave' },
    interruptionNote: 'Note',
    saveInterruption: 'Save time away',
    deleteInterruption: 'Delete time away',
    summary: 'Worked {{worked}} min, breaks {{breaks}} min, time away {{count}} times ({{interruption}} min)',
    outside: 'Outside hours {{minutes}} min',
    lateNight: 'Late night (22:00–5:00) {{minutes}} min',
    holidayWork: 'Holiday work',
    needsPermission: 'Needs confirmation: enter the order/permission number',
    permission: 'Order/permission number',
    savePermission: 'Save number',
    history: 'Correction history',
    historyEntry: '{{at}} {{field}}: {{before}} → {{after}} (reason: {{reason}})',
    empty: 'None',
  },
} as const satisfies CatalogueShape<typeof recordJa>;
