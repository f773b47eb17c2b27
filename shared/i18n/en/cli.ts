import type { CatalogueShape } from '../catalogue-shape.js';
import type { cliJa } from '../ja/cli.js';

/** English: the command line for 総務課 / IT. `satisfies` holds it to exactly the keys of ja/cli.ts. */
export const cliEn = {
  cli: {
    reportFile: 'daily report',
    conflict: 'NG  {{name}} {{date}}: differing daily reports ({{files}}). Decide which to use and remove the other file. This day is left out of the table.',
    orgFile: 'organisation defaults',
    progress: '{{done}}/{{total}} files',
    aggregated: 'Aggregated {{files}} files ({{staff}} staff) into {{out}}.',
    skippedLoop: 'Skipped: the symbolic link loops back. Check where it points.',
    skippedUnreadable: 'Skipped: cannot be read ({{code}}). Check the permissions or where the link points.',
    noFiles: 'Give files or folders.',
    missing: 'Not found: {{files}}',
    needOut: 'Give the output with --out.',
    badEncoding: 'Give --encoding one of {{known}} (given: {{value}}).',
    needDataDir: 'Give the app data folder with --data-dir.',
    needDates: 'Give real dates as YYYY-MM-DD with --from and --to.',
    badFormat: 'Unknown format: {{formats}}. Choose --format from {{known}}, separated by commas.',
    badAggregateFormat: 'Unknown format: {{formats}}. For aggregate, --format takes one of {{known}}.',
    unknownCommand: 'Unknown command: {{command}}',
    noCommand: 'Give a command.',
    damaged: 'A file cannot be read (stopped without changing anything): {{path}}',
    noPdfEngine:
      'No browser to make the PDF (Microsoft Edge, Google Chrome or Chromium) was found. Use --format html for the printable HTML, install one of these browsers, or set the environment variable CHROMIUM_PATH to a browser executable.',
  },
} as const satisfies CatalogueShape<typeof cliJa>;
