/**
 * The user's settings document. Validation messages are i18n keys ("v.*") so main can answer in
 * the user's language and the renderer can show each message next to its field.
 */
import { z } from 'zod';
import { BLOCK_KINDS, blockKindSchema } from '../lists/block-kinds.js';
import { KEEP_DAYS_MAX } from '../data/data-schema.js';
import { clockTimeSchema, overlaps, toMinutes } from '../time/clock-time.js';
import { endsTooEarly } from '../time/clock-span.js';
import { DEFAULT_ORG_TIME_ZONE, orgTimeZoneSchema } from '../time/org-time-zone.js';
import { singleLine } from '../validation/single-line-text.js';
import { trialSchema } from '../trial/trial-schema.js';
import { WEBHOOK_URL_MESSAGES, allowHttpHostProblem, webhookUrlProblem } from './webhook-url.js';

export const LANGUAGES = ['ja', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES, { error: 'v.language' });
export type Language = z.infer<typeof languageSchema>;

const text = (max: number) => z.string({ error: 'v.text' }).max(max, { error: `v.tooLong` });

export const profileSchema = z.strictObject({
  name: text(50),
  /** 職員番号: kept as text so leading zeros survive (and Excel keeps them too). */
  staffId: text(20).regex(/^[0-9A-Za-z-]*$/, { error: 'v.staffId' }),
  department: text(100),
  /** 役職 (e.g. 課長): the organisation's trial counts managers by it (issue #17). */
  title: text(50),
  supervisorName: text(50),
  supervisorEmail: z.union([z.literal(''), z.email({ error: 'v.email' }).max(254, { error: 'v.tooLong' })], {
    error: 'v.email',
  }),
});
export type Profile = z.infer<typeof profileSchema>;

export const breakSchema = z.strictObject({ start: clockTimeSchema, end: clockTimeSchema });
export type Break = z.infer<typeof breakSchema>;

export const workHoursSchema = z
  .strictObject({
    start: clockTimeSchema,
    end: clockTimeSchema,
    breaks: z.array(breakSchema, { error: 'v.text' }).max(4, { error: 'v.tooManyBreaks' }),
  })
  .superRefine((wh, ctx) => {
    // zod still runs this when a time itself is malformed; that field already has its message.
    const times = [wh.start, wh.end, ...wh.breaks.flatMap((b) => [b.start, b.end])];
    if (!times.every((t) => clockTimeSchema.safeParse(t).success)) return;
    if (endsTooEarly(wh)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'v.endBeforeStart' });
      return;
    }
    const start = toMinutes(wh.start);
    const end = toMinutes(wh.end);
    wh.breaks.forEach((b, i) => {
      const bs = toMinutes(b.start);
      const be = toMinutes(b.end);
      if (endsTooEarly(b)) {
        ctx.addIssue({ code: 'custom', path: ['breaks', i, 'end'], message: 'v.endBeforeStart' });
      } else if (bs < start || be > end) {
        ctx.addIssue({ code: 'custom', path: ['breaks', i, 'start'], message: 'v.breakOutsideHours' });
      } else if (
        wh.breaks.some((o, j) => j < i && overlaps(bs, be, toMinutes(o.start), toMinutes(o.end)))
      ) {
        ctx.addIssue({ code: 'custom', path: ['breaks', i, 'start'], message: 'v.breakOverlap' });
      }
    });
  });
export type WorkHours = z.infer<typeof workHoursSchema>;

/** The week's usual telework days, 0 = Sunday … 6 = Saturday (e.g. [1, 5] for Mon and Fri). */
export const teleworkWeekdaysSchema = z
  .array(z.number({ error: 'v.weekdays' }).int({ error: 'v.weekdays' }).min(0, { error: 'v.weekdays' }).max(6, { error: 'v.weekdays' }), { error: 'v.weekdays' })
  .max(7, { error: 'v.weekdays' })
  .refine((days) => new Set(days).size === days.length, { error: 'v.weekdays' });

