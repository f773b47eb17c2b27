import fs from 'node:fs';
import type { Download } from '@playwright/test';
import { expect, ok, test } from './fixtures.js';
import { xlsxSheets } from '../helpers/xlsx-cells.js';

test('日報の出力: CSV (BOM, CRLF) and JSON are downloaded in the browser preview; an inverted range is refused', async ({ page, techo }) => {
  await ok(techo.api.daySaveBlock({ date: '2026-11-25', id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'done', note: '', inventoryId: null } }));
  await techo.open('export');
  await expect(page.getByRole('heading', { name: '日報の出力' })).toBeVisible();
  await expect(page.getByLabel('開始日')).toHaveValue('2026-11-01');

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: '書き出す' }).click();
  await expect(page.getByRole('status')).toContainText('4個のファイルを書き出しました。');
  await expect.poll(() => downloads.length).toBe(4);
  expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([
    'daily-report-details_2026-11-01_2026-11-25.csv',
    'daily-report.schema.json',
    'daily-report_2026-11-01_2026-11-25.csv',
    'daily-report_2026-11-01_2026-11-25.json',
  ]);
  const csv = downloads.find((d) => d.suggestedFilename() === 'daily-report_2026-11-01_2026-11-25.csv')!;
  const bytes = fs.readFileSync((await csv.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('\r\n');
  expect(bytes.toString('utf8')).toContain('2026-11-25,令和8年(2026年)11月25日(水)');

  await page.getByLabel('終了日').fill('2026-10-01');
  await page.getByRole('button', { name: '書き出す' }).click();
  await expect(page.getByRole('status')).toHaveText('終了日は開始日と同じ日か、それより後の日にしてください。');
  await expect(page.getByLabel('終了日')).toHaveAccessibleDescription('終了日は開始日と同じ日か、それより後の日にしてください。');
});

test('日報の出力: without a browser to make the PDF (preview on such a machine) the refusal says so and offers the printable HTML', async ({ page, techo }) => {
  // The e2e app has no PDF printer, as the preview has none where the browser lookup finds nothing.
  await ok(techo.api.daySaveBlock({ date: '2026-11-25', id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'done', note: '', inventoryId: null } }));
  await techo.open('export');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('checkbox', { name: 'PDF' }).check();
  await page.getByRole('button', { name: '書き出す' }).click();
  await expect(page.getByRole('status')).toHaveText(/^PDF を作るためのブラウザー\(Microsoft Edge・Google Chrome・Chromium\)がこのパソコンに見つからないため/);
  expect(downloads).toEqual([]);

  const instead = page.getByRole('button', { name: 'PDF の代わりに印刷用 HTML を書き出す' });
  await instead.click();
  await expect(page.getByRole('status')).toHaveText('5個のファイルを書き出しました。');
  await expect.poll(() => downloads.map((d) => d.suggestedFilename()).sort()).toContain('daily-report_2026-11-01_2026-11-25.html');
  expect(downloads).toHaveLength(5);
  await expect(page.getByRole('checkbox', { name: 'PDF' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: '印刷用 HTML' })).toBeChecked();
  await expect(instead).toHaveCount(0);
  // The button that was clicked is gone: the keyboard is on the form's own button, not on <body>.
  await expect(page.getByRole('button', { name: '書き出す' })).toBeFocused();
});

test('日報の出力: the Excel workbook (.xlsx) is offered beside the CSV and downloads with its three sheets', async ({ page, techo }) => {
  await ok(techo.api.daySaveBlock({ date: '2026-11-25', id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'done', note: '', inventoryId: null } }));
  await techo.open('export');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('checkbox', { name: 'CSV(システム連携・Excel 用)' }).uncheck();
  await page.getByRole('checkbox', { name: 'JSON(所属長の取り込み用)' }).uncheck();
  await page.getByRole('checkbox', { name: 'Excel ブック(.xlsx)' }).check();
  await page.getByRole('button', { name: '書き出す' }).click();
  await expect(page.getByRole('status')).toHaveText('1個のファイルを書き出しました。');
  await expect.poll(() => downloads.length).toBe(1);
  expect(downloads[0]!.suggestedFilename()).toBe('daily-report_2026-11-01_2026-11-25.xlsx');
  const sheets = xlsxSheets(fs.readFileSync((await downloads[0]!.path())!));
  expect([...sheets.keys()]).toEqual(['日別', '予定・中抜け', '令和8年度 時間外勤務']);
  expect(sheets.get('予定・中抜け')!.rows[1]![7]).toMatchObject({ type: 's', text: '資料作成' });
});
