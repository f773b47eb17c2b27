import { expect, test } from './fixtures.js';

const MIN = 60_000;

// The fixture's clock starts at 2026-11-25 09:00 (Asia/Tokyo) with the scheduler running.
test('a due reminder shows the in-app banner; snooze re-shows it after 5 minutes; done appears in the log', async ({ page, techo }) => {
  await techo.open('today');
  const banner = page.getByRole('region', { name: 'リマインド', exact: true });
  // 8:30 始業報告 was missed before the app started: caught up, not lost.
  await expect(banner).toContainText('08:30 始業報告');
  await expect(banner).toContainText('(休止中・終了中に時刻を過ぎたもの)');
  await banner.locator('li', { hasText: '08:30 始業報告' }).getByRole('button', { name: '完了' }).click();
  await expect(banner).toHaveCount(0);

  techo.time.advance(120 * MIN); // 11:00
  const check = banner.locator('li', { hasText: '11:00 電子決裁確認' });
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: '5分後に再通知', exact: true }).click();
  await expect(banner).toHaveCount(0);

  techo.time.advance(4 * MIN);
  await page.waitForTimeout(200);
  await expect(banner).toHaveCount(0);
  techo.time.advance(1 * MIN); // 11:05
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: '完了' }).click();
  await expect(banner).toHaveCount(0);

  const log = page.getByTestId('reminder-log');
  await expect(log).toContainText('11:00 電子決裁確認: 通知 11:00、11:00 に5分延期、通知 11:05、完了 11:05');
  await expect(log).toContainText('08:30 始業報告: まとめて通知 09:00、完了 09:00');
  expect(techo.notifications.map((n) => n.body)).toEqual([
    '見逃したリマインドがあります: 始業報告の時間です(08:30)',
    '電子決裁を確認しましょう(11:00)',
    '電子決裁を確認しましょう(11:00)',
  ]);
  await page.reload();
  await expect(page.getByTestId('reminder-log')).toContainText('完了 11:05');
});
