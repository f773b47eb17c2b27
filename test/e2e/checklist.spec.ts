import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changeSettings, expect, ok, test } from './fixtures.js';

test('前日の準備: a renamed text file is refused, a real PDF accepted, a deleted one flagged; a paper approval conflict; state survives a restart', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, teleworkWeekdays: [4] }))); // Thursday 11/26
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-pdf-'));
  const fake = path.join(dir, 'メモ.pdf');
  fs.writeFileSync(fake, 'ただのテキスト');
  const real = path.join(dir, '計画書.pdf');
  fs.writeFileSync(real, `%PDF-1.4\n${'x'.repeat(3000)}\n%%EOF\n`);

  await techo.open('checklist');
  await expect(page.getByText('令和8年(2026年)11月26日(木) のテレワーク')).toBeVisible();
  await expect(page.getByTestId('checklist-completion')).toHaveText('準備 0/6');
  await page.getByRole('checkbox', { name: 'テレワーク申請' }).check();
  await expect(page.getByTestId('checklist-completion')).toHaveText('準備 1/6');

  await page.getByLabel('資料名').fill('計画書(本編)');
  await page.getByRole('button', { name: '資料を追加' }).click();
  techo.pickFile(fake);
  await page.getByRole('button', { name: 'PDF を選ぶ' }).click();
  await expect(page.getByRole('status')).toHaveText('「メモ.pdf」は PDF ファイルではありません(名前が .pdf でも中身が PDF ではありません)。');
  techo.pickFile(real);
  await page.getByRole('button', { name: 'PDF を選ぶ' }).click();
  await expect(page.getByTestId('checklist-pdfs')).toContainText('計画書(本編): 計画書.pdf(3 kB)');
  await expect(page.getByTestId('checklist-completion')).toHaveText('準備 2/7');

  await page.getByLabel('件名').fill('協議会委員の任命');
  await page.getByLabel('決裁者').fill('課長');
  await page.getByLabel('紙決裁').check();
  await page.getByRole('button', { name: '決裁を追加' }).click();
  const approvals = page.getByTestId('checklist-approvals');
  await expect(approvals).toContainText('紙決裁の予定決裁日がテレワーク日です。 予定決裁日を出勤日の 令和8年(2026年)11月25日(水) に変更することを検討してください。');

  fs.rmSync(real);
  await techo.restart();
  await expect(page.getByTestId('checklist-pdfs')).toContainText('ファイルが見つかりません');
  await expect(page.getByRole('checkbox', { name: 'テレワーク申請' })).toBeChecked();
  await expect(approvals).toContainText('協議会委員の任命');
  fs.rmSync(dir, { recursive: true, force: true });
});
