/** Reads and writes the user's settings; every change is announced so all windows apply it at once. */
import { BLOCK_KINDS } from '../../shared/lists/block-kinds.js';
import { DEFAULT_KEEP_DAYS, type Settings, defaultReminderSettings, defaultReportTemplates, defaultSettings, defaultWebhookSettings, settingsSchema } from '../../shared/settings/settings-schema.js';
import type { EventBus } from '../ports/event-bus.js';
import type { DocumentRepository, DocumentType } from '../persistence/document-repository.js';
import { addWebhookRules } from './webhook-rules-migration.js';
import { addSettingsV8 } from './settings-v8-migration.js';
import { addSettingsV9 } from './settings-v9-migration.js';

export const settingsDocument: DocumentType<Settings> = {
  version: 9,
  migrations: [
    // v1 → v2: the weekly telework pattern and the block kinds arrived; nobody had chosen any yet.
    (doc) => ({ ...doc, teleworkWeekdays: [], blockKinds: [...BLOCK_KINDS] }),
    // v2 → v3: reminders arrived, on with the defaults; start at login stays off.
    (doc) => ({ ...doc, reminders: defaultReminderSettings(), startAtLogin: false }),
    // v3 → v4: editable report templates.
    (doc) => ({ ...doc, reportTemplates: defaultReportTemplates() }),
    // v4 → v5: the optional chat webhook, off.
    (doc) => ({ ...doc, webhook: defaultWebhookSettings() }),
    // v5 → v6: daily automatic backups, kept two weeks.
    (doc) => ({ ...doc, backupKeepDays: DEFAULT_KEEP_DAYS }),
    // v6 → v7: webhook URLs follow the rules of issue #14; one intranet host may be allowed http.
    addWebhookRules,
    // v7 → v8: the organisation's time zone (issue #13); report and approval reminders on 出勤 days off and
    // the first-run setup counted as done for someone already using the app (issue #12).
    addSettingsV8,
    // v8 → v9: 役職 in the profile (empty) and the organisation's trial (none) — issue #17.
    addSettingsV9,
  ],
  schema: settingsSchema,
  defaults: defaultSettings,
};

export interface SettingsService {
  get(): Settings;
  /** `next` has already been validated against the contract by the router. */
  update(next: Settings): Settings;
}

export function createSettingsService(repo: DocumentRepository<Settings>, bus: EventBus): SettingsService {
  return {
    get: () => repo.load(),
    update(next) {
      const saved = repo.save(next);
      bus.emit('settings:changed', saved);
      return saved;
    },
  };
}
