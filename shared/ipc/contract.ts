/**
 * The one IPC contract between main and renderer: every channel with its input and output
 * schema, and every event main pushes to the renderer. Main validates both directions against
 * this table; the preload, the browser preview and the e2e bridge are generated from it.
 */
import { z } from 'zod';
import { settingsSchema } from '../settings/settings-schema.js';
import { CHANNEL_NAMES, type Channel, EVENT_NAMES, type EventName } from './channel-names.js';

/** A problem with a stored file that the user must hear about (kept aside, never reset silently). */
export const storageNoticeSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['corrupt', 'invalid', 'newer_version']),
  /** Which document: "settings", "days/2026-11", … */
  document: z.string(),
  /** Where the old file was moved to. */
  keptAt: z.string(),
  /** ISO timestamp of when it was found. */
  at: z.string(),
});
export type StorageNotice = z.infer<typeof storageNoticeSchema>;

export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** "electron" in the desktop app, "preview" in the browser preview. */
  shell: z.enum(['electron', 'preview']),
  dataDir: z.string(),
  notices: z.array(storageNoticeSchema),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const noInput = z.undefined({ error: 'v.noInput' });

export const channels = {
  'app:info': { input: noInput, output: appInfoSchema },
  'app:dismissNotice': { input: z.strictObject({ id: z.string().max(100) }), output: z.array(storageNoticeSchema) },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsSchema, output: settingsSchema },
} as const;

export const events = {
  'settings:changed': settingsSchema,
  'storage:notice': storageNoticeSchema,
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
