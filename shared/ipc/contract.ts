/**
 * The one IPC contract between main and renderer: every channel with its input and output
 * schema, and every event main pushes to the renderer. Main validates both directions against
 * this table; the preload, the browser preview and the e2e bridge are generated from it.
 */
import { z } from 'zod';
import { dayInfoSchema, orgDaySchema } from '../calendar/day-kind.js';
import { localDateSchema } from '../calendar/local-date.js';
import { blockInputSchema, dayHoursSchema, interruptionInputSchema, recordMinuteSchema, workStyleSchema } from '../day/day-schema.js';
import { EXPORT_FORMATS, exportFormatSchema } from '../lists/export-formats.js';
import { csvEncodingSchema } from '../lists/csv-encodings.js';
import { focusOutcomeSchema } from '../lists/block-statuses.js';
import { interruptionKindSchema } from '../lists/interruption-kinds.js';
import { recordTimeSchema } from '../lists/record-times.js';
import { reportKindSchema, sendMethodSchema } from '../lists/report-kinds.js';
import { exceptionKindSchema, recordMetricNameSchema } from '../lists/exception-kinds.js';
import { reportDaySchema } from '../reports/report-document.js';
import { dayViewSchema, recordMetricsSchema } from '../day/day-view.js';
import { MAX_ARCHIVE_CHARS, backupInfoSchema, backupListSchema, exportAllSchema, exportAllToFolderSchema, replaceResultSchema } from '../data/data-schema.js';
import { backupIdSchema, idSchema, noticeIdSchema, reminderIdSchema } from '../ids/id-schema.js';
import { focusStateSchema } from '../focus/focus-schema.js';
import { approvalInputSchema, checklistItemSchema, checklistViewSchema, pdfMaterialSchema } from '../checklist/checklist-schema.js';
import { inventoryInputSchema, inventoryItemSchema } from '../inventory/inventory-schema.js';
import { reminderStateSchema } from '../reminders/reminder-log.js';
import { settingsInputSchema, settingsSchema } from '../settings/settings-schema.js';
import { singleLine } from '../validation/single-line-text.js';
import { templateNameSchema, templateSchema } from '../templates/template-schema.js';
import { storageNoticeSchema } from '../storage/storage-notice.js';
import { trialProgressSchema } from '../trial/trial-progress.js';
import { surveyAnswerInputSchema, surveyStateSchema } from '../trial/survey-answers.js';
import { surveyOccasionSchema } from '../trial/trial-schema.js';
import { orgSummarySchema } from '../trial/org-summary.js';
import { CHANNEL_NAMES, type Channel, EVENT_NAMES, type EventName } from './channel-names.js';

