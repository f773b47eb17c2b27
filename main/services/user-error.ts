import type { MessageRef } from '../../shared/i18n/message-key.js';
import type { ErrorCode } from '../../shared/ipc/result.js';

/**
 * A refusal a service wants the user to read: `messageKey` is an i18n key (with its values when
 * the message has placeholders), `fields` maps field paths to such keys. The router translates
 * them; anything else thrown becomes `internal`.
 */
export type { MessageRef };

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
