/**
 * The start data the page may carry (shared/ipc/start-data.ts): the browser preview writes main's
 * `app:start` answer into the index.html it serves. Read once, then removed from the page; a page
 * without it, or with anything unreadable in its place, asks main over the wire as before.
 */
import { START_DATA_ID, type StartData } from '../../../shared/ipc/start-data.js';

let carried: StartData | null | undefined;

export function carriedStart(): StartData | null {
  if (carried !== undefined) return carried;
  carried = null;
  const block = document.getElementById(START_DATA_ID);
  if (block instanceof HTMLScriptElement && block.type === 'application/json') {
    try {
      const data = JSON.parse(block.textContent ?? '') as Partial<StartData>;
      const answer = data.answer as { ok?: unknown } | null | undefined;
      if (Number.isInteger(data.seq) && answer?.ok === true) carried = data as StartData;
    } catch {
      // unreadable: ask main instead
    }
    block.remove();
  }
  return carried;
}
