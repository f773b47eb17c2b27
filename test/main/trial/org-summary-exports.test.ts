/**
 * 総務課's summary as a workbook and as a printable page, through orgSummary:exportXlsx / exportPdf:
 * the workbook opened by LibreOffice Calc headless (a spreadsheet nobody here wrote) and read back
 * sheet by sheet as Calc shows it; the PDF printed by the machine's Chromium and read back with
 * pdftotext. Neither carries a name beside the free text. Skipped, saying why, without soffice /
 * a browser and poppler-utils (which `npm test` installs as root on Debian).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createChromiumPdfPrinter } from '../../../main/adapters/chromium-pdf-printer.js';
import { lookUpMachineBrowser } from '../../../main/browser/machine-browser-lookup.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ORG_TRIAL_TEXT, answerFile, filesOf, trialFolder } from '../../helpers/trial-files.js';
import { ok, refused } from '../../helpers/typed-client.js';
import { xlsxSheets } from '../../helpers/xlsx-cells.js';
import type { PdfPrinter } from '../../../main/ports/pdf-printer.js';
import { parseCalcCsv, soffice } from '../../helpers/calc-csv.js';

const tempDir = useTempDir();
const browser = lookUpMachineBrowser().ok;
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => fs.existsSync(p));
const NAMES = ['山田', '佐藤', '鈴木', '田中', '100001', '100002', '100003'];
/** The named free text is compiled; the one anonymous answer (fewer than 5) is not, anywhere. */
const FREE_TEXTS = ['紙の資料が多く、持ち帰りに困った。'];
const WITHHELD_TEXT = '通信が遅い日があった。';
const WITHHELD_NOTE = '匿名の回答が5件未満のため、匿名の回答は集計に含めていません(回答した人が分かるおそれがあるため)。';

async function summarised(pdfPrinter?: PdfPrinter) {
  const folder = await trialFolder(tempDir);
  const app = testApp(tempDir(), fakeClock(Date.parse('2026-12-21T10:00:00+09:00')), pdfPrinter ? { pdfPrinter } : {});
  await ok(app.api.orgImport({ text: ORG_TRIAL_TEXT }));
  await ok(app.api.orgSummaryImport({ files: filesOf(folder) }));
  return app;
}

