/**
 * The start data the page may carry (shared/ipc/start-data.ts): the browser preview writes main's
 * `app:start` answer into the index.html it serves. Read once, then removed from the page; a page
 * without it, or with anything unreadable in its place, asks main over the wire as before.
 */
import { START_DATA_ID, type StartData } from '../../../shared/ipc/start-data.js';
import { readJsonBlock } from '../json-block.js';

let carried: StartData | null | undefined;

export function carriedStart(): StartData | null {
  if (carried !== undefined) return carried;
  // Unreadable or missing: null, and main is asked instead.
  const data = readJsonBlock(START_DATA_ID, { remove: true }) as Partial<StartData> | null | undefined;
  const answer = data?.answer as { ok?: unknown } | null | undefined;
  carried = data && Number.isInteger(data.seq) && answer?.ok === true ? (data as StartData) : null;
  return carried;
}
