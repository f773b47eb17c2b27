/**
 * Background fetches after start-up (the likely views, dnd-kit) wait until the first screen has
 * been up for a while and the window is idle (issue #16): the first seconds belong to the user's
 * first actions and to the first screen's own work, and the memory the window holds once started
 * is Today's, not that of views not yet opened. A view opened before then is fetched on the click
 * (as the supervisor, export and data-protection views always are); a drag started before then
 * fetches dnd-kit at the pointer-down.
 */
export const SETTLE_AFTER_START_MS = 3000;

/** Runs `task` once the window has been up SETTLE_AFTER_START_MS and is idle; returns a cancel. */
export function whenSettled(task: () => void): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : undefined;
    if (idle === undefined) task();
  }, SETTLE_AFTER_START_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
