/**
 * Accessibility on every view, in Japanese and in English, with real content on screen: axe-core
 * (WCAG 2.0/2.1/2.2 A and AA) finds nothing, and no view scrolls sideways on a 1024×640 laptop.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedExampleDay } from '../helpers/seed-day.js';
import { ORG_TRIAL_FILE, folderFiles, trialFolder } from '../helpers/trial-reports.js';
import { changeSettings, expect, ok, test } from './fixtures.js';

const DATE = '2026-11-25';
const VIEWS = ['today', 'week', 'calendar', 'checklist', 'report', 'export', 'inventory', 'settings', 'data', 'supervisor', 'org', 'about'] as const;

/** Each violation as one readable line: the view, the rule and the first elements it names. */
async function axe(page: Page, what: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const language of ['ja', 'en'] as const) {
  test.describe(`accessibility (${language})`, () => {
    test.beforeEach(async ({ techo }) => {
      await seedExampleDay(techo.api, DATE);
      // A finished block (grey text), a running one and a 中抜け: the states whose colours differ.
      const day = await ok(techo.api.dayGet({ date: DATE }));
      const first = day.day.blocks.find((b) => b.start === '09:00')!;
      const { id, focus: _f, ...rest } = first;
      await ok(techo.api.daySaveBlock({ date: DATE, id, block: { ...rest, status: 'done' } }));
      // The organisation's telework trial, for a target 課: Today and the week show its line, 前日の準備 its note.
      await ok(techo.api.orgImport({ text: fs.readFileSync('test/fixtures/org-trial.json', 'utf8') }));
      await ok(changeSettings(techo.api, (s) => ({ ...s, profile: { ...s.profile, department: '企画課' } })));
      if (language === 'en') await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
    });

    test(`axe finds no WCAG 2.2 AA violation on any view (${language})`, async ({ page, techo }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1366, height: 768 });
      const found: string[] = [];
      for (const view of VIEWS) {
        await techo.open(view);
        if (view === 'today' || view === 'week') await expect(page.getByTestId('trial-line')).toBeVisible();
        if (view === 'checklist') await expect(page.getByTestId('trial-note')).toBeVisible();
        found.push(...(await axe(page, view)));
      }
      // Open forms: the block editor and the 中抜け form on Today.
      await techo.open('today');
      await page.locator('.blocks .block-body').first().click();
      await expect(page.locator('#block-start')).toBeFocused();
      found.push(...(await axe(page, 'today + block editor')));
      await page.getByRole('button', { name: language === 'ja' ? '中抜けを追加' : /add time away/i }).click();
      found.push(...(await axe(page, 'today + 中抜け form')));
      // A confirmation open (前日の準備: an item's 削除).
      await techo.open('checklist');
      await page.locator('.checklist-items .confirm-delete button').first().click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      found.push(...(await axe(page, 'checklist + confirmation')));
      expect(found, found.join('\n')).toEqual([]);
    });

    // The end-of-day review is reached from the now strip, not the menu: opened by its address.
    test(`the end-of-day review: axe finds nothing, and it does not scroll sideways at 1024×640 (${language})`, async ({ page, techo }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${techo.server.url}#/review`);
      const heading = page.getByRole('heading', { level: 2, name: language === 'ja' ? /^一日の振り返り — / : /^Review of the day — / });
      await expect(heading).toBeVisible();
      await expect(page.getByTestId('review-list').getByRole('group')).toHaveCount(6);
      const found = await axe(page, 'review');
      expect(found, found.join('\n')).toEqual([]);
      await page.setViewportSize({ width: 1024, height: 640 });
      await expect(heading).toBeVisible();
      expect(await sideways(page), 'the review scrolls sideways at 1024×640').toBe(0);
    });

    // 試行の集計 with a folder read: every table, the filter, the survey compiled and the list of files not read.
    test(`試行の集計 with data: axe finds nothing, and it does not scroll sideways at 1024×640 (${language})`, async ({ page, techo }) => {
      await ok(techo.api.orgImport({ text: fs.readFileSync(ORG_TRIAL_FILE, 'utf8') }));
      const folder = await trialFolder();
      fs.writeFileSync(`${folder}/notes.json`, '{"memo": 1}');
      await ok(techo.api.orgSummaryImport({ files: folderFiles(folder) }));
      fs.rmSync(folder, { recursive: true, force: true });
      await page.setViewportSize({ width: 1366, height: 768 });
      await techo.open('org');
      // One named comment; the one anonymous answer is withheld (fewer than 5), and the note says so.
      await expect(page.getByTestId('org-survey').getByRole('listitem')).toHaveCount(1);
      await expect(page.getByTestId('org-survey').getByText(language === 'ja' ? /^匿名の回答が5件未満のため/ : /^Fewer than 5 anonymous answers/)).toBeVisible();
      await expect(page.getByTestId('org-rejected').getByRole('listitem')).toHaveCount(1);
      const found = await axe(page, 'org');
      await page.getByTestId('org-by-month').getByRole('combobox').selectOption({ index: 1 });
      found.push(...(await axe(page, 'org + one 課')));
      expect(found, found.join('\n')).toEqual([]);
      await page.setViewportSize({ width: 1024, height: 640 });
      await expect(page.getByTestId('org-participation')).toBeVisible();
      expect(await sideways(page), '試行の集計 scrolls sideways at 1024×640').toBe(0);
    });

    // 1024×640, and 1280×720 at 150 % scaling (853×480 CSS pixels).
    test(`no view scrolls sideways at 1024×640 or 1280×720 at 150 % (${language})`, async ({ page, techo }) => {
      test.setTimeout(90_000);
      const wide: string[] = [];
      for (const [width, height] of [[1024, 640], [853, 480]] as const) {
        await page.setViewportSize({ width, height });
        for (const view of VIEWS) {
          await techo.open(view);
          const px = await sideways(page);
          if (px > 0) wide.push(`${view} at ${width}×${height}: ${px} px`);
        }
      }
      expect(wide, `views that scroll sideways: ${wide.join(', ')}`).toEqual([]);
    });
  });
}

