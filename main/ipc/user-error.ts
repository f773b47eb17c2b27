import type { ErrorCode } from '../../shared/ipc/result.js';

/**
 * A refusal a service wants the user to read: `messageKey` is an i18n key, `fields` maps field
 * paths to i18n keys. The router translates them; anything else thrown becomes `internal`.
 */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly fields?: Record<string, string>,
  ) {
    super(messageKey);
    this.name = 'UserError';
  }
}
