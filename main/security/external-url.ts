/**
 * Which links may leave the app for the user's browser or mail client (`shell.openExternal`).
 *
 * openExternal hands the URL to the operating system, which will happily run file:, smb:,
 * ms-msdt: or any registered custom scheme — a classic remote-code-execution path from one
 * injected link. So: mailto: with one recipient, a subject and a body (mailto-url.ts), https: only
 * to hosts the organisation configured, and nothing else.
 */
import { isAllowedMailto } from './mailto-url.js';

// The URL parser silently drops tabs/newlines and trims spaces ("java\nscript:" parses as
// javascript:); the raw string is what the OS receives, so refuse such strings outright.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f]/;

export function isAllowedExternalUrl(url: string, allowedHttpsHosts: readonly string[]): boolean {
  if (typeof url !== 'string' || UNSAFE_CHARACTERS.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return isAllowedMailto(url);
  if (parsed.protocol !== 'https:') return false;
  // https://trusted.example@evil.example/ looks trusted to a reader; no credentials, ever.
  if (parsed.username !== '' || parsed.password !== '') return false;
  // `host` is the lower-cased hostname plus a non-default port, so an allowlist entry
  // "intranet.example.lg.jp" admits port 443 only and "intranet.example.lg.jp:8443" that port.
  const host = parsed.host.toLowerCase();
  return allowedHttpsHosts.some((allowed) => allowed !== '' && allowed.toLowerCase() === host);
}
