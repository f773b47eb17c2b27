/**
 * The channel and event names alone, without their schemas, so the preload and the renderer's
 * transports can build the API without bundling zod. contract.ts checks at compile time that
 * these lists and its tables name exactly the same channels.
 */
export const CHANNEL_NAMES = ['app:info', 'app:dismissNotice', 'settings:get', 'settings:update'] as const;
export const EVENT_NAMES = ['settings:changed', 'storage:notice'] as const;

export type Channel = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
