/** What crosses the IPC boundary: never an exception, always one of these. */
import { z } from 'zod';

/**
 * `unavailable`: the request was fine but this machine lacks what it needs (no browser to make a
 * PDF); the window offers an alternative instead of asking the user to correct their input.
 * `storage`: a file the app may not read or write (permissions, read-only, disk full); the message
 * says which and what to do.
 */
export const ERROR_CODES = ['invalid_input', 'unknown_channel', 'forbidden', 'unavailable', 'storage', 'internal'] as const;
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
