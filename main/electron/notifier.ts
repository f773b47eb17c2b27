/**
 * The Notifier port on Electron's Notification. Thin on purpose: what to show and when is the
 * reminder service's business (tested without Electron); this only shows it and routes the click.
 */
import { Notification } from 'electron';
import type { Notifier } from '../ports/notifier.js';
import type { Logger } from '../ports/logger.js';

/**
 * A notification must stay referenced until it is clicked or closed: once garbage-collected,
 * its 'click' never arrives (seen on Windows, where toasts outlive the JS object). Reminders
 * come a few times a day, but a toast parked in the Action Center may never report 'close', so
 * only the newest ones are kept.
 */
const MAX_KEPT = 50;

export interface ElectronNotifierOptions {
  /** Shows the window on this view ("today", …) — called when the user clicks the notification. */
  openView(view: string): void;
  logger?: Logger;
}

export interface ElectronNotifier extends Notifier {
  /** How many shown notifications are still referenced (for tests and diagnostics). */
  readonly kept: number;
}

export function createElectronNotifier({ openView, logger }: ElectronNotifierOptions): ElectronNotifier {
  const kept = new Set<Notification>();
  return {
    get kept() {
      return kept.size;
    },
    show(request) {
      let notification: Notification | undefined;
      try {
        if (!Notification.isSupported()) return false;
        // Title and body exactly as given: the service keeps them short and free of anything
        // sensitive (they may show on a locked screen). No actions: the click opens the view.
        notification = new Notification({ title: request.title, body: request.body, silent: false });
        const shown = notification;
        const forget = () => kept.delete(shown);
        shown.on('click', () => {
          forget();
          openView(request.view);
        });
        shown.on('close', forget);
        // Windows/macOS report a toast that could not be shown asynchronously (show() already
        // returned true); the in-app banner and the tray still show the reminder.
        shown.on('failed', (_event, error) => {
          forget();
          logger?.error(`notification failed: ${String(error).slice(0, 200)}`);
        });
        kept.add(shown);
        for (const old of kept) {
          if (kept.size <= MAX_KEPT) break;
          kept.delete(old);
        }
        shown.show();
        return true;
      } catch (error) {
        if (notification) kept.delete(notification);
        logger?.error('notification could not be shown', error);
        return false;
      }
    },
  };
}
