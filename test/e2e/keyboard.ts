import { type Locator, type Page, expect } from '@playwright/test';

/** Presses Tab until `target` has focus (proving it is reachable by keyboard), at most `max` times. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with Tab within ${max} presses`).toBeFocused();
}

/** Replaces the focused field's text the way a keyboard user would. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** The app's own status line (dnd-kit adds a live region of its own with the same role). */
export const status = (page: Page): Locator => page.locator('p.status-text[role=status], p.error-text[role=status]');

/**
 * Counts the non-character keys a journey takes (Tab, Shift+Tab, Enter, arrows, Escape, shortcuts);
 * typed text is not counted. `keys.count` is what the "≤ 60 keys for the seed day" measures.
 */
export class KeyCounter {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  /** Presses `key` (Tab or Shift+Tab) until `target` has focus, counting each press. */
  async moveTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.press(key);
    }
    await expect(target, `not reachable with ${key} within ${max} presses`).toBeFocused();
  }
}

/** Types into the focused field, replacing what it holds, then moves on with Tab. */
export async function typeAndTab(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

/** The seed's example day (test/helpers/seed-day.ts) as the day view labels its 予定. */
export const SEED_DAY = [
  '9:00〜10:00 資料作成(集中作業・未着手)',
  '10:00〜11:00 協議会委員任命の資料作成(集中作業・未着手)',
  '11:00〜12:15 他自治体事例確認・電子決裁確認(電子決裁・供覧の確認・未着手)',
  '12:15〜13:00 昼休み(休憩・未着手)',
  '13:00〜14:30 国のガイドライン確認(集中作業・未着手)',
  '14:30〜15:00 電子決裁確認(電子決裁・供覧の確認・未着手)',
  '15:00〜17:30 計画書確認(集中作業・未着手)',
];

/**
 * Plans the seed's example day on the open 今日の計画 (hours 9:00〜17:30, the default 休憩 made
 * 昼休み 12:15〜13:00, six 予定) by keyboard only, starting from the top of the page, each key
 * counted on `keys`. Returns with focus on the last saved 予定.
 */
export async function planSeedDayByKeyboard(page: Page, keys: KeyCounter): Promise<void> {
  const editorStart = page.locator('#block-start');
  // From the top of the page: the skip link, then the view.
  await keys.press('Tab');
  await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused();
  await keys.press('Enter');

  // 所定の勤務時間 9:00–17:30 (typed as people type it: 9:00 is tidied to 09:00). Tab selects a field's text: typing replaces it.
  await keys.moveTo(page.getByLabel('始業', { exact: true }));
  await keys.type('9:00');
  await keys.press('Tab');
  await keys.type('17:30');
  await keys.press('Enter');
  await expect(status(page)).toHaveText('保存しました。');
  await expect(page.getByLabel('終業', { exact: true })).toBeFocused(); // the form is rebuilt with the new hours; focus stays

  // The default break becomes 昼休み 12:15–13:00
  await keys.moveTo(page.getByRole('button', { name: /^12:00〜13:00 休憩/ }), 'Shift+Tab');
  await keys.press('Enter');
  await expect(editorStart).toBeFocused();
  await keys.type('12:15'); // replaces 12:00 (the start's text is selected when the editor opens)
  await keys.press('Tab');
  await keys.press('Tab');
  await keys.type('昼休み');
  await keys.press('Enter');
  // An edit saved: focus is on the saved 予定 in the timeline.
  await expect(page.getByRole('button', { name: /^12:15〜13:00 昼休み/ })).toBeFocused();

  // The free time before lunch opens a new 予定 there; after each save the form stays open for the next
  // one, starting where the last one ended (or at the next free time), with the start focused.
  await keys.moveTo(page.getByRole('button', { name: /^空き時間 9:00〜12:15/ }));
  await keys.press('Enter');
  const add = async (start: string, end: string | null, title: string, approval = false) => {
    await expect(editorStart).toBeFocused();
    await expect(editorStart).toHaveValue(start);
    await keys.press('Tab');
    if (end) await keys.type(end);
    await keys.press('Tab');
    await keys.type(title);
    if (approval) {
      await keys.press('Tab');
      await keys.press('ArrowDown'); // 集中作業 → 電子決裁・供覧の確認
      await expect(page.getByLabel('種類')).toHaveValue('approval');
    }
    await keys.press('Enter'); // Enter saves, from the 種類 list too
    await expect(page.getByRole('button', { name: new RegExp(`^${start.replace(/^0/, '')}〜\\d?\\d:\\d\\d ${title}`) })).toBeVisible();
  };
  await add('09:00', null, '資料作成'); // 09:00–10:00 is offered
  await add('10:00', null, '協議会委員任命の資料作成');
  await add('11:00', '12:15', '他自治体事例確認・電子決裁確認', true);
  await add('13:00', '14:30', '国のガイドライン確認'); // after lunch: the next free time
  await add('14:30', '15:00', '電子決裁確認', true);
  await add('15:00', '17:30', '計画書確認');
  // The day is full: the form closes and focus is on the last saved 予定.
  await expect(page.getByRole('button', { name: /^15:00〜17:30 計画書確認/ })).toBeFocused();
}
