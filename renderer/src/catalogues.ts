/**
 * Which catalogue files the window loads, and when (issue #16). The start bundle holds only the
 * Japanese of what the shell, the now strip, the banners and Today word (START_JA). Every other
 * renderer catalogue file is a PART: fetched with the first view that names it (lazy-views.tsx
 * lists each view's parts; the view shows once its code and its parts are here) or with the
 * idle prefetch of that view. English, for an English user only: the start files' English in one
 * chunk (start-catalogue-en.ts), each part's English with its Japanese.
 *
 * A new catalogue file `shared/i18n/ja/<feature>.ts` (+ `en/<feature>.ts`): add it to ja.ts and
 * en.ts as before (main and the types use the whole catalogue), then here: to START_JA and
 * start-catalogue-en.ts when the shell or Today word it, otherwise as a PART (both languages,
 * one line each) named in lazy-views.tsx by each view that uses its keys; or to MAIN_ONLY when
 * only main words it. `test/renderer/catalogue-parts.test.ts` fails while a file is in none of
 * these, or while a view names a key whose file neither the start nor its parts hold.
 */
import type { Catalogue } from '../../shared/i18n/translate.js';
import type { Language } from '../../shared/settings/settings-schema.js';
import { appJa } from '../../shared/i18n/ja/app.js';
import { dayJa } from '../../shared/i18n/ja/day.js';
import { inventoryJa } from '../../shared/i18n/ja/inventory.js';
import { nowJa } from '../../shared/i18n/ja/now.js';
import { recordJa } from '../../shared/i18n/ja/record.js';
import { reportsJa } from '../../shared/i18n/ja/reports.js';

/** The Japanese the first screen words: in the start bundle. */
export const START_JA: Catalogue = {
  ...appJa,
  ...dayJa,
  ...recordJa,
  ...nowJa,
  ...reportsJa,
  ...inventoryJa,
};

/** The same files' English: one chunk, fetched for an English user. */
export const startEn = (): Promise<Catalogue> => import('./start-catalogue-en.js').then((m) => m.START_EN);

type Part = Readonly<Record<Language, () => Promise<Catalogue>>>;

/** The other catalogue files the window words, each fetched when a view that needs it is first opened (or prefetched). */
export const PARTS = {
  checklist: { ja: () => import('../../shared/i18n/ja/checklist.js').then((m) => m.checklistJa), en: () => import('../../shared/i18n/en/checklist.js').then((m) => m.checklistEn) },
  data: { ja: () => import('../../shared/i18n/ja/data.js').then((m) => m.dataJa), en: () => import('../../shared/i18n/en/data.js').then((m) => m.dataEn) },
  exports: { ja: () => import('../../shared/i18n/ja/exports.js').then((m) => m.exportsJa), en: () => import('../../shared/i18n/en/exports.js').then((m) => m.exportsEn) },
  settings: { ja: () => import('../../shared/i18n/ja/settings.js').then((m) => m.settingsJa), en: () => import('../../shared/i18n/en/settings.js').then((m) => m.settingsEn) },
  setup: { ja: () => import('../../shared/i18n/ja/setup.js').then((m) => m.setupJa), en: () => import('../../shared/i18n/en/setup.js').then((m) => m.setupEn) },
  // The storage notices' banner (only when there is a notice).
  storage: { ja: () => import('../../shared/i18n/ja/storage.js').then((m) => m.storageJa), en: () => import('../../shared/i18n/en/storage.js').then((m) => m.storageEn) },
  supervisor: { ja: () => import('../../shared/i18n/ja/supervisor.js').then((m) => m.supervisorJa), en: () => import('../../shared/i18n/en/supervisor.js').then((m) => m.supervisorEn) },
  // main words most of them (an IPC refusal arrives worded); the window's own checks fetch it before their first message.
  validation: { ja: () => import('../../shared/i18n/ja/validation.js').then((m) => m.validationJa), en: () => import('../../shared/i18n/en/validation.js').then((m) => m.validationEn) },
  survey: { ja: () => import('../../shared/i18n/ja/survey.js').then((m) => m.surveyJa), en: () => import('../../shared/i18n/en/survey.js').then((m) => m.surveyEn) },
  orgView: { ja: () => import('../../shared/i18n/ja/orgView.js').then((m) => m.orgViewJa), en: () => import('../../shared/i18n/en/orgView.js').then((m) => m.orgViewEn) },
  // The calendar view, the organisation file's import (初回設定, カレンダー).
  calendar: { ja: () => import('../../shared/i18n/ja/calendar.js').then((m) => m.calendarJa), en: () => import('../../shared/i18n/en/calendar.js').then((m) => m.calendarEn) },
  // The focus timer (Today's side column below the first screen).
  focus: { ja: () => import('../../shared/i18n/ja/focus.js').then((m) => m.focusJa), en: () => import('../../shared/i18n/en/focus.js').then((m) => m.focusEn) },
  // What is due and the reminder log (the banner, Today's side column) and the reminder settings.
  reminders: { ja: () => import('../../shared/i18n/ja/reminders.js').then((m) => m.remindersJa), en: () => import('../../shared/i18n/en/reminders.js').then((m) => m.remindersEn) },
  // The trial (issue #17): its line on Today and the week, 前日の準備, the organisation file's import.
  trial: { ja: () => import('../../shared/i18n/ja/trial.js').then((m) => m.trialJa), en: () => import('../../shared/i18n/en/trial.js').then((m) => m.trialEn) },
  week: { ja: () => import('../../shared/i18n/ja/week.js').then((m) => m.weekJa), en: () => import('../../shared/i18n/en/week.js').then((m) => m.weekEn) },
} as const satisfies Record<string, Part>;

export type CataloguePart = keyof typeof PARTS;

/** Catalogue files only main words (the command line, the tray menu): never in the window. */
export const MAIN_ONLY = ['cli', 'tray', 'orgSummary'] as const;