/** A file the window read for main (所属長の確認画面, 総務課's summary): its name, size and bytes. */
const incomingFileSchema = z.strictObject({
  name: z.string().max(500),
  size: z.number().int().min(0),
  // Bytes as base64 (4/3 of the 20 MB limit), so main decides the encoding; text stays for older callers.
  base64: z.string().max(Math.ceil((20 * 1024 * 1024) / 3) * 4).optional(),
  text: z.string().max(20 * 1024 * 1024).optional(),
});

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** "electron" in the desktop app, "preview" in the browser preview. */
  shell: z.enum(['electron', 'preview']),
  dataDir: z.string(),
  notices: z.array(storageNoticeSchema),
  /** Exports can be saved into a folder the user picks (Electron); otherwise they are downloaded. */
  canPickFolder: z.boolean(),
  /** PDFs for the checklist can be chosen through the OS file dialog. */
  canPickFiles: z.boolean(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const noInput = z.undefined({ error: 'v.noInput' });
const date = localDateSchema;
const reason = z.string({ error: 'v.text' }).max(200, { error: 'v.tooLong' });

export const nowSchema = z.strictObject({
  /**
   * The day being worked and the minutes into it by main's clock (the renderer never trusts its own):
   * today, or — past midnight with yesterday's work not ended, before today's start of work —
   * yesterday, with minutes past 1440 (翌0:10 = 1450). See main/services/working-day.ts.
   */
  date: z.string(),
  minutes: z.number(),
  iso: z.string(),
});

/** Everything the first screen needs, in one round trip: what settings:get, app:info, app:now and day:get (today) answer. */
export const startSchema = z.strictObject({ settings: settingsSchema, info: appInfoSchema, now: nowSchema, today: dayViewSchema });

export const weekSchema = z.strictObject({
  start: z.string(),
  days: z.array(
    z.strictObject({
      date: z.string(),
      info: dayInfoSchema,
      workStyle: workStyleSchema,
      telework: z.boolean(),
      blockCount: z.number(),
      plannedMinutes: z.number(),
      stored: z.boolean(),
    }),
  ),
});
export type Week = z.infer<typeof weekSchema>;

export const exportRequestSchema = z.strictObject({
  from: localDateSchema,
  to: localDateSchema,
  formats: z.array(exportFormatSchema, { error: 'v.choice' }).min(1, { error: 'v.required' }).max(EXPORT_FORMATS.length, { error: 'v.choice' }),
  encoding: csvEncodingSchema,
});

/** Who a row of the team view is about. */
const person = { staffId: z.string(), name: z.string() };
/** The record figures the team view shows, computed as the Today view computes them. */
const shownMetrics = recordMetricsSchema.pick({ workedMinutes: true, outsideMinutes: true, lateNightMinutes: true }).shape;

export const teamViewSchema = z.strictObject({
  staff: z.number(),
  reports: z.number(),
  status: z.array(
    z.strictObject({
      ...person,
      department: z.string(),
      present: z.boolean(),
      workStyle: workStyleSchema.nullable(),
      telework: z.boolean(),
      startReportAt: z.string().nullable(),
      endReportAt: z.string().nullable(),
      planned: z.number(),
      done: z.number(),
      plannedMinutes: z.number(),
      workedMinutes: shownMetrics.workedMinutes,
      /** Two differing versions of the shown day and none chosen yet. */
      conflict: z.boolean(),
    }),
  ),
  exceptions: z.array(
    z.strictObject({
      ...person,
      date: z.string(),
      kind: exceptionKindSchema,
      minutes: z.number(),
      /** For figuresMismatch: the file's figures that differ from the ones recomputed from its record. */
      figures: z.array(recordMetricNameSchema),
    }),
  ),
  conflicts: z.array(
    z.strictObject({
      ...person,
      date: z.string(),
      chosen: z.string().nullable(),
      versions: z.array(
        z.strictObject({
          id: z.string(),
          files: z.array(z.string()),
          generatedAt: z.string(),
          generator: z.string(),
          start: z.number().nullable(),
          end: z.number().nullable(),
          ...shownMetrics,
          blocks: z.number(),
          mismatches: z.array(recordMetricNameSchema),
        }),
      ),
    }),
  ),
  totals: z.array(
    z.strictObject({
      ...person,
      month: z.string(),
      monthMinutes: z.number(),
      fiscalYear: z.number(),
      yearMinutes: z.number(),
      overMonth: z.boolean(),
      overYear: z.boolean(),
    }),
  ),
  checks: z.array(z.strictObject({ staffId: person.staffId, date: z.string(), by: z.string(), at: z.string() })),
});
export type TeamView = z.infer<typeof teamViewSchema>;

export const orgImportResultSchema = z.strictObject({
  workHours: z.boolean(),
  /** The time zone the file set, or null when it names none. */
  orgTimeZone: z.string().nullable(),
  orgDays: z.number(),
  inventory: z.number(),
  templates: z.number(),
  checklist: z.number(),
  /** The name of the telework trial (試行) the file set, or null when it brings none. */
  trial: z.string().nullable(),
  /** The name of the trial the file removed ("trial": null), or null when it removed none. */
  trialRemoved: z.string().nullable(),
});

export const channels = {
  'app:info': { input: noInput, output: appInfoSchema },
  'app:dismissNotice': { input: z.strictObject({ id: noticeIdSchema }), output: z.array(storageNoticeSchema) },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsInputSchema, output: settingsSchema },
  'app:now': { input: noInput, output: nowSchema },
  'app:start': { input: noInput, output: startSchema },
  'day:get': { input: z.strictObject({ date }), output: dayViewSchema },
  'day:saveBlock': { input: z.strictObject({ date, id: idSchema.nullable(), block: blockInputSchema }), output: dayViewSchema },
  'day:deleteBlock': { input: z.strictObject({ date, id: idSchema }), output: dayViewSchema },
  'day:setHours': { input: z.strictObject({ date, hours: dayHoursSchema }), output: dayViewSchema },
  'day:setWorkStyle': { input: z.strictObject({ date, workStyle: workStyleSchema }), output: dayViewSchema },
  'day:undo': { input: z.strictObject({ date }), output: dayViewSchema },
  'day:carryOver': {
    // blockIds: the blocks to move (the end-of-day review's choice); without it, those marked 未完了 or 繰越し.
    input: z.strictObject({ date, blockIds: z.array(idSchema).min(1).max(96).optional() }),
    output: z.strictObject({ from: dayViewSchema, to: dayViewSchema, moved: z.number(), notPlaced: z.number() }),
  },
  'record:clock': { input: z.strictObject({ date, field: recordTimeSchema, reason }), output: dayViewSchema },
  'record:setTime': {
    input: z.strictObject({ date, field: recordTimeSchema, minutes: recordMinuteSchema.nullable(), reason }),
    output: dayViewSchema,
  },
  'record:saveInterruption': {
    input: z.strictObject({ date, interruption: interruptionInputSchema, reason }),
    output: dayViewSchema,
  },
  'record:deleteInterruption': { input: z.strictObject({ date, id: idSchema, reason }), output: dayViewSchema },
  'record:setPermission': { input: z.strictObject({ date, permissionRef: singleLine(z.string().max(100, { error: 'v.tooLong' })) }), output: dayViewSchema },
  'week:get': { input: z.strictObject({ date }), output: weekSchema },
  'template:list': { input: noInput, output: z.array(templateSchema) },
  'template:save': {
    input: z.strictObject({ date, name: templateNameSchema }),
    output: z.array(templateSchema),
  },
  'template:delete': { input: z.strictObject({ id: idSchema }), output: z.array(templateSchema) },
  'template:apply': { input: z.strictObject({ date, id: idSchema }), output: dayViewSchema },
  'inventory:list': { input: noInput, output: z.array(inventoryItemSchema) },
  'inventory:save': { input: z.strictObject({ id: idSchema.nullable(), item: inventoryInputSchema }), output: z.array(inventoryItemSchema) },
  'inventory:delete': { input: z.strictObject({ id: idSchema }), output: z.array(inventoryItemSchema) },
  'calendar:get': {
    input: z.strictObject({ year: z.number().int().min(1970).max(2100) }),
    output: z.strictObject({ holidays: z.array(dayInfoSchema), orgDays: z.array(orgDaySchema) }),
  },
  'calendar:setOrgDays': { input: z.strictObject({ orgDays: z.array(orgDaySchema).max(2000) }), output: z.array(orgDaySchema) },
  'reminder:state': { input: z.strictObject({ date }), output: reminderStateSchema },
  'reminder:snooze': {
    input: z.strictObject({ id: reminderIdSchema, minutes: z.union([z.literal(5), z.literal(10), z.literal(15)], { error: 'v.invalid' }) }),
    output: reminderStateSchema,
  },
  'reminder:done': { input: z.strictObject({ id: reminderIdSchema }), output: reminderStateSchema },
  'report:compose': {
    input: z.strictObject({ date, kind: reportKindSchema }),
    output: z.strictObject({ subject: z.string(), body: z.string(), to: z.string(), mailto: z.string().nullable(), warnings: z.array(z.string()) }),
  },
  'report:markSent': {
    input: z.strictObject({ date, kind: reportKindSchema, via: sendMethodSchema, text: z.string().max(8000, { error: 'v.tooLong' }) }),
    output: dayViewSchema,
  },
  'export:files': {
    input: exportRequestSchema,
    output: z.strictObject({ files: z.array(z.strictObject({ name: z.string(), base64: z.string() })), lost: z.array(z.string()), days: z.number() }),
  },
  'export:toFolder': {
    input: exportRequestSchema,
    output: z.strictObject({ folder: z.string().nullable(), written: z.array(z.string()), lost: z.array(z.string()), days: z.number() }),
  },
  'supervisor:import': {
    input: z.strictObject({ files: z.array(incomingFileSchema).max(500) }),
    output: z.strictObject({ accepted: z.number(), rejected: z.array(z.strictObject({ name: z.string(), reason: z.string() })), staff: z.number() }),
  },
  'supervisor:view': { input: z.strictObject({ date }), output: teamViewSchema },
  'supervisor:check': { input: z.strictObject({ staffId: z.string().max(100), date }), output: teamViewSchema.shape.checks },
  'supervisor:choose': {
    input: z.strictObject({ staffId: z.string().max(100), date, version: z.string().max(40) }),
    output: z.strictObject({ chosen: z.boolean() }),
  },
  /** One person's day for the drill-down: the chosen or only version, with the recomputed metrics (null when none). */
  'supervisor:day': { input: z.strictObject({ staffId: z.string().max(100), date }), output: reportDaySchema.nullable() },
  'supervisor:clear': { input: noInput, output: z.strictObject({ cleared: z.boolean() }) },
  'supervisor:exportCsv': {
    input: z.strictObject({ encoding: csvEncodingSchema }),
    output: z.strictObject({ name: z.string(), base64: z.string(), lost: z.array(z.string()) }),
  },
  /** The team's Excel workbook: everyone's days with the 確認 trail, every 予定 and 中抜け, the 年度 against the limits. */
  'supervisor:exportXlsx': { input: noInput, output: z.strictObject({ name: z.string(), base64: z.string() }) },
  /**
   * 総務課's summary of the organisation's telework trial, from staff report files and anonymous answer
   * files; the trial is the organisation file's (orgText) or, without one, the one in this app's settings.
   */
  'orgSummary:import': {
    input: z.strictObject({
      files: z.array(incomingFileSchema).max(1500),
      orgText: z.string().max(2_000_000, { error: 'v.tooLong' }).optional(),
      /** Add these files to the last import (a large folder in several calls, as 所属長の確認画面 sends batches). */
      append: z.boolean().optional(),
    }),
    output: orgSummarySchema,
  },
  /** The last summary imported in this session (null before any). */
  'orgSummary:current': { input: noInput, output: orgSummarySchema.nullable() },
  'orgSummary:clear': { input: noInput, output: z.strictObject({ cleared: z.boolean() }) },
  /** The summary as an Excel workbook / as a printable A4 page (PDF). */
  'orgSummary:exportXlsx': { input: noInput, output: z.strictObject({ name: z.string(), base64: z.string() }) },
  'orgSummary:exportPdf': { input: noInput, output: z.strictObject({ name: z.string(), base64: z.string() }) },
  'report:sendWebhook': {
    input: z.strictObject({ date, kind: reportKindSchema, subject: z.string().max(500), text: z.string().max(8000, { error: 'v.tooLong' }) }),
    output: dayViewSchema,
  },
  'webhook:test': { input: noInput, output: z.strictObject({ sent: z.boolean() }) },
  'focus:get': { input: noInput, output: focusStateSchema },
  'focus:start': {
    input: z.strictObject({
      date,
      blockId: idSchema.nullable(),
      minutes: z.number({ error: 'v.focusMinutes' }).int({ error: 'v.focusMinutes' }).min(1, { error: 'v.focusMinutes' }).max(480, { error: 'v.focusMinutes' }).nullable(),
      countSleep: z.boolean(),
    }),
    output: focusStateSchema,
  },
  'focus:pause': { input: noInput, output: focusStateSchema },
  'focus:resume': { input: noInput, output: focusStateSchema },
  'focus:stop': { input: noInput, output: focusStateSchema },
  'focus:extend': { input: z.strictObject({ minutes: z.number().int().min(1).max(240) }), output: focusStateSchema },
  'focus:interrupt': { input: z.strictObject({ kind: interruptionKindSchema }), output: focusStateSchema },
  'focus:complete': { input: z.strictObject({ status: focusOutcomeSchema, note: z.string().max(1000, { error: 'v.tooLong' }) }), output: focusStateSchema },
  'checklist:get': { input: z.strictObject({ date: date.nullable() }), output: checklistViewSchema },
  'checklist:setItemDone': { input: z.strictObject({ date, id: idSchema, done: z.boolean() }), output: checklistViewSchema },
  'checklist:addItem': { input: z.strictObject({ date, label: checklistItemSchema.shape.label }), output: checklistViewSchema },
  'checklist:removeItem': { input: z.strictObject({ date, id: idSchema }), output: checklistViewSchema },
  'checklist:setIncludeInStartReport': { input: z.strictObject({ date, include: z.boolean() }), output: checklistViewSchema },
  'checklist:saveAsTemplate': { input: z.strictObject({ date }), output: z.array(z.string()) },
  'checklist:addPdf': { input: z.strictObject({ date, title: pdfMaterialSchema.shape.title }), output: checklistViewSchema },
  'checklist:attachPdf': { input: z.strictObject({ date, id: idSchema }), output: z.union([checklistViewSchema, z.strictObject({ cancelled: z.literal(true) })]) },
  'checklist:removePdf': { input: z.strictObject({ date, id: idSchema }), output: checklistViewSchema },
  'checklist:saveApproval': { input: z.strictObject({ date, id: idSchema.nullable(), approval: approvalInputSchema }), output: checklistViewSchema },
  'checklist:removeApproval': { input: z.strictObject({ date, id: idSchema }), output: checklistViewSchema },
  'org:import': { input: z.strictObject({ text: z.string().max(2_000_000, { error: 'v.tooLong' }) }), output: orgImportResultSchema },
  'trial:progress': { input: z.strictObject({ date }), output: trialProgressSchema },
  'survey:state': { input: z.strictObject({ date }), output: surveyStateSchema },
  'survey:answer': { input: surveyAnswerInputSchema, output: surveyStateSchema },
  'survey:decline': { input: z.strictObject({ date, occasion: surveyOccasionSchema }), output: surveyStateSchema },
  'survey:answerFile': { input: z.strictObject({ occasion: surveyOccasionSchema }), output: z.strictObject({ name: z.string(), base64: z.string() }) },
  'data:backups': { input: noInput, output: backupListSchema },
  'data:backupNow': { input: noInput, output: backupInfoSchema },
  'data:restore': { input: z.strictObject({ id: backupIdSchema }), output: replaceResultSchema.extend({ restored: z.string() }) },
  'data:exportAll': { input: noInput, output: exportAllSchema },
  'data:exportAllToFolder': { input: noInput, output: exportAllToFolderSchema },
  'data:import': { input: z.strictObject({ text: z.string().max(MAX_ARCHIVE_CHARS, { error: 'data.tooLarge' }) }), output: replaceResultSchema },
  'data:wipe': { input: z.strictObject({ exportId: idSchema, confirmation: z.string().max(50, { error: 'v.tooLong' }) }), output: z.strictObject({ removed: z.number() }) },
} as const;

export const events = {
  'settings:changed': settingsSchema,
  'storage:notice': storageNoticeSchema,
  'day:changed': z.strictObject({ date: z.string() }),
  'reminder:changed': z.strictObject({ date: z.string() }),
  'focus:changed': z.strictObject({ at: z.number() }),
  'checklist:changed': z.strictObject({ date: z.string() }),
  /** Open a view (e.g. after a notification was clicked). */
  'app:navigate': z.strictObject({ view: z.string() }),
} as const;

// Compile-time check that channel-names.ts lists exactly these tables' keys.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _channelsMatch: Same<keyof typeof channels, Channel> = true;
const _eventsMatch: Same<keyof typeof events, EventName> = true;
void _channelsMatch;
void _eventsMatch;
export type { Channel, EventName };
export type ChannelInput<C extends Channel> = z.input<(typeof channels)[C]['input']>;
/** What a handler receives: the input after validation (defaults applied). */
export type ChannelParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof channels)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;
export { EVENT_NAMES };

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(channels, value);
}
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}
