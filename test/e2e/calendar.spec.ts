import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changeSettings, expect, ok, test } from './fixtures.js';
import { status } from './keyboard.js';

test('カレンダー: 祝日 and 年末年始 listed with 和暦, an organisation day added by hand', async ({ page, techo }) => {
  await techo.open('calendar/2026');
  await expect(page.getByText('令和8年(2026年)11月23日(月) 勤労感謝の日')).toBeVisible();
  await expect(page.getByText('令和8年(2026年)12月29日(火) 年末年始')).toBeVisible();
  await page.getByRole('button', { name: '休日を追加' }).click();
  await page.getByLabel('日付').fill('2026-06-02');
  // Without a name the message stands beside the name field.
  await page.getByRole('button', { name: '団体独自の休日を保存' }).click();
  await expect(page.getByLabel('名称')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#org-name-0-error')).toHaveText('入力してください。');
  await page.getByLabel('名称').fill('開庁記念日');
  await page.getByRole('button', { name: '団体独自の休日を保存' }).click();
  await expect(page.getByLabel('名称')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(status(page)).toHaveText('保存しました。');
  await expect(page.getByText('令和8年(2026年)6月2日(火) 開庁記念日')).toBeVisible();
});

test('庁内共通の設定: a bad file lists each problem with its line and changes nothing; the good file applies', async ({ page, techo }) => {
  const good = fs.readFileSync(path.resolve('test/fixtures/org-defaults.json'), 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'techo-org-'));
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, good.replace('"telework": "no"', '"telework": "maybe"'));
  await techo.open('calendar/2026');
  await page.getByLabel('ファイルを選ぶ').setInputFiles(bad);
  await expect(status(page)).toHaveText('読み込めませんでした。何も変更していません。');
  const line = good.split('\n').findIndex((l) => l.includes('"telework": "no"')) + 1;
  await expect(page.getByRole('alert')).toContainText(`${line}行目「inventory.0.telework」`);

  await page.getByLabel('ファイルを選ぶ').setInputFiles(path.resolve('test/fixtures/org-defaults.json'));
  await expect(status(page)).toHaveText('読み込みました: 勤務時間 ✓・団体独自の休日 1件・業務 2件・テンプレート 1件・準備項目 7件');
  await expect(page.getByText('令和8年(2026年)6月2日(火) 開庁記念日')).toBeVisible();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('in the English UI 祝日 have their English names (organisation days keep their own), on the calendar and the day', async ({ page, techo }) => {
  await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
  await ok(techo.api.calendarSetOrgDays({ orgDays: [{ date: '2026-06-02', name: '開庁記念日' }] }));
  await techo.open('calendar/2026');
  await expect(page.getByText(/Labor Thanksgiving Day/)).toBeVisible();
  await expect(page.getByText('勤労感謝の日')).toHaveCount(0);
  await expect(page.getByText('Tue, 2 Jun 2026 開庁記念日')).toBeVisible();
  await techo.open('today/2026-11-23');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('23 Nov 2026');
  await expect(page.getByText(/Labor Thanksgiving Day/)).toBeVisible();
});
