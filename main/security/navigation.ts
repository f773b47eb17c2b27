/**
 * Where the app window may navigate and what happens to `window.open` / target=_blank.
 *
 * The preload's API is exposed to whatever page the window shows, so the window must never show
 * anything but the app itself: a navigation to a remote page would hand that page `window.techo`.
 */
import { isAppUrl } from './app-origin.js';
import { isAllowedExternalUrl } from './external-url.js';

/** Only app://techo/… — everything else (http(s), file:, javascript:, data:, other hosts) is denied. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

export interface WindowOpenDecision {
  /** Never a new Electron window: it would be a second place the API could leak into. */
  action: 'deny';
  /** Whether the URL should be handed to the system browser / mail client instead. */
  openExternally: boolean;
}

export function windowOpenAction(url: string, allowedHttpsHosts: readonly string[] = []): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url, allowedHttpsHosts) };
}
