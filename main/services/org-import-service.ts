/**
 * The organisation defaults file applied to the services it sets: work hours, the time zone and
 * block kinds (in the settings), the organisation's days off, the inventory, the templates and the checklist. All
 * or nothing: each part is applied with a way to put the old value back (see applyOrgDefaults).
 */
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { CalendarService } from './calendar-service.js';
import type { ChecklistService } from './checklist-service.js';
import type { InventoryService } from './inventory-service.js';
import { applyOrgDefaults, parseOrgDefaults } from './org-import.js';
import type { SettingsService } from './settings-service.js';
import type { TemplateService } from './template-service.js';

export interface OrgImportDeps {
  settings: SettingsService;
  calendar: Pick<CalendarService, 'orgDays' | 'setOrgDays'>;
  inventory: Pick<InventoryService, 'list' | 'replaceAll'>;
  templates: Pick<TemplateService, 'list' | 'replaceAll'>;
  checklists: Pick<ChecklistService, 'templateItems' | 'replaceTemplate'>;
  t: () => TranslateFn;
}

/** Sets a value and returns how to put the old one back. */
function replaceWith<T>(get: () => T, set: (value: T) => unknown) {
  return (next: T) => {
    const before = get();
    set(next);
    return () => void set(before);
  };
}

export function createOrgImportService({ settings, calendar, inventory, templates, checklists, t }: OrgImportDeps) {
  return {
    import(text: string) {
      const defaults = parseOrgDefaults(text, t());
      const replaceSettings = replaceWith(settings.get, settings.update);
      // "trial": null removes the trial set before (if any): the message names it.
      const before = settings.get().trial;
      const trialRemoved = defaults.trial === null && before ? before.name : null;
      const result = applyOrgDefaults(defaults, {
        workHours: (workHours) => replaceSettings({ ...settings.get(), workHours }),
        orgTimeZone: (orgTimeZone) => replaceSettings({ ...settings.get(), orgTimeZone }),
        holidays: replaceWith(calendar.orgDays, calendar.setOrgDays),
        blockKinds: (blockKinds) => replaceSettings({ ...settings.get(), blockKinds }),
        inventory: replaceWith(inventory.list, inventory.replaceAll),
        templates: replaceWith(templates.list, templates.replaceAll),
        checklist: replaceWith(checklists.templateItems, checklists.replaceTemplate),
        trial: (trial) => replaceSettings({ ...settings.get(), trial }),
      });
      return { ...result, trialRemoved };
    },
  };
}