/** Which reminders main raises, and when (PRODUCT.md defaults). Each kind can be turned off. */
export const reminderSettingsSchema = z.strictObject({
  startReport: z.boolean(),
  endReport: z.boolean(),
  /** 終業報告 this many minutes before the end of work. */
  endReportMinutesBefore: z.number({ error: 'v.endReportMinutes' }).int({ error: 'v.endReportMinutes' }).min(0, { error: 'v.endReportMinutes' }).max(120, { error: 'v.endReportMinutes' }),
  approval: z.boolean(),
  /** Fixed 電子決裁確認 times; every block of that kind is reminded too. */
  approvalTimes: z.array(clockTimeSchema).max(8, { error: 'v.approvalTimesMax' }),
  blocks: z.boolean(),
  breaks: z.boolean(),
  /** A break reminder after this much work without one. */
  breakAfterMinutes: z.number({ error: 'v.breakAfterMinutes' }).int({ error: 'v.breakAfterMinutes' }).min(30, { error: 'v.breakAfterMinutes' }).max(300, { error: 'v.breakAfterMinutes' }),
  checklist: z.boolean(),
  /** On the eve of a telework day. */
  checklistTime: clockTimeSchema,
  /** Also on 休日 (weekends, 祝日, 年末年始, the organisation's days). */
  onHolidays: z.boolean(),
  /** 始業報告・終業報告 and 電子決裁・供覧の確認 also on 出勤 days (by default on telework days only). */
  onOfficeDays: z.boolean(),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const defaultReminderSettings = (): ReminderSettings => ({
  startReport: true,
  endReport: true,
  endReportMinutesBefore: 15,
  approval: true,
  approvalTimes: ['11:00', '14:30'],
  blocks: true,
  breaks: true,
  breakAfterMinutes: 90,
  checklist: true,
  checklistTime: '16:00',
  onHolidays: false,
  onOfficeDays: false,
});

/** Editable report templates; {{placeholders}} are listed in shared/reports/report-text.ts. */
export const reportTemplatesSchema = z.strictObject({
  start: z.string({ error: 'v.text' }).max(4000, { error: 'v.tooLong' }),
  end: z.string({ error: 'v.text' }).max(4000, { error: 'v.tooLong' }),
  pause: z.string({ error: 'v.text' }).max(1000, { error: 'v.tooLong' }),
  resume: z.string({ error: 'v.text' }).max(1000, { error: 'v.tooLong' }),
});
export type ReportTemplates = z.infer<typeof reportTemplatesSchema>;

export const defaultWebhookSettings = () => ({ enabled: false, kind: 'slack' as const, url: '', allowHttpHost: '', timeoutSeconds: 10, retries: 2 });

/** Defaults after DOMAIN.md (瀬戸内町 / 大阪市消防局 style reports); English for the English UI. */
export const defaultReportTemplates = (language: Language = 'ja'): ReportTemplates =>
  language === 'en'
    ? {
        start: '[Start of work] {{date}} {{workStyle}} {{hours}}\n{{name}} ({{department}})\nPlan:\n{{plan}}',
        end: '[End of work] {{date}} start {{startTime}} end {{endTime}}\n{{name}} ({{department}})\nStart-of-work report: {{startReportSent}}\nResults:\n{{results}}\nApprovals checked: {{approvals}}\nInterruptions: {{interruptions}}\nOutside hours: {{outside}}\nNext working day: {{tomorrow}}',
        pause: '[Pausing work] {{date}} {{time}} I am pausing work. {{name}}',
        resume: '[Resuming work] {{date}} {{time}} I have resumed work. {{name}}',
      }
    : {
        start: '【始業報告】{{date}} {{workStyle}} {{hours}}\n{{name}}({{department}})\n予定:\n{{plan}}',
        end: '【終業報告】{{date}} 始業{{startTime}} 終業{{endTime}}\n{{name}}({{department}})\n始業報告: {{startReportSent}}\n実績:\n{{results}}\n電子決裁・供覧の確認: {{approvals}}\n中抜け時間: {{interruptions}}\n時間外勤務: {{outside}}\n次の勤務日: {{tomorrow}}',
        pause: '【中断報告】{{date}} {{time}} 業務を中断します。{{name}}',
        resume: '【再開報告】{{date}} {{time}} 業務を再開しました。{{name}}',
      };

/**
 * Templates an earlier version shipped (before the wording of issue #12). A stored template equal
 * to one of these is still a shipped default, not the user's own: it follows the current default.
 */
const EARLIER_DEFAULT_TEMPLATES: Partial<Record<keyof ReportTemplates, readonly string[]>> = {
  end: ['【終業報告】{{date}} 始業{{startTime}} 終業{{endTime}}\n{{name}}({{department}})\n始業報告: {{startReportSent}}\n実績:\n{{results}}\n決裁確認: {{approvals}}\n中抜け: {{interruptions}}\n時間外: {{outside}}\n翌日: {{tomorrow}}'],
  pause: ['【業務中断】{{date}} {{time}} 業務を中断します。{{name}}'],
  resume: ['【業務再開】{{date}} {{time}} 業務を再開しました。{{name}}'],
};

/**
 * The template a report uses: the user's own, or — while it is still one of the shipped
 * defaults — the default in the UI language, so switching to English does not leave a Japanese
 * skeleton around English values.
 */
export function reportTemplateFor(settings: Pick<Settings, 'reportTemplates' | 'language'>, kind: keyof ReportTemplates): string {
  const stored = settings.reportTemplates[kind];
  const isShippedDefault = LANGUAGES.some((l) => defaultReportTemplates(l)[kind] === stored) || (EARLIER_DEFAULT_TEMPLATES[kind] ?? []).includes(stored);
  return isShippedDefault ? defaultReportTemplates(settings.language)[kind] : stored;
}

/**
 * Optional chat integration for reports — off by default (no network call unless turned on).
 * LoGoチャット has no public incoming webhook; Slack, Teams Workflows or a generic JSON endpoint do.
 * The URL follows the rules in webhook-url.ts (https only, never this PC or metadata addresses).
 */
export const WEBHOOK_KINDS = ['slack', 'teams', 'generic'] as const;
export const webhookSettingsSchema = z
  .strictObject({
    enabled: z.boolean(),
    kind: z.enum(WEBHOOK_KINDS, { error: 'v.choice' }),
    url: z.string({ error: 'v.url' }).max(2000, { error: 'v.tooLong' }),
    /** The one intranet host that may be reached over plain http: ('' = none, the default). */
    allowHttpHost: z.string({ error: 'v.text' }).max(253, { error: 'v.tooLong' }),
    timeoutSeconds: z.number({ error: 'v.timeoutSeconds' }).int({ error: 'v.timeoutSeconds' }).min(1, { error: 'v.timeoutSeconds' }).max(60, { error: 'v.timeoutSeconds' }),
    retries: z.number({ error: 'v.retries' }).int({ error: 'v.retries' }).min(0, { error: 'v.retries' }).max(5, { error: 'v.retries' }),
  })
  .superRefine((w, ctx) => {
    // zod runs this even when a field itself has the wrong type; that field already has its message.
    if (typeof w.url !== 'string' || typeof w.allowHttpHost !== 'string') return;
    if (w.enabled && w.url === '') ctx.addIssue({ code: 'custom', path: ['url'], message: 'v.urlRequired' });
    if (allowHttpHostProblem(w.allowHttpHost)) ctx.addIssue({ code: 'custom', path: ['allowHttpHost'], message: 'v.webhookHttpHost' });
    const problem = w.url === '' ? null : webhookUrlProblem(w.url, w.allowHttpHost);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: WEBHOOK_URL_MESSAGES[problem] });
  });
