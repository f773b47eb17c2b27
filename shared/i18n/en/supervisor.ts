import type { CatalogueShape } from '../catalogue-shape.js';
import type { supervisorJa } from '../ja/supervisor.js';

/** English: 所属長の確認画面 (the supervisor view). `satisfies` holds it to exactly the keys of ja/supervisor.ts. */
export const supervisorEn = {
  supervisor: {
    title: 'Supervisor view',
    intro: "Import the staff's exported daily reports (JSON) to see the team's day, the exceptions and the totals of time outside hours. Files never leave this computer.",
    drop: 'Drop daily-report files (.json) here',
    pickFiles: 'Choose files',
    pickFolder: 'Choose a folder',
    clear: 'Clear imported reports',
    importing: 'Importing… {{done}}/{{total}}',
    imported: '{{accepted}} imported ({{staff}} staff).',
    rejectedTitle: 'Files that could not be imported',
    reasons: {
      tooLarge: 'The file is too large ({{mb}} MB; the limit is 20 MB). Export shorter periods.',
      syntax: 'Not readable as JSON (line {{line}}: {{detail}}). Check that the file is complete.',
      tooDeep: 'The JSON is nested too deeply. Check that the file is not damaged.',
      notReport: 'Not a Telework Techo daily-report file.',
      schema: 'The report does not have the expected form ("{{path}}": {{detail}}).',
    },
    date: 'Date shown',
    status: "Today's status",
    columns: { name: 'Name', place: 'Work style', start: 'Start report', end: 'End report', plan: 'Planned / done', minutes: 'Planned / worked', check: 'Check' },
    missing: 'missing',
    noRecord: 'no record',
    planDone: '{{planned}} / {{done}}',
    minutesPair: '{{planned}} min / {{worked}} min',
    checkButton: 'Mark {{name}} {{date}} as checked',
    checked: 'checked by {{by}} {{at}}',
    exceptions: 'Exceptions',
    noExceptions: 'No exceptions.',
    kinds: { outsideHours: 'Outside hours', lateNight: 'Late night', holidayWork: 'Holiday work', longInterruption: 'Long time away', missingPermission: 'No permission reference' },
    exceptionLine: '{{date}} {{name}} {{kind}} {{minutes}}',
    totals: 'Time outside hours (limits: 45 h a month, 360 h a fiscal year)',
    totalsColumns: { name: 'Name', month: '{{month}}', year: 'FY{{year}}' },
    hours: '{{hours}} h',
    over: 'over the limit',
    exportCsv: 'Export the team CSV',
    empty: 'No reports imported yet.',
    defaultChecker: 'Supervisor',
  },
} as const satisfies CatalogueShape<typeof supervisorJa>;
