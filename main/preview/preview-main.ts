/**
 * `npm run preview` (and `npm start` where Electron cannot run): the whole app in a browser.
 *   node dist/preview/preview.js [--data-dir DIR] [--port N]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { consoleLogger } from '../adapters/console-logger.js';
import { noNotifier, noPowerEvents } from '../ports/notifier.js';
import { createChromiumPdfPrinter } from '../adapters/chromium-pdf-printer.js';
import { lookUpMachineBrowser } from '../browser/machine-browser-lookup.js';
import { systemPorts } from '../adapters/system-ports.js';
import { claimDataFolder } from '../app/claim-data-folder.js';
import { createApp } from '../app/create-app.js';
import { dataInUseMessage } from '../app/data-in-use-message.js';
import { startPreviewServer } from './preview-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: path.join(os.homedir(), '.telework-techo-preview') },
    port: { type: 'string', default: '0' },
  },
});

const dataDir = path.resolve(values['data-dir']!);
// One writer per data folder: a second preview (or the desktop app) on this folder would keep its
// own copy of the records in memory and save over what this one acknowledged.
const claimed = claimDataFolder(dataDir, 'preview', consoleLogger);
if (claimed.kind === 'inUse') {
  const message = dataInUseMessage(claimed);
  console.error(message.title);
  for (const line of message.lines) console.error(line ? `  ${line}` : '');
  process.exit(1);
}
const lock = claimed.lock;
// Released on every normal end (Ctrl+C, kill, the event loop running out); after a crash the next
// start finds the pid gone and takes the folder over.
process.on('exit', () => lock?.release());

const app = createApp({
  stores: claimed.stores,
  ...systemPorts(dataDir, consoleLogger),
  // A browser tab cannot show OS notifications for main; the in-app banner shows what is due.
  notifier: noNotifier,
  power: noPowerEvents,
  pdfPrinter: createChromiumPdfPrinter(),
  shell: 'preview',
  version: (JSON.parse(fs.readFileSync(path.join(here, '../../package.json'), 'utf8')) as { version: string }).version,
});
app.start();
const server = await startPreviewServer({ app, rendererDir: path.join(here, '../renderer'), port: Number(values.port) });
// A second start on this folder prints this URL instead of starting (the lock file is owner-only).
lock?.setUrl(server.url);

console.log('テレワーク手帳 ブラウザプレビュー / Telework Techo browser preview');
console.log(`  データの保存先 / data: ${dataDir}`);
console.log(`  開く / open: ${server.url}`);
// Said up front, so a missing browser is not first discovered as a refused PDF export.
const pdfBrowser = lookUpMachineBrowser();
console.log(
  `  PDF: ${pdfBrowser.ok ? pdfBrowser.browser.executablePath : 'ブラウザーが見つかりません(印刷用 HTML は出力できます) / no browser found (the printable HTML still works)'}`,
);
console.log('  (127.0.0.1 のみ。この URL を知る人だけが開けます。URL をほかの人に見せないでください / loopback only; anyone with this URL can open the app: keep it to yourself)');
if (claimed.removed.length > 0) console.log(`  中断された書き込みの一時ファイルを削除しました / removed temp files of interrupted writes: ${claimed.removed.length}`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
