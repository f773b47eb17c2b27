/**
 * Whether an IPC message may reach the router. Only the app's own top-level page may call main:
 * an iframe (even a same-origin one) or a page that somehow got navigated elsewhere must not,
 * because the preload API would otherwise be a way for foreign content to read and write the
 * user's records.
 */
import { isAppUrl } from './app-origin.js';

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  // senderFrame is null when the frame has navigated away or been destroyed: refuse.
  if (!frame || frame.isMainFrame !== true) return false;
  return isAppUrl(frame.url);
}
