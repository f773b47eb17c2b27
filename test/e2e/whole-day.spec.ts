/**
 * Issue #12's "Done means" as one journey a new user walks, at 1366×768 and at 1024×640: the first
 * run on a new data folder (Wednesday 11/25, past 9:00), the eve checklist for Thursday's telework,
 * Thursday's plan by keyboard (keys counted), 始業 and the 始業報告, 中抜け and 戻り from the now
 * strip, the end-of-day review with carry-over, the reminders after 終業, and an 出勤 day (Friday).
 */
import type { Page } from '@playwright/test';
import { type Techo, expect, ok, test } from './fixtures.js';
import { KeyCounter, SEED_DAY, planSeedDayByKeyboard, status, tabTo, typeAndTab } from './keyboard.js';

// A truly new data folder: no settings file at all.
test.use({ setUp: false });

const WED = '2026-11-25'; // the fixture's clock starts here at 9:00 (Asia/Tokyo)
const THU = '2026-11-26';
const FRI = '2026-11-27';
const MIN = 60_000;

const banner = (page: Page) => page.getByRole('region', { name: '通知', exact: true });
const blockLabels = (page: Page) => page.locator('.blocks .block-body').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

/** Marks each reminder on the banner 完了, as the user would, after checking the banner shows what main holds due. */
async function clearBanner(page: Page, techo: Techo, today: string) {
  // Today's state holds yesterday's unfinished reminders too, as the banner does.
  const due = (await ok(techo.api.reminderState({ date: today }))).due.length;
  const items = banner(page).locator('li');
  await expect(items).toHaveCount(due);
  for (let left = due; left > 0; left--) {
    await items.first().getByRole('button', { name: '完了にする', exact: true }).click();
    await expect(items).toHaveCount(left - 1);
  }
}

/**
 * Opens `view` on a freshly loaded page. The window asks main for the time every 30 seconds; after
 * the fake clock jumps hours ahead the test reloads rather than wait for that.
 */
async function reopen(page: Page, techo: Techo, view: string) {
  await page.reload();
  await techo.open(view);
}

