/**
 * The IPC router: every request is checked against the contract before a handler sees it, every
 * answer is checked before it leaves, and nothing is ever thrown across the boundary — the caller
 * always gets `{ ok: true, data }` or `{ ok: false, error: { code, message, fields? } }`.
 */
import {
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
  channels,
  isChannel,
} from '../../shared/ipc/contract.js';
import type { IpcError, IpcResult } from '../../shared/ipc/result.js';
import { fieldMessages, issueMessage, rootIssue } from '../../shared/ipc/validation-messages.js';
import { type TranslateFn, translateRef } from '../../shared/i18n/translator.js';
import { storageProblemParams } from '../../shared/i18n/document-label.js';
import type { Logger } from '../ports/logger.js';
import { StoreAccessError } from '../ports/key-value-store.js';
import { type MessageRef, UserError } from '../services/user-error.js';

export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface Router {
  dispatch(channel: unknown, payload: unknown): Promise<IpcResult<unknown>>;
}

export interface RouterDeps {
  handlers: Handlers;
  /** Translator for the user's current language (asked per request: the language can change). */
  t: () => TranslateFn;
  logger: Logger;
}

export function createRouter({ handlers, t, logger }: RouterDeps): Router {
  const fail = (error: IpcError): IpcResult<never> => ({ ok: false, error });

  const handle = async (channel: unknown, payload: unknown): Promise<IpcResult<unknown>> => {
      const tr = t();
      if (!isChannel(channel)) {
        return fail({ code: 'unknown_channel', message: tr('errors.unknown_channel') });
      }
      const contract = channels[channel];
      const input = contract.input.safeParse(payload);
      if (!input.success) {
        // Field keys are full paths of this channel's input; a problem with the input as a whole is the message.
        const whole = rootIssue(input.error.issues);
        const fields = fieldMessages(input.error.issues, tr);
        return fail({
          code: 'invalid_input',
          message: whole ? issueMessage(whole, tr) : tr('errors.invalid_input'),
          ...(Object.keys(fields).length > 0 ? { fields } : {}),
        });
      }
      try {
        const handler = handlers[channel] as (input: unknown) => unknown;
        const data = await handler(input.data);
        const output = contract.output.safeParse(data);
        if (!output.success) {
          logger.error(`IPC ${channel}: handler answered outside the contract`, output.error);
          return fail({ code: 'internal', message: tr('errors.internal') });
        }
        return { ok: true, data: output.data };
      } catch (error) {
        if (error instanceof UserError) {
          const tt = t(); // a handler may have just switched the language
          const say = (ref: MessageRef) => translateRef(tt, ref);
          const fields = error.fields
            ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, say(v)]))
            : undefined;
          return fail({ code: error.code, message: say(error.messageKey), ...(fields ? { fields } : {}) });
        }
        if (error instanceof StoreAccessError) {
          // Not a bug: a file the OS will not let us read or write. Say which, why and what to do.
          const tt = t();
          const key = error.operation === 'write' ? 'storage.writeRefused' : error.saveRefused ? 'storage.readRefused' : 'storage.readFailed';
          logger.error(`IPC ${channel}: ${error.message}`, error);
          return fail({ code: 'storage', message: tt(key, storageProblemParams({ document: error.document ?? error.path, reason: error.reason, path: error.path }, tt)) });
        }
        logger.error(`IPC ${channel}: handler failed`, error);
        return fail({ code: 'internal', message: tr('errors.internal') });
      }
  };

  return {
    async dispatch(channel, payload) {
      try {
        return await handle(channel, payload);
      } catch (error) {
        // Last line of defence (e.g. the translator or a validator itself failing).
        logger.error('IPC dispatch failed', error);
        return fail({ code: 'internal', message: 'Internal error / アプリ内部で問題が発生しました。' });
      }
    },
  };
}
