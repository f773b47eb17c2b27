/**
 * `npm run preview` (and `npm start` where Electron cannot run): the whole app in a browser.
 *   node dist/preview/preview.js [--data-dir DIR] [--port N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createConfStoreFactory } from '../adapters/conf-key-value-store.js';
import { consoleLogger } from '../adapters/console-logger.js';
import { LOG_FILE, createFileLogger, teeLogger } from '../adapters/file-logger.js';
import { createSystemTimeZone } from '../adapters/system-time-zone.js';
import { randomId, systemClock, systemTimers } from '../adapters/system-clock.js';
import { noNotifier, noPowerEvents } from '../ports/notifier.js';
import { createChromiumPdfPrinter } from '../adapters/chromium-pdf-printer.js';
import { lookUpMachineBrowser } from '../browser/machine-browser-lookup.js';
import { createNodeHttpPoster } from '../adapters/node-http-poster.js';
import { createApp } from '../app/create-app.js';
import { startPreviewServer } from './preview-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: path.join(os.homedir(), '.telework-techo-preview') },
    port: { type: 'string', default: '0' },
  },
});

const dataDir = path.resolve(values['data-dir']!);
const app = createApp({
  stores: createConfStoreFactory(dataDir),
  clock: systemClock,
  timers: systemTimers,
  // A browser tab cannot show OS notifications for main; the in-app banner shows what is due.
  notifier: noNotifier,
  power: noPowerEvents,
  pdfPrinter: createChromiumPdfPrinter(),
  poster: createNodeHttpPoster(), // used only if the user turns the chat integration on
  newId: randomId,
  logger: teeLogger(consoleLogger, createFileLogger(path.join(dataDir, LOG_FILE))),
  timeZone: createSystemTimeZone(),
  shell: 'preview',
  version: (JSON.parse(fs.readFileSync(path.join(here, '../../package.json'), 'utf8')) as { version: string }).version,
});
app.start();
const server = await startPreviewServer({ app, rendererDir: path.join(here, '../renderer'), port: Number(values.port) });

console.log('テレワーク手帳 ブラウザプレビュー / Telework Techo browser preview');
console.log(`  データの保存先 / data: ${dataDir}`);
console.log(`  開く / open: ${server.url}`);
// Said up front, so a missing browser is not first discovered as a refused PDF export.
const pdfBrowser = lookUpMachineBrowser();
console.log(
  `  PDF: ${pdfBrowser.ok ? pdfBrowser.browser.executablePath : 'ブラウザーが見つかりません(印刷用 HTML は出力できます) / no browser found (the printable HTML still works)'}`,
);
console.log('  (127.0.0.1 のみ。この URL を知る人だけが開けます。URL をほかの人に見せないでください / loopback only; anyone with this URL can open the app: keep it to yourself)');
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
