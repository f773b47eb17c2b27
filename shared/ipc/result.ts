/** What crosses the IPC boundary: never an exception, always one of these. */
import { z } from 'zod';

/** `storage`: a file the app may not read or write (permissions, read-only, disk full); the message says which and what to do. */
export const ERROR_CODES = ['invalid_input', 'unknown_channel', 'forbidden', 'storage', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ipcErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  /** Already translated into the user's language. */
  message: z.string(),
  /** Field path ("workHours.breaks.0.end") → translated message, for showing next to a field. */
  fields: z.record(z.string(), z.string()).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError };
