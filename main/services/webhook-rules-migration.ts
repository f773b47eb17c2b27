/**
 * Settings v6 → v7: the webhook URL rules of issue #14 and the `allowHttpHost` setting.
 *
 * A v6 file may hold a URL the new rules refuse; validating it as it is would move the whole
 * settings file aside. So: a plain-http URL the user had saved keeps working — its host becomes
 * the one allowed http host (the user chose that server, and sees it named in the settings) — and
 * a URL the rules refuse anyway (this PC, link-local, metadata, credentials, not a URL) is removed
 * and the integration turned off, so nothing is ever posted there.
 */
import { webhookUrlProblem } from '../../shared/settings/webhook-url.js';
import type { Migration } from '../persistence/migrations.js';

export const addWebhookRules: Migration = (doc) => {
  const webhook = doc.webhook;
  if (typeof webhook !== 'object' || webhook === null || Array.isArray(webhook)) return doc; // invalid either way
  const w = webhook as Record<string, unknown>;
  const url = typeof w.url === 'string' ? w.url : '';
  let allowHttpHost = '';
  if (url.startsWith('http:') && webhookUrlProblem(url, '') === 'https') {
    const host = new URL(url).hostname;
    if (webhookUrlProblem(url, host) === null) allowHttpHost = host;
  }
  const refused = url !== '' && webhookUrlProblem(url, allowHttpHost) !== null;
  return { ...doc, webhook: { ...w, allowHttpHost, ...(refused ? { url: '', enabled: false } : {}) } };
};
