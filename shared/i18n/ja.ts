/**
 * Japanese (the first language), one file per feature under ja/. Plain 公用文 wording; the terms
 * table of DOMAIN.md governs every string. Its leaf paths are the keys `t` accepts (message-key.ts).
 */
import { appJa } from './ja/app.js';
import { storageJa } from './ja/storage.js';
import { settingsJa } from './ja/settings.js';
import { validationJa } from './ja/validation.js';
import { dayJa } from './ja/day.js';
import { recordJa } from './ja/record.js';
import { weekJa } from './ja/week.js';
import { inventoryJa } from './ja/inventory.js';
import { calendarJa } from './ja/calendar.js';
import { remindersJa } from './ja/reminders.js';
import { reportsJa } from './ja/reports.js';
import { exportsJa } from './ja/exports.js';
import { supervisorJa } from './ja/supervisor.js';
import { orgViewJa } from './ja/orgView.js';
import { cliJa } from './ja/cli.js';
import { focusJa } from './ja/focus.js';
import { checklistJa } from './ja/checklist.js';
import { trayJa } from './ja/tray.js';
import { dataJa } from './ja/data.js';
import { nowJa } from './ja/now.js';
import { setupJa } from './ja/setup.js';
import { trialJa } from './ja/trial.js';
import { surveyJa } from './ja/survey.js';
import { orgSummaryJa } from './ja/orgSummary.js';

export const ja = {
  ...appJa,
  ...storageJa,
  ...settingsJa,
  ...validationJa,
  ...dayJa,
  ...recordJa,
  ...weekJa,
  ...inventoryJa,
  ...calendarJa,
  ...remindersJa,
  ...reportsJa,
  ...exportsJa,
  ...supervisorJa,
  ...orgViewJa,
  ...cliJa,
  ...focusJa,
  ...checklistJa,
  ...trayJa,
  ...dataJa,
  ...nowJa,
  ...setupJa,
  ...trialJa,
  ...surveyJa,
  ...orgSummaryJa,
} as const;