/** Copies the open report and records it sent. */
async function copyAndMarkSent(page: Page, time: string) {
  await page.getByRole('button', { name: 'コピーする' }).click();
  await expect(status(page)).toHaveText('コピーしました。送信したら「送信済みにする」を押してください。');
  await page.getByRole('button', { name: '送信済みにする' }).click();
  await expect(status(page)).toHaveText(`送信済みとして記録しました(${time}、コピー)。`);
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 640 },
]) {
  test(`a new user's whole telework day at ${size.width}×${size.height}: setup, eve checklist, plan by keyboard, 始業, 中抜け, review, carry-over, reminders, an 出勤 day`, async ({
    page,
    context,
    techo,
  }) => {
    // The whole day is one long journey (about 15 s alone; twice that on a loaded 2-core machine).
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    // 1. First run, Wednesday 9:05: the setup by keyboard. 8:30 始業 on a telework Wednesday is already past.
    techo.time.advance(5 * MIN);
    await page.goto(`${techo.server.url}#/today`);
    await expect(page.getByRole('heading', { name: '初回設定', level: 2 })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('氏名', { exact: true })).toBeFocused();
    for (const text of ['山田 花子', '総務課 情報政策係', '係長', '001234', '佐藤 一郎', 'sato@city.example.lg.jp', '8:30', '17:15']) await typeAndTab(page, text);
    await expect(page.getByLabel('休憩の開始')).toBeFocused();
    await page.keyboard.press('Tab'); // 休憩 12:00〜13:00 as it is
    await page.keyboard.press('Tab');
    // テレワークの曜日: 月, 水, 木 (Friday stays 出勤).
    await expect(page.getByRole('checkbox', { name: '月', exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // 水
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // 木
    await expect(page.getByRole('checkbox', { name: '木', exact: true })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: '設定して始める' }), 6);
    await page.keyboard.press('Enter');
    await expect(page.locator('nav.app-nav a[href="#/today"]')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByLabel('午前')).toHaveValue('home');
    expect(await ok(techo.api.settingsGet())).toMatchObject({ firstRun: 'done', profile: { name: '山田 花子', staffId: '001234' }, teleworkWeekdays: [1, 3, 4] });
    // Nothing was due before the app existed: no banner, no catch-up, nothing asked of the OS.
    await expect(page.getByRole('region', { name: '通知の記録' })).toContainText('まだありません。');
    await expect(banner(page)).toHaveCount(0);
    expect((await ok(techo.api.reminderState({ date: WED }))).due).toEqual([]);
    expect(techo.notifications).toEqual([]);

    // 2. The eve checklist for Thursday, by keyboard: tick テレワーク申請, add an item of one's own and tick it.
    // Today is a telework day too, so the view opens on it; the day is chosen as its own 対象の日.
    await techo.open(`checklist/${THU}`);
    await expect(page.getByText('令和8年(2026年)11月26日(木) のテレワーク')).toBeVisible();
    await expect(page.getByTestId('checklist-completion')).toHaveText('準備 0/6');
    await tabTo(page, page.getByRole('checkbox', { name: 'テレワーク申請' }));
    await page.keyboard.press('Space');
    await expect(page.getByTestId('checklist-completion')).toHaveText('準備 1/6');
    await tabTo(page, page.getByLabel('追加する項目'));
    await page.keyboard.type('公用携帯の充電');
    await tabTo(page, page.getByRole('button', { name: '項目を追加' }), 3);
    await page.keyboard.press('Enter');
    const own = page.getByRole('checkbox', { name: '公用携帯の充電' });
    await expect(own).toBeVisible();
    await tabTo(page, own);
    await page.keyboard.press('Space');
    await expect(own).toBeChecked();
    await expect(page.getByTestId('checklist-completion')).toHaveText('準備 2/7');

    // Wednesday's own reminders come and are marked 完了; Thursday 8:20.
    techo.time.advance(23 * 60 * MIN + 15 * MIN);
    await reopen(page, techo, 'today');
    await clearBanner(page, techo, THU);

    // 3. Thursday's plan, the seed's day, by keyboard only, from the top of a freshly opened window.
    await reopen(page, techo, 'today');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('今日の計画 — 令和8年(2026年)11月26日(木)');
    const keys = new KeyCounter(page);
    await planSeedDayByKeyboard(page, keys);
    console.log(`whole day at ${size.width}×${size.height}: the seed's day (7 予定 and the hours) took ${keys.count} non-character keys`);
    expect(keys.count).toBeLessThanOrEqual(60);
    expect(await blockLabels(page)).toEqual(SEED_DAY);

    // 4. 8:50 始業 from the now strip; the 始業報告 copied and marked sent at 8:52.
    techo.time.advance(30 * MIN);
    const strip = page.getByTestId('now-strip');
    await expect(strip.getByTestId('now-reports')).toHaveText('始業報告: 未送信終業報告: 未送信');
    await strip.getByRole('button', { name: '始業', exact: true }).click();
    await expect(page.getByTestId('record-start')).toHaveText('8:50');
    techo.time.advance(2 * MIN);
    await techo.open('report/start');
    await expect(page.getByLabel('本文')).toHaveValue(/^【始業報告】令和8年\(2026年\)11月26日\(木\) 在宅勤務 9:00〜17:30\n山田 花子/);
    await copyAndMarkSent(page, '8:52');
    await expect(strip.getByTestId('now-reports')).toContainText('始業報告: 送信済み 8:52');
    // 9:05, past the 始業報告's time (9:00): it is not raised.
    techo.time.advance(13 * MIN);
    expect((await ok(techo.api.reminderState({ date: THU }))).log.map((r) => r.kind)).not.toContain('startReport');
    expect(techo.notifications.map((n) => n.body).filter((b) => b.includes('始業報告'))).toEqual([]);
    await reopen(page, techo, 'today');
    await expect(banner(page).locator('li', { hasText: '始業報告' })).toHaveCount(0);
    await clearBanner(page, techo, THU);

    // 5. The focus timer on the current 予定, then 9:30 中抜け開始 and 9:50 戻り from the strip.
    await strip.getByRole('button', { name: '集中を開始' }).click();
    await expect(strip.getByTestId('now-focus')).toContainText('残り');
    techo.time.advance(25 * MIN);
    await strip.getByRole('button', { name: '中抜け開始' }).click();
    await expect(strip.getByTestId('now-away')).toContainText('中抜け中(9:30〜)');
    await expect(strip.getByTestId('now-focus')).toContainText('一時停止中');
    expect((await ok(techo.api.focusGet())).session?.status).toBe('paused');
    await expect(strip.getByRole('link', { name: '中断報告を作成' })).toBeVisible();
    techo.time.advance(20 * MIN);
    await strip.getByRole('button', { name: '戻り' }).click();
    await expect(strip.getByRole('link', { name: '再開報告を作成' })).toBeVisible();
    await expect(strip.getByTestId('now-away-minutes')).toHaveText('中抜け時間 20分');
    expect((await ok(techo.api.dayGet({ date: THU }))).day.record.interruptions.map((i) => [i.start, i.end])).toEqual([[570, 590]]);

    // The morning's reminders come and go; 14:10 終業 from the strip (leaving early), before the 14:30 電子決裁確認.
    techo.time.advance(260 * MIN);
    await reopen(page, techo, 'today');
    await clearBanner(page, techo, THU);
    await strip.getByRole('button', { name: '終業', exact: true }).click();

    // 6. The end-of-day review: two 予定 未完了 / 繰越し, the rest 完了.
    await expect(page.getByRole('heading', { name: /^一日の振り返り — / })).toBeFocused();
    await expect(page.getByTestId('review-list').getByRole('group')).toHaveCount(6);
    for (const title of ['資料作成', '協議会委員任命の資料作成', '国のガイドライン確認', '電子決裁確認'])
      await page.getByRole('radio', { name: `${title}: 完了`, exact: true }).check();
    await page.getByRole('radio', { name: '他自治体事例確認・電子決裁確認: 未完了', exact: true }).check();
    await page.getByRole('radio', { name: '計画書確認: 繰越し', exact: true }).check();
    await expect(page.getByTestId('review-summary')).toHaveText('完了 4件・未完了 1件・繰越し 1件');
    await expect(page.getByRole('checkbox', { name: '今の時刻(14:10)で終業を記録する' })).toBeChecked();
    await page.getByRole('button', { name: '次の勤務日へ繰越して終業報告へ' }).click();
    await expect(page.getByRole('heading', { name: '終業報告', level: 2 })).toBeVisible();
    // Friday, the next working day, holds exactly those two (placed where they fit beside its 休憩).
    const friday = await ok(techo.api.dayGet({ date: FRI }));
    expect(friday.day.blocks.filter((b) => b.kind !== 'break').map((b) => `${b.kind} ${b.title}`).sort()).toEqual(['approval 他自治体事例確認・電子決裁確認', 'focus 計画書確認']);
    const nextLine = (await page.getByLabel('本文').inputValue()).split('\n').find((l) => l.startsWith('次の勤務日'));
    expect(nextLine).toContain('11/27(金)');
    expect(nextLine).toContain('他自治体事例確認・電子決裁確認');
    expect(nextLine).toContain('計画書確認');
    expect(nextLine).not.toContain('国のガイドライン確認');
    await copyAndMarkSent(page, '14:10');
    expect((await ok(techo.api.dayGet({ date: THU }))).day.record.end).toBe(14 * 60 + 10);

    // 7. After 終業: 14:30's 電子決裁・供覧の確認 and the afternoon's 予定 raise nothing; only 終業 items could.
    const before = techo.notifications.length;
    techo.time.advance(215 * MIN); // 17:45
    const afterEnd = techo.notifications.slice(before).map((n) => n.body);
    expect(afterEnd.filter((b) => !b.includes('終業'))).toEqual([]);
    await reopen(page, techo, 'today');
    await expect(banner(page).locator('li', { hasNotText: '終業' })).toHaveCount(0);
    // The log of Thursday: nothing came due after 14:10 but 終業 items.
    const thursday = (await ok(techo.api.reminderState({ date: THU }))).log;
    expect(thursday.filter((r) => r.due > 14 * 60 + 10 && r.kind !== 'endReport').map((r) => `${r.kind} ${r.label}`)).toEqual([]);

    // 8. Friday is an 出勤 day: no report and no 電子決裁・供覧の確認 reminder, though it holds the carried 電子決裁確認.
    const beforeFriday = techo.notifications.length;
    techo.time.advance(21 * 60 * MIN + 15 * MIN); // Friday 15:00
    await reopen(page, techo, 'today');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('今日の計画 — 令和8年(2026年)11月27日(金)');
    await expect(page.getByLabel('午前')).toHaveValue('office');
    expect(techo.notifications.slice(beforeFriday).map((n) => n.body).filter((b) => /報告|電子決裁/.test(b))).toEqual([]);
    await expect(banner(page).locator('li', { hasText: /報告|電子決裁・供覧の確認/ })).toHaveCount(0); // a 予定's own reminders may come
    expect((await ok(techo.api.reminderState({ date: FRI }))).log.filter((r) => ['startReport', 'endReport', 'approval', 'checklist'].includes(r.kind)).map((r) => r.label)).toEqual([]);
    expect(techo.errors).toEqual([]);
  });
}
