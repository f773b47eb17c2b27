import type { CatalogueShape } from '../catalogue-shape.js';
import type { calendarJa } from '../ja/calendar.js';

/** English: the calendar, kinds of holiday and the organisation defaults file. `satisfies` holds it to exactly the keys of ja/calendar.ts. */
export const calendarEn = {
  calendar: {
    title: 'Calendar',
    year: '{{year}}',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    holidays: 'Holidays',
    orgDays: 'Local holidays',
    orgDaysHelp: 'Such as holidays set by ordinance.',
    date: 'Date',
    name: 'Name',
    add: 'Add a holiday',
    remove: 'Remove "{{name}}"',
    saveOrgDays: 'Save local holidays',
    importTitle: 'Import organisation defaults',
    importHelp: 'Reads the JSON file issued by General Affairs or IT Policy (working hours, holidays, block types, task inventory, templates). If anything is wrong, nothing is changed.',
    importFile: 'Choose a file',
    imported: 'Imported: working hours {{hours}}, {{days}} holidays, {{inventory}} tasks, {{templates}} templates, checklist items {{checklist}}',
    importedTimeZone: 'Times are now given in {{zone}}.',
    importFailed: 'Could not import. Nothing was changed.',
  },
  org: {
    syntax: 'The JSON is malformed (line {{line}}, column {{column}}: {{detail}}).',
    fieldError: 'Line {{line}}, "{{path}}": {{message}}',
    problemList: '{{list}}',
    format: 'This is not a Telework Techo organisation defaults file (check "format").',
    tooDeep: 'The JSON is nested too deeply ({{max}} levels at most). Check that the file is not damaged.',
    version: 'This file version is not supported.',
  },
} as const satisfies CatalogueShape<typeof calendarJa>;