// The trial's survey (issue #17): its offer on Today and the survey view — empty, with an error beside
// a field, and answered anonymously (the answer file's button) — reached by its address and the offer.
for (const language of ['ja', 'en'] as const) {
  test.describe(`accessibility of the trial's survey (${language})`, () => {
    test(`the survey offer and view: axe finds nothing, and nothing scrolls sideways at 1024×640 (${language})`, async ({ page, techo }) => {
      await ok(techo.api.orgImport({ text: fs.readFileSync('test/fixtures/org-trial.json', 'utf8') }));
      await ok(techo.api.daySetWorkStyle({ date: DATE, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
      await ok(techo.api.recordSetTime({ date: DATE, field: 'start', minutes: 510, reason: '' }));
      // The first-day survey opens once that telework day is over: 終業 recorded.
      await ok(techo.api.recordSetTime({ date: DATE, field: 'end', minutes: 1035, reason: '' }));
      if (language === 'en') await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
      const ja = language === 'ja';
      await page.setViewportSize({ width: 1366, height: 768 });
      await techo.open('today');
      const offer = page.getByRole('region', { name: ja ? 'アンケートのお願い' : 'Survey request' });
      await expect(offer).toBeVisible();
      const found = await axe(page, 'today + survey offer');
      await offer.getByRole('button', { name: ja ? 'アンケートに回答する' : 'Answer the survey' }).click();
      const heading = page.getByRole('heading', { level: 2, name: ja ? 'テレワーク試行アンケート(初回のテレワークの後)' : 'テレワーク試行アンケート (after the first telework day)' });
      await expect(heading).toBeFocused();
      found.push(...(await axe(page, 'survey')));
      await page.getByRole('button', { name: ja ? '送信' : 'Send' }).click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      found.push(...(await axe(page, 'survey + error')));
      await page.getByRole('radio', { name: ja ? '4' : '4' }).first().check();
      await page.getByRole('radio', { name: ja ? /^匿名で回答する/ : /^Anonymously/ }).check();
      await page.getByRole('button', { name: ja ? '送信' : 'Send' }).click();
      await expect(page.getByRole('button', { name: ja ? '回答ファイルを保存する' : 'Save the answer file' })).toBeVisible();
      found.push(...(await axe(page, 'survey answered')));
      expect(found, found.join('\n')).toEqual([]);
      for (const [width, height] of [[1024, 640], [853, 480]] as const) {
        await page.setViewportSize({ width, height });
        await techo.open('survey');
        expect(await sideways(page), `the survey scrolls sideways at ${width}×${height}`).toBe(0);
      }
    });
  });
}

// The first-run setup, on a truly new data folder (no settings file: the setup is what opens).
for (const language of ['ja', 'en'] as const) {
  test.describe(`accessibility of the first-run setup (${language})`, () => {
    test.use({ setUp: false });
    test(`the setup: axe finds nothing, and it does not scroll sideways at 1024×640 (${language})`, async ({ page, techo }) => {
      if (language === 'en') await ok(changeSettings(techo.api, (s) => ({ ...s, language: 'en' })));
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${techo.server.url}#/today`);
      const heading = page.getByRole('heading', { level: 2, name: language === 'ja' ? '初回設定' : 'First-time setup' });
      await expect(heading).toBeVisible();
      const found = await axe(page, 'setup');
      // With an error shown beside a field (a wrong address): the error's colours and ties are checked too.
      await page.getByLabel(language === 'ja' ? '所属長(報告先)のメールアドレス' : 'Supervisor email address').fill('sato@');
      await page.getByRole('button', { name: language === 'ja' ? '設定して始める' : 'Save and start' }).click();
      await expect(page.locator('[aria-invalid="true"]')).toHaveCount(1);
      found.push(...(await axe(page, 'setup + error')));
      expect(found, found.join('\n')).toEqual([]);
      await page.setViewportSize({ width: 1024, height: 640 });
      await expect(heading).toBeVisible();
      expect(await sideways(page), 'the setup scrolls sideways at 1024×640').toBe(0);
    });
  });
}
