/**
 * The organisation defaults file 総務課 / 情報政策課 distributes: work hours, the time zone, the organisation's
 * holidays, the block kinds offered, 業務の棚卸 entries, day templates and the telework trial with its survey. Every part is optional;
 * what is present replaces the user's current value.
 */
import { z } from 'zod';
import { orgDaySchema } from '../calendar/day-kind.js';
import { BLOCK_KINDS, blockKindSchema } from '../lists/block-kinds.js';
import { inventoryInputSchema } from '../inventory/inventory-schema.js';
import { workHoursSchema } from '../settings/settings-schema.js';
import { templateInputSchema } from '../templates/template-schema.js';
import { orgTimeZoneSchema } from '../time/org-time-zone.js';
import { trialSchema } from '../trial/trial-schema.js';

export const ORG_DEFAULTS_FORMAT = 'telework-techo/org-defaults';

export const orgDefaultsSchema = z.strictObject({
  format: z.literal(ORG_DEFAULTS_FORMAT, { error: 'org.format' }),
  version: z.literal(1, { error: 'org.version' }),
  workHours: workHoursSchema.optional(),
  /** The organisation's IANA time zone for instants in exports and reports (setting orgTimeZone). */
  orgTimeZone: orgTimeZoneSchema.optional(),
  holidays: z.array(orgDaySchema).max(2000).optional(),
  blockKinds: z.array(blockKindSchema).min(1).max(BLOCK_KINDS.length).optional(),
  inventory: z.array(inventoryInputSchema).max(500).optional(),
  /** The pre-telework checklist items. */
  checklist: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  templates: z.array(templateInputSchema).max(100).optional(),
  /**
   * The organisation's telework trial (試行): its period, target 課, rule, managers' 役職 and survey
   * (issue #17). null removes the trial set by an earlier file; left out, the app's trial stays as it is.
   */
  trial: trialSchema.nullable().optional(),
});
export type OrgDefaults = z.infer<typeof orgDefaultsSchema>;
