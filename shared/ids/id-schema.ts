/**
 * The one id schema every IPC channel uses. Ids arrive from the renderer, and some of them end up
 * in file names or repository keys (a reminder id carries its date, a backup id is its file name),
 * so an id may never hold a path character: no `/` or `\` outside the fixed separators below, no
 * dot segment, no NUL or control character. A hostile id is then `invalid_input` at the contract,
 * before any service sees it (issue #14).
 */
import { z } from 'zod';
import { isRealDate } from '../calendar/local-date.js';
import { REMINDER_KINDS } from '../lists/reminder-kinds.js';

/** One id segment: what `newId()` makes (16 hex characters) and what tests use (`id7`). */
const ID = '[A-Za-z0-9_-]{1,40}';

/** Blocks, 中抜け時間, templates, 業務の棚卸, checklist items, approvals, the export of everything. */
export const idSchema = z.string({ error: 'v.invalid' }).regex(new RegExp(`^${ID}$`), { error: 'v.invalid' });

/**
 * A reminder is `<date>/<kind>/<HHMM>[/<block id>]` (shared/reminders/reminder-plan.ts): the `/`
 * are separators of validated parts, never a path, and the date part must be a real date because
 * the service opens that day's log with it.
 */
const REMINDER_ID = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})/(?:${REMINDER_KINDS.join('|')})/(?:[01]\\d|2[0-3])[0-5]\\d(?:/${ID})?$`);
export const reminderIdSchema = z
  .string({ error: 'v.invalid' })
  .refine((id) => isRealDate(REMINDER_ID.exec(id)?.[1] ?? ''), { error: 'v.invalid' });

/** A backup's id is its file name: `2026-11-25T23-05-01Z_daily.json.gz` (main/data/data-service.ts). */
export const backupIdSchema = z.string({ error: 'v.invalid' }).regex(new RegExp(`^${ID}\\.json\\.gz$`), { error: 'v.invalid' });

/**
 * A storage notice is `<document>@<epoch ms>`, the document being `settings` or `days/2026-11`:
 * segments joined by `/`, compared with the stored notices only.
 */
export const noticeIdSchema = z.string({ error: 'v.invalid' }).regex(new RegExp(`^${ID}(?:/${ID}){0,3}@\\d{1,16}$`), { error: 'v.invalid' });
