import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { KeyCounter, SEED_DAY as SEED, planSeedDayByKeyboard, status, tabTo } from './keyboard.js';
import { seedExampleDay } from '../helpers/seed-day.js';
import { ok } from '../helpers/typed-client.js';


const blockLabels = (page: Page) => page.locator('.blocks .block-body').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

test.describe('今日の計画 (day plan)', () => {
  test("builds the seed's example day with the keyboard only, in few keys, and it survives a reload", async ({ page, techo }) => {
    await techo.open('today');
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('今日の計画 — 令和8年(2026年)11月25日(水)');
    const keys = new KeyCounter(page);
    await planSeedDayByKeyboard(page, keys);

    console.log(`keyboard: the seed's day (7 予定 and the hours) took ${keys.count} non-character keys`);
    expect(keys.count).toBeLessThanOrEqual(60);
    expect(await blockLabels(page)).toEqual(SEED);
    await expect(page.getByText('勤務時間内に空き時間はありません。')).toBeVisible();
    await page.reload();
    await expect(page.locator('.blocks .block-body')).toHaveCount(7);
    expect(await blockLabels(page)).toEqual(SEED);
    const month = JSON.parse(fs.readFileSync(path.join(techo.dir, 'days', '2026-11.json'), 'utf8'));
    expect(month.days['2026-11-25'].hours).toEqual({ start: '09:00', end: '17:30' });
  });

  test('moves and resizes a block with the arrow keys, deletes with Delete, and undoes with Ctrl+Z', async ({ page, techo }) => {
    await techo.open('today');
    const lunch = page.getByRole('button', { name: /休憩/ });
    await tabTo(page, lunch);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: /^12:05〜13:05 休憩/ })).toBeFocused();
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Shift+ArrowUp');
    await expect(page.getByRole('button', { name: /^12:05〜12:55 休憩/ })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.getByRole('button', { name: /^12:05〜13:00 休憩/ })).toBeVisible();
    await page.getByRole('button', { name: /休憩/ }).focus();
    await page.keyboard.press('Delete');
    await expect(status(page)).toHaveText('「休憩」を削除しました。');
    await expect(page.locator('.blocks .block-body')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.locator('.blocks .block-body')).toHaveCount(1);
  });

  test('an overlapping or midnight-crossing block is refused with a clear Japanese message, and nothing is lost', async ({ page, techo }) => {
    await techo.open('today');
    await page.getByRole('button', { name: '予定を追加' }).click();
    await page.getByLabel('開始').fill('11:30');
    await page.getByLabel('終了').fill('12:30');
    await page.getByLabel('件名').fill('打合せ');
    await page.getByRole('button', { name: '予定を保存' }).click();
    await expect(page.getByRole('alert')).toHaveText('「休憩」(12:00〜13:00)と時間が重なっています。時間を変えてください。');
    await expect(page.getByLabel('開始')).toHaveAccessibleDescription(/時間が重なっています/);
    await page.getByLabel('開始').fill('23:00');
    await page.getByLabel('終了').fill('01:00');
    await page.getByRole('button', { name: '予定を保存' }).click();
    await expect(page.getByLabel('終了')).toHaveAccessibleDescription(/日付をまたぐ予定は作れません/);
    await expect(page.getByLabel('件名')).toHaveValue('打合せ'); // the user's typing is kept
    await page.reload();
    await expect(page.locator('.blocks .block-body')).toHaveCount(1);
    expect(await blockLabels(page)).toEqual(['12:00〜13:00 休憩(休憩・未着手)']);
  });

  test("builds the seed's example day again with the mouse: click free time, drag to move, drag the grip to resize", async ({ page, techo }) => {
    await page.setViewportSize({ width: 1280, height: 1800 }); // room to drag the whole day without scrolling
    await techo.open('today');
    await page.getByLabel('始業', { exact: true }).click();
    await page.getByLabel('始業', { exact: true }).fill('09:00');
    await page.getByLabel('終業', { exact: true }).fill('17:30');
    await page.getByRole('button', { name: '勤務時間を変更' }).click();
    await expect(page.getByRole('button', { name: /^空き時間 9:00〜12:00/ })).toBeVisible();

    const PX = 1.6; // px per minute on the timeline
    const drag = async (selector: string, dyMinutes: number) => {
      await page.locator(selector).scrollIntoViewIfNeeded();
      const box = (await page.locator(selector).boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + Math.min(box.height / 2, 10);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + (dyMinutes * PX) / 2, { steps: 5 });
      await page.mouse.move(x, y + dyMinutes * PX, { steps: 5 });
      await page.mouse.up();
    };
    const body = (label: RegExp) => page.getByRole('button', { name: label });
    const idOf = async (label: RegExp) => body(label).getAttribute('data-block-id');
    // dnd-kit swallows clicks for 50 ms after a drop (so the drop is not also a click). A person never
    // clicks that fast; the test can, so it clicks again until the editor opens, as a person would.
    const openEditorWith = (target: Locator) =>
      expect(async () => {
        await target.click();
        await expect(page.getByLabel('件名')).toBeVisible({ timeout: 2_000 });
      }).toPass();

    // 休憩 12:00–13:00 → drag down 15 min → 12:15–13:15 → grip up 15 min → 12:15–13:00, renamed 昼休み
    await drag(`[data-block-id="${await idOf(/^12:00〜13:00 休憩/)}"]`, 15);
    await expect(body(/^12:15〜13:15 休憩/)).toBeVisible();
    await drag(`[data-testid="resize-${await idOf(/^12:15〜13:15 休憩/)}"]`, -15);
    await expect(body(/^12:15〜13:00 休憩/)).toBeVisible();
    await openEditorWith(body(/^12:15〜13:00 休憩/));
    await page.getByLabel('件名').fill('昼休み');
    await page.getByRole('button', { name: '予定を保存' }).click();
    await expect(body(/^12:15〜13:00 昼休み/)).toBeVisible();

    const addInSlot = async (slot: RegExp, title: string, kind?: string) => {
      await openEditorWith(page.getByRole('button', { name: slot }));
      await page.getByLabel('件名').fill(title);
      if (kind) await page.getByLabel('種類').selectOption(kind);
      await page.getByRole('button', { name: '予定を保存' }).click();
      await expect(body(new RegExp(` ${title}\\(`))).toBeVisible();
    };
    await addInSlot(/^空き時間 9:00〜12:15/, '資料作成');
    await addInSlot(/^空き時間 10:00〜12:15/, '協議会委員任命の資料作成');
    await addInSlot(/^空き時間 11:00〜12:15/, '他自治体事例確認・電子決裁確認', 'approval');
    await drag(`[data-testid="resize-${await idOf(/^11:00〜12:00/)}"]`, 15);
    await expect(body(/^11:00〜12:15 他自治体事例確認/)).toBeVisible();
    await addInSlot(/^空き時間 13:00〜17:30/, '国のガイドライン確認');
    await drag(`[data-testid="resize-${await idOf(/^13:00〜14:00/)}"]`, 30);
    await expect(body(/^13:00〜14:30 国のガイドライン確認/)).toBeVisible();
    await addInSlot(/^空き時間 14:30〜17:30/, '電子決裁確認', 'approval');
    await drag(`[data-testid="resize-${await idOf(/^14:30〜15:30/)}"]`, -30);
    await expect(body(/^14:30〜15:00 電子決裁確認/)).toBeVisible();
    await addInSlot(/^空き時間 15:00〜17:30/, '計画書確認');
    await drag(`[data-testid="resize-${await idOf(/^15:00〜16:00/)}"]`, 90);

    await expect(body(/^15:00〜17:30 計画書確認/)).toBeVisible();
    // The block moves at once; the status line says when main has kept the change.
    await expect(status(page)).toHaveText('15:00〜17:30 計画書確認');
    expect(await blockLabels(page)).toEqual(SEED);
    await page.reload();
    await expect(page.locator('.blocks .block-body')).toHaveCount(7);
    expect(await blockLabels(page)).toEqual(SEED);
  });

  test('a click on the timeline outside the work hours starts a block there', async ({ page, techo }) => {
    await techo.open('today');
    const timeline = page.getByTestId('timeline');
    // Measured once it stands: the timeline is rebuilt (same place, same size) when drag-and-drop arrives.
    let width = 0;
    await expect(async () => {
      width = (await timeline.boundingBox())?.width ?? 0;
      expect(width).toBeGreaterThan(0);
    }).toPass();
    // The timeline starts at 8:00 (the hour before 8:30); click at 8:10 (placed on the timeline as
    // it stands when clicked, not where it stood when measured).
    await timeline.click({ position: { x: width - 20, y: 10 * 1.6 + 2 } });
    await expect(page.getByLabel('開始')).toHaveValue('08:10');
    await expect(page.getByLabel('終了')).toHaveValue('09:10');
  });

  test('carry-over moves exactly the 予定 marked 未完了 and 繰越し and shows them 繰越済み', async ({ page, techo }) => {
    await seedExampleDay(techo.api, '2026-11-25');
    await techo.open('today');
    const mark = async (name: RegExp, statusLabel: string) => {
      await page.getByRole('button', { name }).click();
      await page.getByLabel('状況', { exact: true }).selectOption({ label: statusLabel });
      await page.getByRole('button', { name: '予定を保存' }).click();
      await expect(page.getByRole('button', { name: new RegExp(`${name.source}.*${statusLabel}`) })).toBeVisible();
    };
    await mark(/^10:00〜11:00 協議会委員任命の資料作成/, '未完了');
    await mark(/^15:00〜17:30 計画書確認/, '繰越し');
    await page.getByRole('button', { name: '未完了の予定を次の勤務日へ繰り越す' }).click();
    await expect(status(page)).toContainText('2件を');
    expect(await blockLabels(page)).toEqual([
      '9:00〜10:00 資料作成(集中作業・未着手)',
      '10:00〜11:00 協議会委員任命の資料作成(集中作業・繰越済み)',
      '11:00〜12:15 他自治体事例確認・電子決裁確認(電子決裁・供覧の確認・未着手)',
      '12:15〜13:00 昼休み(休憩・未着手)',
      '13:00〜14:30 国のガイドライン確認(集中作業・未着手)',
      '14:30〜15:00 電子決裁確認(電子決裁・供覧の確認・未着手)',
      '15:00〜17:30 計画書確認(集中作業・繰越済み)',
    ]);
    const next = await ok(techo.api.dayGet({ date: '2026-11-26' }));
    expect(next.day.blocks.filter((b) => b.kind !== 'break').map((b) => b.title)).toEqual(['協議会委員任命の資料作成', '計画書確認']);
  });
});
