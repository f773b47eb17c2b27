/**
 * The one way the window reads main's per-field messages. Main keys each message by the field's
 * full path in the request ("block.end", "hours.start", "interruption.end", "workHours.breaks.0.end");
 * a form that edits one part of the request asks for that part and gets the paths below it
 * ("end"), so its fields need not know how the request is shaped around them.
 */
import type { IpcError } from '../../shared/ipc/result.js';

export function fieldErrors(error: IpcError | undefined, prefix = ''): Record<string, string> {
  const below = prefix ? `${prefix}.` : '';
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error?.fields ?? {})) {
    if (path.startsWith(below)) out[path.slice(below.length)] = message;
  }
  return out;
}
