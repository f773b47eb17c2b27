/**
 * The app's own origin. The renderer is served from app://techo/ by a custom protocol (not
 * file://), so the page has a real, narrow origin: CSP 'self', the navigation rules, the IPC
 * sender check and the permission handlers all mean "exactly this origin".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'techo';
export const APP_ORIGIN = 'app://techo';

/**
 * Parses `value` and returns the URL only if it is on the app origin.
 *
 * Node parses app: as a non-special scheme (its `origin` is "null", host case is kept), while
 * Chromium treats it as a registered standard scheme (host lower-cased). So compare the parts
 * ourselves: the scheme, the host ignoring case (what Chromium would canonicalise to), and no
 * port or credentials (Chromium would see those as a different or suspicious origin).
 */
export function parseAppUrl(value: string): URL | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:`) return null;
  if (url.hostname.toLowerCase() !== APP_HOST) return null;
  if (url.port !== '' || url.username !== '' || url.password !== '') return null;
  return url;
}

export function isAppUrl(value: string): boolean {
  return parseAppUrl(value) !== null;
}
