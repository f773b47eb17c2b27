import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import { staffReport } from '../helpers/staff-reports.js';
import { xlsxSheets } from '../helpers/xlsx-cells.js';
import { hostileReport } from '../helpers/hostile-report.js';

test('所属長の確認画面: a folder with good, truncated, wrong-schema, hostile and 50 MB files; team status, exceptions, 確認, CSV', async ({ page, techo }) => {
  const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));
  const folder = tmp('techo-team-');
  fs.writeFileSync(path.join(folder, 'yamada.json'), await staffReport(tmp('techo-s1-'), { staffId: '000123', name: '山田 花子' }, { '2026-11-25': [510, 23 * 60] }));
  fs.writeFileSync(path.join(folder, 'sato.json'), await staffReport(tmp('techo-s2-'), { staffId: '000456', name: '佐藤 一郎' }, { '2026-11-25': [510, 1035] }));
  fs.writeFileSync(path.join(folder, 'truncated.json'), fs.readFileSync(path.join(folder, 'sato.json'), 'utf8').slice(0, 500));
  fs.writeFileSync(path.join(folder, 'wrong.json'), JSON.stringify({ format: 'telework-techo/daily-report', version: 1, days: 'none' }));
  // A line break in the name (and 所属, 命令・許可): refused whole, never imported.
  fs.writeFileSync(path.join(folder, 'hostile.json'), (await hostileReport(tmp('techo-s3-'))).json);
  const fd = fs.openSync(path.join(folder, 'huge.json'), 'w');
  fs.ftruncateSync(fd, 50 * 1024 * 1024);
  fs.closeSync(fd);

  await techo.open('supervisor');
  await expect(page.getByText('まだ日報が読み込まれていません。')).toBeVisible();
  await page.getByLabel('フォルダーを選ぶ').setInputFiles(folder);
  await expect(page.getByRole('status')).toHaveText('2件を読み込みました(職員 2人)。');
  const rejected = page.getByRole('region', { name: '読み込めなかったファイル' });
  await expect(rejected).toContainText('huge.json: ファイルが大きすぎます(50.0 MB。上限 20 MB)');
  await expect(rejected).toContainText('truncated.json: JSON として読めません');
  await expect(rejected).toContainText('wrong.json: 日報の形式が正しくありません');
  await expect(rejected).toContainText('hostile.json: 氏名に改行・タブなどの制御文字が含まれているため、読み込みませんでした。');

  const status = page.getByTestId('team-status');
  await expect(status.getByRole('row', { name: /山田 花子/ })).toContainText('在宅');
  await expect(status.getByRole('row', { name: /山田 花子/ })).toContainText('未着'); // no 終業報告
  await expect(page.getByTestId('team-exceptions')).toContainText('11/25(水) 山田 花子 深夜勤務 1時間');
  await expect(page.getByTestId('team-totals').getByRole('row', { name: /山田 花子/ })).toContainText('5時間45分');

  await page.getByRole('button', { name: '山田 花子さんの詳細' }).click();
  await expect(page.getByTestId('supervisor-day-detail')).toContainText('記録からの集計: 実勤務時間');
  await page.getByRole('button', { name: '詳細を閉じる' }).click();

  await page.getByRole('button', { name: '山田 花子さんの11/25(水)を確認' }).click();
  await expect(status.getByRole('row', { name: /山田 花子/ })).toContainText('確認済み 所属長');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '集計 CSV を書き出す' }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file!).subarray(3).toString('utf8');
  expect(csv.split('\r\n').filter((l) => /^'000(123|456),/.test(l))).toHaveLength(2);
  expect(csv).toMatch(/000123,山田 花子,.*,所属長,2026-11-25 \d\d:\d\d\r\n/);

  // The same team as an Excel workbook, beside the CSV: days (with the 確認), 予定・中抜け, the 年度 against the limits.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel ブックを書き出す' }).click();
  const book = await xlsxDownload;
  expect(book.suggestedFilename()).toMatch(/^team_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const sheets = xlsxSheets(fs.readFileSync((await book.path())!));
  expect([...sheets.keys()]).toEqual(['日別', '予定・中抜け', '令和8年度 時間外勤務']);
  const days = sheets.get('日別')!.rows;
  const checker = days[0]!.findIndex((c) => c?.text === '確認者');
  expect(days.slice(1).map((r) => [r[0]?.text, r[1]?.text, r[checker]?.text ?? ''])).toEqual([['000123', '山田 花子', '所属長'], ['000456', '佐藤 一郎', '']]);
  fs.rmSync(folder, { recursive: true, force: true });
});

test('所属長の確認画面: reports dropped onto the page are imported (drag and drop)', async ({ page, techo }) => {
  const report = await staffReport(fs.mkdtempSync(path.join(os.tmpdir(), 'techo-dd-')), { staffId: '000789', name: '田中 次郎' }, { '2026-11-25': [510, 1035] });
  await techo.open('supervisor');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'tanaka.json', { type: 'application/json' }));
    dt.items.add(new File(['not json'], 'notes.json', { type: 'application/json' }));
    return dt;
  }, report);
  await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('status')).toHaveText('1件を読み込みました(職員 1人)。');
  await expect(page.getByRole('region', { name: '読み込めなかったファイル' })).toContainText('notes.json: JSON として読めません');
  await expect(page.getByTestId('team-status')).toContainText('田中 次郎');
});
