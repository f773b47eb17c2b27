/**
 * Process-wide guards applied to every web contents and to the default session, so even a window
 * or frame created by a future feature (or by an attacker's window.open) is covered:
 * no navigation away from the app, no new windows, no <webview>, no permissions but notifications,
 * and external links only through the allowlist.
 */
import { app, session, shell } from 'electron';
import type { Logger } from '../ports/logger.js';
import { isAllowedExternalUrl } from '../security/external-url.js';
import { isAllowedNavigation, windowOpenAction } from '../security/navigation.js';
import { isPermissionAllowed } from '../security/permissions.js';

/**
 * https hosts links may open in the user's browser. Empty until an organisation can configure its
 * intranet host (mailto: passes with one recipient, a subject and a body only).
 */
export const EXTERNAL_HTTPS_HOSTS: readonly string[] = [];

function openExternally(url: string, logger: Logger): void {
  if (!isAllowedExternalUrl(url, EXTERNAL_HTTPS_HOSTS)) return;
  shell.openExternal(url).catch((error: unknown) => logger.error('openExternal failed', error));
}

export function installWebContentsGuards(logger: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (isAllowedNavigation(event.url)) return;
      event.preventDefault();
      // A plain <a href="https://intranet/…"> lands here rather than in the window-open handler.
      openExternally(event.url, logger);
    });
    // The app protocol never redirects; a redirect away from the app is refused all the same.
    contents.on('will-redirect', (event) => {
      if (!isAllowedNavigation(event.url)) event.preventDefault();
    });

    contents.setWindowOpenHandler(({ url }) => {
      if (windowOpenAction(url, EXTERNAL_HTTPS_HOSTS).openExternally) openExternally(url, logger);
      return { action: 'deny' };
    });

    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Must run after the app is ready (the default session does not exist before). */
export function installPermissionHandlers(): void {
  const ses = session.defaultSession;
  // Notifications only, and only for the app's own page.
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission) && isAllowedNavigation(details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return isPermissionAllowed(permission) && isAllowedNavigation(requestingOrigin);
  });
}
