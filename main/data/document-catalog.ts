/**
 * Every kind of document the app stores, by name: the export of everything, the backups and the
 * import back validate each document against its own type (with its migrations), so a file from
 * an older version is accepted and anything else is refused before a byte is written.
 */
import { type DayChecklist, dayChecklistSchema } from '../../shared/checklist/checklist-schema.js';
import { type ReminderLog, reminderLogSchema } from '../../shared/reminders/reminder-log.js';
import { monthDocument as dayMonthDocument } from '../persistence/day-repository.js';
import type { DocumentType } from '../persistence/document-repository.js';
import { monthDocumentOf } from '../persistence/monthly-repository.js';
import { calendarDocument } from '../services/calendar-service.js';
import { checklistTemplateDocument } from '../services/checklist-service.js';
import { focusDocument } from '../services/focus-service.js';
import { inventoryDocument } from '../services/inventory-service.js';
import { settingsDocument } from '../services/settings-service.js';
import { checksDocument } from '../services/supervisor-service.js';
import { surveyAnswersDocument } from '../services/survey-service.js';
import { templatesDocument } from '../services/template-service.js';

export const reminderLogMonthDocument = monthDocumentOf<ReminderLog>(reminderLogSchema, (l) => l.date);
export const checklistMonthDocument = monthDocumentOf<DayChecklist>(dayChecklistSchema, (l) => l.date);

const SINGLE: Record<string, DocumentType<unknown>> = {
  settings: settingsDocument,
  calendar: calendarDocument,
  inventory: inventoryDocument,
  templates: templatesDocument,
  focus: focusDocument,
  'checklist-template': checklistTemplateDocument,
  'supervisor-checks': checksDocument,
  // The person's own survey answers: in their backups and export of everything (their own data), removed by the wipe.
  'survey-answers': surveyAnswersDocument,
} as Record<string, DocumentType<unknown>>;

const MONTHLY: Record<string, DocumentType<unknown>> = {
  days: dayMonthDocument,
  reminders: reminderLogMonthDocument,
  checklists: checklistMonthDocument,
} as Record<string, DocumentType<unknown>>;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The type of the document called `name` ("settings", "days/2026-11"), or undefined for anything
 * that is not one of ours. The notices list is deliberately not here: it describes damaged files
 * on this machine and means nothing elsewhere.
 */
export function documentTypeOf(name: string): DocumentType<unknown> | undefined {
  if (Object.hasOwn(SINGLE, name)) return SINGLE[name];
  const [folder, month, ...rest] = name.split('/');
  if (rest.length > 0 || month === undefined || !MONTH.test(month) || folder === undefined) return undefined;
  return Object.hasOwn(MONTHLY, folder) ? MONTHLY[folder] : undefined;
}

/** "days/2026-11.json" → "days/2026-11" when that is a document of ours; kept-aside and temp files are not. */
export function documentNameOf(relativePath: string): string | undefined {
  if (!relativePath.endsWith('.json')) return undefined;
  const name = relativePath.slice(0, -'.json'.length);
  return documentTypeOf(name) ? name : undefined;
}

/**
 * Files of this machine only: the notices (damaged files here), the scheduler's last look at the
 * clock and the app's log. Not exported (they mean nothing elsewhere), but removed by the wipe.
 */
const MACHINE_LOCAL = new Set(['notices.json', 'scheduler.json', 'logs/main.log', 'logs/main.log.1']);

/**
 * Whether a file under the data folder is the app's own (a document, a kept-aside copy, a temp
 * file of an interrupted write, the notices list): the wipe removes these and nothing else, so a
 * data folder pointed at a shared directory never loses someone else's files.
 */
export function isAppFile(relativePath: string): boolean {
  const base = relativePath.replace(/\.tmp-[^/]*$/, '').replace(/\.corrupt-[^/]*\.json$/, '.json');
  return MACHINE_LOCAL.has(base) || documentNameOf(base) !== undefined;
}
