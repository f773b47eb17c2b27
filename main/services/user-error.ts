import type { ErrorCode } from '../../shared/ipc/result.js';

/**
 * A refusal a service wants the user to read: `messageKey` is an i18n key, `fields` maps field
 * paths to i18n keys. The router translates them; anything else thrown becomes `internal`.
 */
export type MessageRef = string | readonly [key: string, params: Record<string, unknown>];

export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageRef,
    readonly fields?: Record<string, MessageRef>,
  ) {
    super(typeof messageKey === 'string' ? messageKey : messageKey[0]);
    this.name = 'UserError';
  }
}
