/** Starts the features that run in the background, in order; stopping stops them in the same order. */
import type { Running } from '../features/feature-context.js';
import type { TrayPort } from '../ports/tray.js';

export function startAll(running: readonly Running[]) {
  return (tray?: TrayPort) => {
    const stops = running.map((r) => r.start(tray));
    return () => stops.forEach((stop) => stop());
  };
}