export type WebhookSettings = z.infer<typeof webhookSettingsSchema>;

/**
 * The first-run setup (氏名, 所属, 所属長, 勤務時間, テレワークの曜日): still to be shown on a new data
 * folder ('pending'), completed ('done') or put off with 「あとで設定する」 ('skipped'). It can be
 * redone from 設定 whatever its state.
 */
export const FIRST_RUN_STATES = ['pending', 'done', 'skipped'] as const;
export const firstRunSchema = z.enum(FIRST_RUN_STATES, { error: 'v.choice' });
export type FirstRunState = z.infer<typeof firstRunSchema>;

export const settingsSchema = z.strictObject({
  profile: profileSchema,
  workHours: workHoursSchema,
  teleworkWeekdays: teleworkWeekdaysSchema,
  /** The block kinds offered when planning (the organisation defaults file may narrow them). */
  blockKinds: z.array(blockKindSchema).min(1, { error: 'v.required' }).max(BLOCK_KINDS.length),
  reminders: reminderSettingsSchema,
  reportTemplates: reportTemplatesSchema,
  webhook: webhookSettingsSchema,
  /** Start the app (in the tray) when the user logs in. */
  startAtLogin: z.boolean(),
  language: languageSchema,
  /** How many days the daily automatic backups are kept. */
  backupKeepDays: z.number({ error: 'v.keepDays' }).int({ error: 'v.keepDays' }).min(1, { error: 'v.keepDays' }).max(KEEP_DAYS_MAX, { error: 'v.keepDays' }),
  /** The organisation's IANA time zone: the wall clock of every instant written into an export or a report. */
  orgTimeZone: orgTimeZoneSchema,
  /** Whether the first-run setup has been done or skipped (a new data folder starts 'pending'). */
  firstRun: firstRunSchema,
  /** The organisation's telework trial (試行) and its survey, set by the organisation defaults file; null = none. */
  trial: trialSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * What `settings:update` accepts: the stored shape, with the profile's names refused when they hold
 * a line break or another control character (see single-line-text.ts for why only the input).
 */
export const profileInputSchema = profileSchema.extend({
  name: singleLine(text(50)),
  department: singleLine(text(100)),
  title: singleLine(text(50)),
  supervisorName: singleLine(text(50)),
});
export const settingsInputSchema = settingsSchema.extend({ profile: profileInputSchema });

export const DEFAULT_KEEP_DAYS = 14;

/** Defaults from PRODUCT.md: 8:30–17:15 with a 12:00–13:00 break, Japanese UI. */
export function defaultSettings(): Settings {
  return {
    profile: { name: '', staffId: '', department: '', title: '', supervisorName: '', supervisorEmail: '' },
    workHours: { start: '08:30', end: '17:15', breaks: [{ start: '12:00', end: '13:00' }] },
    teleworkWeekdays: [],
    blockKinds: [...BLOCK_KINDS],
    reminders: defaultReminderSettings(),
    reportTemplates: defaultReportTemplates(),
    webhook: defaultWebhookSettings(),
    startAtLogin: false,
    language: 'ja',
    backupKeepDays: DEFAULT_KEEP_DAYS,
    orgTimeZone: DEFAULT_ORG_TIME_ZONE,
    firstRun: 'pending',
    trial: null,
  };
}
