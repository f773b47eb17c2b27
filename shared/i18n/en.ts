/**
 * English (the second language), one file per feature under en/, each held to exactly the keys of
 * its Japanese twin by `satisfies`. The `satisfies` below catches a feature left out; one added
 * that Japanese lacks is caught by the type-level check in test/shared/i18n.test.ts.
 */
import type { CatalogueShape } from './catalogue-shape.js';
import type { ja } from './ja.js';
import { appEn } from './en/app.js';
import { storageEn } from './en/storage.js';
import { settingsEn } from './en/settings.js';
import { validationEn } from './en/validation.js';
import { dayEn } from './en/day.js';
import { recordEn } from './en/record.js';
import { weekEn } from './en/week.js';
import { inventoryEn } from './en/inventory.js';
import { calendarEn } from './en/calendar.js';
import { remindersEn } from './en/reminders.js';
import { reportsEn } from './en/reports.js';
import { exportsEn } from './en/exports.js';
import { supervisorEn } from './en/supervisor.js';
import { orgViewEn } from './en/orgView.js';
import { cliEn } from './en/cli.js';
import { focusEn } from './en/focus.js';
import { checklistEn } from './en/checklist.js';
import { trayEn } from './en/tray.js';
import { dataEn } from './en/data.js';
import { nowEn } from './en/now.js';
import { setupEn } from './en/setup.js';
import { trialEn } from './en/trial.js';
import { surveyEn } from './en/survey.js';
import { orgSummaryEn } from './en/orgSummary.js';

export const en = {
  ...appEn,
  ...storageEn,
  ...settingsEn,
  ...validationEn,
  ...dayEn,
  ...recordEn,
  ...weekEn,
  ...inventoryEn,
  ...calendarEn,
  ...remindersEn,
  ...reportsEn,
  ...exportsEn,
  ...supervisorEn,
  ...orgViewEn,
  ...cliEn,
  ...focusEn,
  ...checklistEn,
  ...trayEn,
  ...dataEn,
  ...nowEn,
  ...setupEn,
  ...trialEn,
  ...surveyEn,
  ...orgSummaryEn,
} as const satisfies CatalogueShape<typeof ja>;
