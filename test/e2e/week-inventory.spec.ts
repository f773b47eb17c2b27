import { expect, test } from './fixtures.js';
import { status } from './keyboard.js';

test('週の予定: the weekly telework pattern marks the week, holidays are named, a day opens from the week', async ({ page, techo }) => {
  await techo.open('week');
  await expect(page.getByRole('heading', { name: '週の予定' })).toBeVisible();
  await page.getByRole('checkbox', { name: '月' }).check();
  await page.getByRole('checkbox', { name: '金' }).check();
  await page.getByRole('button', { name: '曜日を保存' }).click();
  await expect(status(page)).toHaveText('設定を保存しました。');
  const days = page.locator('.week-grid li');
  await expect(days.nth(0)).toContainText('勤労感謝の日'); // Mon 11/23 is a 祝日: no telework
  await expect(page.locator('.week-grid li[aria-current="date"]')).toHaveCount(1);
  await expect(days.nth(2)).toHaveAttribute('aria-current', 'date'); // Wed 11/25, today
  await expect(days.nth(4)).toContainText('テレワーク'); // Fri 11/27
  await expect(days.nth(2)).toContainText('出勤');
  await page.getByRole('link', { name: '11/27(金) の計画を開く' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('令和8年(2026年)11月27日(金) の計画');
  await expect(page.getByText('テレワーク日')).toBeVisible();
});

test('業務の棚卸: a テレワーク不可 task planned on a telework day shows a warning, not a refusal', async ({ page, techo }) => {
  await techo.open('inventory');
  await page.getByRole('button', { name: '業務を追加' }).click();
  await page.getByLabel('業務名').fill('窓口当番');
  await page.getByLabel('テレワーク', { exact: true }).selectOption('no');
  await page.getByRole('button', { name: '業務を保存' }).click();
  await expect(page.getByLabel('理由')).toHaveAccessibleDescription('理由を選んでください。');
  await page.getByLabel('理由').selectOption('counter');
  await page.getByRole('button', { name: '業務を保存' }).click();
  await expect(page.getByRole('cell', { name: '窓口当番', exact: true })).toBeVisible();

  await techo.open('today');
  await page.getByLabel('午前').selectOption('home');
  await page.getByLabel('午後').selectOption('home');
  await page.getByRole('button', { name: '勤務形態を保存' }).click();
  await expect(page.getByText('テレワーク日')).toBeVisible();
  await page.getByRole('button', { name: /^空き時間 8:30/ }).click();
  await page.getByLabel('業務の棚卸から').selectOption({ label: '窓口当番(不可)' });
  await expect(page.getByLabel('件名')).toHaveValue('窓口当番');
  await page.getByRole('button', { name: '予定を保存' }).click();
  await expect(page.getByText('「窓口当番」は業務の棚卸で「テレワーク不可」(窓口)です。')).toBeVisible();
  await expect(page.getByRole('button', { name: /^8:30〜9:30 窓口当番/ })).toBeVisible();
});

test('テンプレート and 繰越: save the day as a template, apply it to another day, carry unfinished work over', async ({ page, techo }) => {
  await techo.open('today');
  await page.getByRole('button', { name: /^空き時間 8:30/ }).click();
  await page.getByLabel('件名').fill('資料作成');
  await page.getByRole('button', { name: '予定を保存' }).click();
  await expect(page.getByRole('button', { name: /^8:30〜9:30 資料作成/ })).toBeVisible();
  await page.getByLabel('テンプレート名').fill('資料作成の日');
  await page.getByRole('button', { name: 'この日をテンプレートとして保存' }).click();
  await expect(status(page)).toHaveText('テンプレート「資料作成の日」を保存しました。');

  // Only what is marked 未完了 (or 繰越し) is carried.
  await page.getByRole('button', { name: /^8:30〜9:30 資料作成/ }).click();
  await page.getByLabel('状況', { exact: true }).selectOption({ label: '未完了' });
  await page.getByRole('button', { name: '予定を保存' }).click();
  await expect(page.getByRole('button', { name: /資料作成\(集中作業・未完了\)/ })).toBeVisible();
  await page.getByRole('button', { name: '未完了の予定を次の勤務日へ繰り越す' }).click();
  await expect(status(page)).toHaveText('1件を 令和8年(2026年)11月26日(木) に繰り越しました。');
  await expect(page.getByRole('button', { name: /資料作成\(集中作業・繰越済み\)/ })).toBeVisible();

  const heading = page.getByRole('heading', { level: 2 });
  await page.getByRole('button', { name: '次の日 →' }).click();
  await expect(heading).toHaveText('令和8年(2026年)11月26日(木) の計画');
  await expect(page.getByRole('button', { name: /^8:30〜9:30 資料作成\(集中作業・未着手\)/ })).toBeVisible();
  // The template goes to the day the heading names, not to the day shown a moment before.
  await page.getByRole('button', { name: '次の日 →' }).click();
  await expect(heading).toHaveText('令和8年(2026年)11月27日(金) の計画');
  await page.getByLabel('テンプレートを選ぶ').selectOption({ label: '資料作成の日' });
  await page.getByRole('button', { name: 'テンプレートを適用' }).click();
  await expect(status(page)).toHaveText('テンプレートを適用しました。元に戻すこともできます。');
  await expect(page.getByRole('button', { name: /^8:30〜9:30 資料作成/ })).toBeVisible();
});
