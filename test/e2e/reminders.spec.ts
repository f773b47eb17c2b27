import { changeSettings, expect, ok, test } from './fixtures.js';

const MIN = 60_000;

// The fixture's clock starts at 2026-11-25 09:00 (Asia/Tokyo) with the scheduler running.
test('a due reminder shows the in-app banner; snooze re-shows it after 5 minutes; done appears in the log', async ({ page, techo }) => {
  // Report and 電子決裁・供覧の確認 reminders are for telework days: this Wednesday is one.
  await ok(changeSettings(techo.api, (s) => ({ ...s, teleworkWeekdays: [1, 2, 3, 4, 5] })));
  await techo.open('today');
  const banner = page.getByRole('region', { name: '通知', exact: true });
  // A fresh install raises nothing for the times before its first start (the 8:30 始業報告 included).
  await expect(page.getByRole('region', { name: '通知の記録' })).toContainText('まだありません。');
  await expect(banner).toHaveCount(0);

  techo.time.sleep(123 * MIN); // the PC sleeps from 9:00 to 11:03
  techo.time.resume();
  const missed = banner.locator('li', { hasText: '11:00 電子決裁・供覧の確認' });
  await expect(missed).toContainText('(PCの休止中やアプリの終了中に時刻を過ぎたもの)');
  await missed.getByRole('button', { name: '完了にする' }).click();
  await expect(banner).toHaveCount(0);

  techo.time.advance(57 * MIN); // 12:00: the 休憩 starts
  await banner.locator('li', { hasText: '12:00 次の予定' }).getByRole('button', { name: '完了にする' }).click();
  await expect(banner).toHaveCount(0);

  techo.time.advance(150 * MIN); // 14:30
  const check = banner.locator('li', { hasText: '14:30 電子決裁・供覧の確認' });
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: '5分後にもう一度通知する', exact: true }).click();
  await expect(banner).toHaveCount(0);

  // 14:34: the scheduler has run (advance runs what comes due, before it returns) and asked the OS
  // to show nothing; main holds nothing due, so the banner stays away.
  techo.time.advance(4 * MIN);
  expect(techo.notifications).toHaveLength(3);
  expect((await ok(techo.api.reminderState({ date: '2026-11-25' }))).due).toEqual([]);
  await expect(banner).toHaveCount(0);
  techo.time.advance(1 * MIN); // 14:35
  expect(techo.notifications).toHaveLength(4);
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: '完了にする' }).click();
  await expect(banner).toHaveCount(0);

  const log = page.getByTestId('reminder-log');
  await expect(log).toContainText('14:30 電子決裁・供覧の確認: 通知 14:30、14:30 に5分延期、通知 14:35、完了 14:35');
  await expect(log).toContainText('11:00 電子決裁・供覧の確認: まとめて通知 11:03、完了 11:03');
  expect(techo.notifications.map((n) => n.body)).toEqual([
    '見逃した通知があります: 電子決裁・供覧を確認しましょう(11:00)',
    '次の予定の時間です(12:00)',
    '電子決裁・供覧を確認しましょう(14:30)',
    '電子決裁・供覧を確認しましょう(14:30)',
  ]);
  await page.reload();
  await expect(page.getByTestId('reminder-log')).toContainText('完了 14:35');
});

test("reminders follow the day's state: a sent 始業報告 leaves the banner, nothing but 終業 items after 終業, none on an 出勤 day", async ({ page, techo }) => {
  const date = '2026-11-25';
  await ok(changeSettings(techo.api, (s) => ({ ...s, teleworkWeekdays: [1, 2, 3, 4, 5] })));
  await ok(techo.api.daySetHours({ date, hours: { start: '09:10', end: '17:15' } }));
  await techo.open('today');
  const banner = page.getByRole('region', { name: '通知', exact: true });
  techo.time.advance(10 * MIN); // 9:10
  await expect(banner.locator('li', { hasText: '9:10 始業報告' })).toBeVisible();
  await ok(techo.api.reportMarkSent({ date, kind: 'start', via: 'mail', text: '【始業報告】' }));
  await expect(banner).toHaveCount(0);

  await ok(techo.api.recordSetTime({ date, field: 'start', minutes: 9 * 60 + 10, reason: '' }));
  await ok(techo.api.recordSetTime({ date, field: 'end', minutes: 10 * 60, reason: '' })); // 終業 10:00
  techo.time.advance(110 * MIN); // 11:00: no 電子決裁確認 after 終業
  expect(techo.notifications.map((n) => n.body)).toEqual(['始業報告の時間です(9:10)']);
  techo.time.advance(6 * 60 * MIN); // 17:00: the 終業報告 still comes while it is unsent
  await expect(banner.locator('li', { hasText: '17:00 終業報告' })).toBeVisible();
  const afterEnd = ['始業報告の時間です(9:10)', '明日のテレワークの準備を確認しましょう(16:00)', '終業報告の準備をしましょう(17:00)'];
  expect(techo.notifications.map((n) => n.body)).toEqual(afterEnd);

  // Thursday in the office: no report or approval reminders at all.
  await ok(changeSettings(techo.api, (s) => ({ ...s, teleworkWeekdays: [1, 2, 3, 5] })));
  techo.time.advance(16 * 60 * MIN); // Thursday 9:00 … 11:00
  techo.time.advance(2 * 60 * MIN);
  expect(techo.notifications.map((n) => n.body)).toEqual(afterEnd);
});
