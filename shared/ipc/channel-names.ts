/**
 * The channel and event names alone, without their schemas, so the preload and the renderer's
 * transports can build the API without bundling zod. contract.ts checks at compile time that
 * these lists and its tables name exactly the same channels.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'app:dismissNotice',
  'app:now',
  'settings:get',
  'settings:update',
  'day:get',
  'day:saveBlock',
  'day:deleteBlock',
  'day:setHours',
  'day:setWorkStyle',
  'day:undo',
  'day:carryOver',
  'record:clock',
  'record:setTime',
  'record:saveInterruption',
  'record:deleteInterruption',
  'record:setPermission',
  'week:get',
  'template:list',
  'template:save',
  'template:delete',
  'template:apply',
  'inventory:list',
  'inventory:save',
  'inventory:delete',
  'calendar:get',
  'calendar:setOrgDays',
  'reminder:state',
  'reminder:snooze',
  'reminder:done',
  'report:compose',
  'report:markSent',
  'export:files',
  'export:toFolder',
  'supervisor:import',
  'supervisor:view',
  'supervisor:check',
  'supervisor:clear',
  'supervisor:exportCsv',
  'report:sendWebhook',
  'webhook:test',
  'org:import',
] as const;
export const EVENT_NAMES = ['settings:changed', 'storage:notice', 'day:changed', 'reminder:changed', 'app:navigate'] as const;

export type Channel = (typeof CHANNEL_NAMES)[number];
export type EventName = (typeof EVENT_NAMES)[number];
