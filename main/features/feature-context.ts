/**
 * What a feature is built from and what it gives back. A feature (one file here per group of
 * channels) builds its services from the ports and from the services of the features built before
 * it, and returns its handlers; main/app/compose-app.ts only puts them together.
 */
import type { Channel } from '../../shared/ipc/channel-names.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { Handlers } from '../ipc/router.js';
import type { RepositoryDeps } from '../persistence/document-repository.js';
import type { StorageNotices } from '../persistence/storage-notices.js';
import type { AppPorts } from '../ports/app-ports.js';
import type { Timers } from '../ports/clock.js';
import type { EventBus } from '../ports/event-bus.js';
import type { PowerEvents } from '../ports/notifier.js';
import type { TrayPort } from '../ports/tray.js';

/** What one generation of services shares (main/app/generation-context.ts builds it). */
export interface GenerationContext {
  ports: AppPorts;
  bus: EventBus;
  /** The shell's timers and power events, guarded: a callback that throws is logged, it cannot end the app. */
  timers: Timers;
  power: PowerEvents;
  /** Opens this generation's documents; their writes are refused once the generation is retired. */
  documents: RepositoryDeps;
  notices: StorageNotices;
}

/** The context once the settings feature is built: main's messages in the user's language. */
export interface FeatureContext extends GenerationContext {
  t: () => TranslateFn;
}

/** The handlers of every channel of a group: `GroupHandlers<'day'>` is day:get, day:saveBlock, … */
export type GroupHandlers<G extends string> = Pick<Handlers, Extract<Channel, `${G}:${string}`>>;

/** A feature that runs something in the background (a scheduler, backups, the tray). */
export interface Running {
  /** Starts it (with the shell's tray, when there is one); returns how to stop it. */
  start(tray: TrayPort | undefined): () => void;
}
