/**
 * The composition root for the main process, shared by the Electron shell, the browser preview
 * and the tests: give it ports, get the router and the event bus. Nothing here touches Electron.
 *
 * The router and the bus stay the same for the life of the process (the shell wired them to its
 * windows once); behind them, the services are one generation built by composeApp. When a
 * restore, an import or a wipe replaces the stored files, the generation is stopped and a new one
 * is built from disk — no repository cache, undo stack or timer from before survives. After a
 * wipe the new generation is not started: a reminder log written a minute later would put the
 * user's data back on a laptop that is being returned.
 */
import { createEventBus } from '../ipc/event-bus.js';
import type { EventBus } from '../ports/event-bus.js';
import type { Router } from '../ipc/router.js';
import type { TrayPort } from '../ports/tray.js';
import type { AppPorts } from '../ports/app-ports.js';
import { type ComposedApp, composeApp } from './compose-app.js';

export type { AppPorts } from '../ports/app-ports.js';

export interface MainApp {
  router: Router;
  bus: EventBus;
  /** Starts the scheduler, the daily backups (and the tray updates, when the shell has a tray); returns stop. */
  start(tray?: TrayPort): () => void;
}

export function createApp(ports: AppPorts): MainApp {
  const bus = createEventBus();
  let started: { tray: TrayPort | undefined; stop: () => void } | null = null;
  /** Set by a wipe in a running app: an import afterwards starts the services again. */
  let stoppedByWipe: { tray: TrayPort | undefined } | null = null;
  let current: ComposedApp;
  const rebuild = () => {
    current.retire();
    current = composeApp(ports, bus, regeneration);
    current.announce();
  };
  const regeneration = {
    replaced() {
      const run = started ?? stoppedByWipe;
      started?.stop();
      stoppedByWipe = null;
      rebuild();
      started = run ? { tray: run.tray, stop: current.start(run.tray) } : null;
    },
    wiped() {
      if (started) stoppedByWipe = { tray: started.tray };
      started?.stop();
      started = null;
      rebuild();
    },
  };
  current = composeApp(ports, bus, regeneration);
  return {
    router: { dispatch: (channel, payload) => current.router.dispatch(channel, payload) },
    bus,
    start(tray) {
      started?.stop();
      started = { tray, stop: current.start(tray) };
      return () => {
        started?.stop();
        started = null;
      };
    },
  };
}
