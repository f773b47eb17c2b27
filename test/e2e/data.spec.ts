import fs from 'node:fs';
import path from 'node:path';
import type { ChannelInput } from '../../shared/ipc/contract.js';
import { expect, ok, test } from './fixtures.js';

const block = (title: string, start = '09:00', end = '10:00'): ChannelInput<'day:saveBlock'> => ({
  date: '2026-11-25',
  id: null,
  block: { start, end, title, kind: 'focus', status: 'planned', note: '', inventoryId: null },
});

test('データの保護: back up now, change the plan, restore from the list (with a confirmation); the state before is kept as 「復元前」', async ({ page, techo }) => {
  await ok(techo.api.daySaveBlock(block('予算資料')));
  await techo.open('data');
  await expect(page.getByRole('heading', { name: 'データの保護', level: 2 })).toBeVisible();
  await expect(page.getByText('バックアップはまだありません。')).toBeVisible();
  await page.getByRole('button', { name: '今すぐバックアップする' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'バックアップしました' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);

  await ok(techo.api.daySaveBlock(block('議事録', '10:00', '11:00')));
  const restore = page.getByRole('button', { name: /のバックアップから復元/ });
  await restore.click();
  // Focus starts on やめる (holding Enter never confirms); Escape cancels and returns focus.
  await expect(page.getByRole('button', { name: 'やめる' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(restore).toBeFocused();
  await restore.click();
  await expect(page.getByRole('alertdialog')).toContainText('今の状態は「復元前」のバックアップとして残る');
  await page.getByRole('button', { name: '復元する' }).click();
  await expect(page.getByText(/バックアップから復元しました\(1日分の記録\)/)).toBeVisible();
  await expect(page.getByRole('cell', { name: '復元前' })).toBeVisible();

  await techo.open('today/2026-11-25');
  await expect(page.getByText('予算資料').first()).toBeVisible();
  await expect(page.getByText('議事録')).toHaveCount(0);
});

test('export everything, import it back after the plan changed; a damaged file is refused with nothing changed', async ({ page, techo }) => {
  await ok(techo.api.daySaveBlock(block('予算資料')));
  await techo.open('data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON で書き出す' }).first().click();
  const file = (await (await download).path())!;
  await expect(page.getByRole('status').filter({ hasText: 'telework-techo-all-2026-11-25.json を書き出しました(1日分の記録)。' })).toBeVisible();

  // A damaged copy is refused.
  const damaged = path.join(techo.dir, '..', `damaged-${path.basename(techo.dir)}.json`);
  fs.writeFileSync(damaged, fs.readFileSync(file, 'utf8').slice(0, 200));
  await page.getByLabel('読み込むファイル').setInputFiles(damaged);
  await page.getByRole('button', { name: '読み込む', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('ファイルが壊れているか、JSON ではありません');
  fs.rmSync(damaged);

  // Wipe the data folder as a new PC would have it, then import the export.
  const { day } = await ok(techo.api.dayGet({ date: '2026-11-25' }));
  await ok(techo.api.dayDeleteBlock({ date: '2026-11-25', id: day.blocks.find((b) => b.kind === 'focus')!.id }));
  await page.getByLabel('読み込むファイル').setInputFiles(file);
  await expect(page.getByRole('alertdialog')).toContainText('の内容で、このPCのデータを置き換えます');
  await page.getByRole('button', { name: '読み込む', exact: true }).click();
  await expect(page.getByText('読み込みました(1日分の記録)')).toBeVisible();
  await techo.open('today/2026-11-25');
  await expect(page.getByText('予算資料').first()).toBeVisible();
});

test('returning a loaned PC: erase only after the export and the typed word; the data folder is then empty', async ({ page, techo }) => {
  await ok(techo.api.daySaveBlock(block('予算資料')));
  await techo.open('data');
  const erase = page.getByRole('button', { name: 'データを消去する' });
  await expect(erase).toBeDisabled();
  await expect(page.getByLabel('確認の入力')).toBeDisabled();

  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: '貸与PCの返却(書き出してから消去)' }).getByRole('button', { name: 'JSON で書き出す' }).click();
  await download;
  await expect(page.getByText('書き出し済み: telework-techo-all-2026-11-25.json')).toBeVisible();
  await page.getByLabel('確認の入力').fill('けす');
  await expect(erase).toBeDisabled();
  await page.getByLabel('確認の入力').fill('消去');
  await erase.click();
  await expect(page.getByRole('alert')).toContainText('このPCのテレワーク手帳のデータを消去しました');
  expect(fs.existsSync(techo.dir) ? fs.readdirSync(techo.dir, { recursive: true }) : []).toEqual([]);
  // The stopped scheduler writes nothing back, even as time goes on.
  techo.time.advance(3 * 3_600_000);
  expect(fs.existsSync(techo.dir) ? fs.readdirSync(techo.dir, { recursive: true }) : []).toEqual([]);
});
