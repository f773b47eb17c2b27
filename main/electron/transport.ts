/**
 * The one file that owns `ipcMain`. Every contract call arrives on INVOKE_CHANNEL and goes to the
 * router only if it comes from the app's own top-level page; every event-bus event goes out on
 * EVENT_CHANNEL to each app window, held back until its page has finished loading (a page that is
 * still loading has no listener yet, and Electron would drop the message).
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { EventName } from '../../shared/ipc/contract.js';
import type { IpcResult } from '../../shared/ipc/result.js';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/transport-channels.js';
import { ja } from '../../shared/i18n/ja.js';
import type { MainApp } from '../app/create-app.js';
import type { Logger } from '../ports/logger.js';
import { isAllowedNavigation } from '../security/navigation.js';
import { isTrustedSender } from '../security/sender.js';

/** A page that never finishes loading must not make main hoard events forever. */
const MAX_HELD_EVENTS = 100;

// Only foreign content can be refused, and it gets no translation: the app's language lives in
// the settings the sender is not allowed to read.
const FORBIDDEN: IpcResult<never> = { ok: false, error: { code: 'forbidden', message: ja.errors.forbidden } };

export interface IpcTransport {
  /** Starts delivering events to this window's page (call once per window). */
  attach(contents: WebContents): void;
  /** Removes the handler and stops forwarding (app shutdown, tests). */
  dispose(): void;
}

interface Target {
  ready: boolean;
  held: Array<[EventName, unknown]>;
}

export function installIpcTransport({ router, bus }: MainApp, logger: Logger): IpcTransport {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, channel: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    // WebFrameMain has no isMainFrame; a frame without a parent is the top-level one. A detached
    // frame is a page being replaced (running its unload handlers): it speaks for nobody.
    const sender = frame && !frame.detached ? { url: frame.url, isMainFrame: frame.parent === null } : null;
    if (!isTrustedSender(sender)) {
      logger.error(`IPC refused: ${String(channel).slice(0, 50)} from ${sender?.url.slice(0, 200) ?? 'a destroyed frame'}`);
      return FORBIDDEN;
    }
    return router.dispatch(channel, payload);
  });

  const targets = new Map<WebContents, Target>();

  const deliver = (contents: WebContents, name: EventName, payload: unknown) => {
    // Belt and braces: navigation away from the app is blocked, but never push the user's data
    // to a page that is not the app.
    if (contents.isDestroyed() || !isAllowedNavigation(contents.getURL())) return;
    contents.send(EVENT_CHANNEL, name, payload);
  };

  const unsubscribe = bus.subscribe((name, payload) => {
    for (const [contents, target] of targets) {
      if (target.ready) {
        deliver(contents, name, payload);
      } else {
        target.held.push([name, payload]);
        if (target.held.length > MAX_HELD_EVENTS) target.held.shift();
      }
    }
  });

  return {
    attach(contents) {
      if (targets.has(contents)) return;
      const target: Target = { ready: false, held: [] };
      targets.set(contents, target);
      // A reload replaces the page and its listeners: hold events again until it is back.
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) target.ready = false;
      });
      contents.on('did-finish-load', () => {
        target.ready = true;
        const held = target.held.splice(0);
        for (const [name, payload] of held) deliver(contents, name, payload);
      });
      contents.once('destroyed', () => targets.delete(contents));
    },
    dispose() {
      unsubscribe();
      targets.clear();
      ipcMain.removeHandler(INVOKE_CHANNEL);
    },
  };
}
