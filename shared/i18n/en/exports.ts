import type { CatalogueShape } from '../catalogue-shape.js';
import type { exportsJa } from '../ja/exports.js';

/** English: the export view and the readable exports (Markdown, HTML, PDF, .ics). `satisfies` holds it to exactly the keys of ja/exports.ts. */
export const exportsEn = {
  exports: {
    nextDayPrefix: 'next day ',
    title: 'Telework daily report {{name}} ({{from}}–{{to}})',
    worked: 'Worked',
    outside: 'Outside hours',
    lateNight: 'Late night',
        blockColumns: 'Time,Title,Kind,Status,Result / note',
    heading: 'Export daily reports',
    intro: 'Export one day or a date range. Choose the Excel workbook to total and check in Excel, the CSV to feed other systems.',
    from: 'From',
    to: 'To',
    formats: 'Formats',
    formatNames: { csv: 'CSV (for other systems and Excel)', xlsx: 'Excel workbook (.xlsx)', json: 'JSON (for the supervisor view)', md: 'Markdown / text', html: 'Printable HTML', pdf: 'PDF', ics: 'Calendar (.ics)' },
    encoding: 'CSV encoding',
    encodings: { utf8bom: 'UTF-8 with BOM (recommended)', cp932: 'Shift_JIS (CP932)' },
    run: 'Export',
    toFolder: 'Choose a folder and save',
    done: '{{count}} files exported.',
    done_one: '{{count}} file exported.',
    savedTo: 'Saved to: {{folder}}',
    lost: 'Some characters cannot be written in Shift_JIS and became "?": {{chars}}',
    empty: 'Nothing was recorded in this period.',
    rangeInvalid: 'The end date must not be before the start date.',
    noPdfEngine:
      'The PDF could not be made: no browser to make it (Microsoft Edge, Google Chrome or Chromium) was found on this computer, so nothing was exported. Export the printable HTML instead, open it in a browser and choose Print → Save as PDF.',
    htmlInstead: 'Export the printable HTML instead of the PDF',
  },
} as const satisfies CatalogueShape<typeof exportsJa>;