describe('orgSummary:exportXlsx', () => {
  it('writes the five sheets with typed cells, no formula, and the free text without any name', async () => {
    const { api } = await summarised();
    const file = await ok(api.orgSummaryExportXlsx());
    expect(file.name).toMatch(/^org-summary_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = xlsxSheets(Buffer.from(file.base64, 'base64'));
    expect([...sheets.keys()]).toEqual(['参加状況(課別)', '未実施の職員', '職員別・月別', 'アンケート集計', '自由記述']);
    for (const [name, { sheetXml }] of sheets) expect(sheetXml, name).not.toMatch(/<f[\s>]/);
    const notYet = sheets.get('未実施の職員')!.rows;
    expect(notYet[1]![0]).toMatchObject({ type: 's', text: '100003' });
    const byPerson = sheets.get('職員別・月別')!.rows;
    expect(byPerson[0]!.map((c) => c?.text)).toEqual(['職員番号', '氏名', '課', '役職', '管理職', '11月', '12月', 'テレワーク日数', '時間外勤務(期間計)']);
    expect(byPerson[1]!.slice(5, 8).map((c) => [c?.type ?? 'n', c?.text])).toEqual([['n', '2'], ['n', '1'], ['n', '3']]);
    const freeText = sheets.get('自由記述')!.rows.map((r) => r.map((c) => c?.text ?? ''));
    expect(freeText.slice(1).map((r) => r[1])).toEqual([...FREE_TEXTS].sort(new Intl.Collator('ja').compare));
    for (const sheet of ['アンケート集計', '自由記述']) {
      const text = sheets.get(sheet)!.rows.flat().map((c) => c?.text ?? '').join('\n');
      for (const n of NAMES) expect(text, `${sheet}: ${n}`).not.toContain(n);
      expect(text, sheet).not.toContain(WITHHELD_TEXT);
    }
    // The survey sheet says first that the one anonymous answer is not compiled.
    expect(sheets.get('アンケート集計')!.rows[2]![0]).toMatchObject({ type: 's', text: WITHHELD_NOTE });
  });

  it('keeps a free text that looks like a formula as text', async () => {
    const folder = await trialFolder(tempDir);
    const app = testApp(tempDir(), fakeClock(Date.parse('2026-12-21T10:00:00+09:00')));
    await ok(app.api.orgImport({ text: ORG_TRIAL_TEXT }));
    const hostile = '=HYPERLINK("http://example.com","x")';
    // Five anonymous answers, so they are compiled: the hostile one and four more.
    const anon = (id: string, text: string) => answerFile(id, { trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'end', answers: [{ type: 'text', questionId: 'comment', text }] });
    const more = Object.fromEntries([2, 3, 4, 5].map((n) => [`answers-${n}.json`, anon(`e${n}000000`, n === 2 ? hostile : `意見${n}`)]));
    await ok(app.api.orgSummaryImport({ files: filesOf({ ...folder, ...more }) }));
    const sheets = xlsxSheets(Buffer.from((await ok(app.api.orgSummaryExportXlsx())).base64, 'base64'));
    const cell = sheets.get('自由記述')!.rows.flat().find((c) => c?.text === hostile);
    expect(cell).toMatchObject({ type: 's', formula: false });
    expect(sheets.get('自由記述')!.sheetXml).not.toMatch(/<f[\s>]/);
  });

  it.skipIf(!soffice)('opens in LibreOffice Calc with the figures by 課, months and survey as the summary has them', async () => {
    const { api } = await summarised();
    const dir = tempDir();
    const xlsx = path.join(dir, 'summary.xlsx');
    fs.writeFileSync(xlsx, Buffer.from((await ok(api.orgSummaryExportXlsx())).base64, 'base64'));
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    const run = spawnSync(
      soffice!,
      ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, xlsx],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const shown = (sheet: string) => parseCalcCsv(fs.readFileSync(path.join(dir, `summary-${sheet}.csv`), 'utf8'));
    expect(shown('参加状況(課別)')).toEqual([
      ['課', '対象職員', 'テレワークした職員', '参加率(%)', '目標を満たした職員', '管理職', '管理職(テレワークした)', 'テレワーク日数', '時間外勤務(期間計)', 'うちテレワーク日'],
      ['企画課', '1', '1', '100', '1', '0', '0', '3', '2:50', '1:05'],
      ['総務課', '1', '0', '0', '0', '0', '0', '0', '0:00', '0:00'],
      ['税務課', '1', '1', '100', '0', '1', '1', '1', '2:45', '0:00'],
      ['合計', '3', '2', '66.7', '1', '1', '1', '4', '5:35', '1:05'],
    ]);
    expect(shown('未実施の職員')[1]).toEqual(['100003', '鈴木 次郎', '総務課', '主事', '']);
    expect(shown('アンケート集計').slice(0, 3)).toEqual([
      ['設問', '選択肢', '件数', '回答数', '平均'],
      ['テレワーク試行アンケート(回答 1件: 氏名付き 1件・匿名 0件/初回のテレワークの後 1件・試行期間の終わり 0件)', '', '', '', ''],
      [WITHHELD_NOTE, '', '', '', ''],
    ]);
    expect(shown('アンケート集計')[3]).toEqual(['業務の効率は上がりましたか。', '1(そう思わない)', '0', '1', '4']);
    expect(shown('アンケート集計').flat()).toContain('困ったことを選んでください(複数可)。(複数回答)');
    const texts = shown('自由記述');
    expect(texts.slice(1).map((r) => r[1]).sort()).toEqual([...FREE_TEXTS].sort());
    for (const n of NAMES) expect(texts.flat().join('\n')).not.toContain(n);
  }, 180_000);
});

describe('orgSummary:exportPdf', () => {
  it.skipIf(!browser || !pdftotext)('prints an A4 page a 首長 can read: title, period, participation, by 課, 時間外勤務, survey — no names, no free text', async () => {
    const { api } = await summarised(createChromiumPdfPrinter({ idleMs: 0 }));
    const file = await ok(api.orgSummaryExportPdf());
    expect(file.name).toMatch(/^org-summary_\d{4}-\d{2}-\d{2}\.pdf$/);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 's.pdf'), Buffer.from(file.base64, 'base64'));
    const text = execFileSync(pdftotext!, ['-layout', path.join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
    expect(text.split('\f').filter((p) => p.trim() !== '').length, 'one or two pages').toBeLessThanOrEqual(2);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('令和8年度 テレワーク試行 実施状況');
    expect(flat).toContain('令和8年(2026年)11月9日(月)〜令和8年(2026年)12月18日(金)');
    expect(flat).toMatch(/全体 3 2 66\.7% 1/);
    expect(flat).toMatch(/管理職 1 1 100% 0/);
    expect(flat).toMatch(/企画課 1 1 100% 1 0\/0 3/);
    expect(flat).toMatch(/企画課 2時間50分 1時間5分/);
    expect(flat).toContain('平均 4.0');
    expect(flat).toContain('自由記述 1件(氏名は記載していません)');
    // Lines may wrap anywhere in Japanese text: compared without spaces.
    const tight = flat.replace(/ /g, '');
    expect(tight).toContain(WITHHELD_NOTE);
    expect(tight).toContain('初回のテレワークの後1件・試行期間の終わり0件');
    expect(tight).toContain('特になし:0件(複数回答)');
    expect(flat).not.toContain(WITHHELD_TEXT);
    for (const s of [...NAMES, ...FREE_TEXTS]) expect(flat).not.toContain(s);
  }, 60_000);

  it('says clearly when there is no browser to print with (code "unavailable")', async () => {
    const { api } = await summarised();
    expect(await refused(api.orgSummaryExportPdf())).toMatchObject({ code: 'unavailable', message: expect.stringContaining('PDF を作るためのブラウザー') });
  });
});
