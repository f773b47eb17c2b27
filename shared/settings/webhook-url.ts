/**
 * The rules a chat webhook URL must follow (issue #14), checked when the setting is saved and
 * again before every send. A webhook posts the user's report wherever the URL points, so a URL
 * that someone else slipped into the settings must not turn that into a request against the user:
 * - `https:` only — a report (names, plans) never crosses the network in clear text, except to the
 *   one intranet host the user named in `allowHttpHost`, for chat servers without TLS;
 * - never this PC, link-local or cloud metadata addresses (local-address.ts), judged on the host
 *   as the URL parser normalises it, so 2130706433 or [::ffff:127.0.0.1] are caught;
 * - never `user:pass@` (credentials would travel with every report, and
 *   https://trusted@evil.example/ reads as trusted).
 */
import type { PlainMessageKey } from '../i18n/message-key.js';
import { isLocalAddress } from '../security/local-address.js';
import { parseUrl } from '../security/url-parser.js';

export type WebhookUrlProblem = 'url' | 'https' | 'credentials' | 'local';

/** The validation message (i18n key) for each problem: each says what to enter instead. */
export const WEBHOOK_URL_MESSAGES: Record<WebhookUrlProblem, PlainMessageKey> = {
  url: 'v.url',
  https: 'v.webhookHttps',
  credentials: 'v.webhookCredentials',
  local: 'v.webhookLocal',
};

/** The host `allowHttpHost` names, as the URL parser normalises it; null when it is not a bare host. */
function httpHostOf(allowHttpHost: string): string | null {
  if (allowHttpHost === '') return null;
  const parsed = parseUrl(`http://${allowHttpHost}/`);
  if (!parsed || parsed.hostname !== allowHttpHost.toLowerCase() || parsed.port !== '') return null;
  return parsed.hostname;
}

export function webhookUrlProblem(url: string, allowHttpHost: string): WebhookUrlProblem | null {
  const parsed = parseUrl(url);
  if (!parsed) return 'url';
  const httpAllowed = parsed.protocol === 'http:' && parsed.hostname === httpHostOf(allowHttpHost);
  if (parsed.protocol !== 'https:' && !httpAllowed) return 'https';
  if (parsed.hostname === '') return 'url';
  if (parsed.username !== '' || parsed.password !== '') return 'credentials';
  if (isLocalAddress(parsed.hostname)) return 'local';
  return null;
}

/** True when `allowHttpHost` is set but is not one bare host name or address outside this PC. */
export function allowHttpHostProblem(allowHttpHost: string): boolean {
  if (allowHttpHost === '') return false;
  const host = httpHostOf(allowHttpHost);
  return host === null || isLocalAddress(host);
}
