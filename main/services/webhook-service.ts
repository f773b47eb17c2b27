/**
 * Posting a report to a chat webhook — only when the user turned it on. Slack-compatible
 * `{"text": …}`, a Teams Workflows message with an Adaptive Card, or a generic JSON document.
 *
 * The URL rules (shared/settings/webhook-url.ts) are checked again here, before every send: the
 * settings file may have been edited or imported around the settings form. Whatever goes wrong —
 * a refused URL, DNS, a refused connection, a timeout, a 4xx or a 5xx — the user reads one and the
 * same message and every failure is retried alike; the reason goes to the log only. Otherwise
 * whoever can set the URL could tell a closed port from an open one by the answer (a port scan of
 * the user's network through the app).
 */
import { parseUrl } from '../../shared/security/url-parser.js';
import type { WebhookSettings } from '../../shared/settings/settings-schema.js';
import { webhookUrlProblem } from '../../shared/settings/webhook-url.js';
import { UserError } from './user-error.js';
import type { Timers } from '../ports/clock.js';
import { HttpTimeoutError, type HttpPoster } from '../ports/http-poster.js';
import type { Logger } from '../ports/logger.js';

export interface WebhookMessage {
  subject: string;
  text: string;
  kind: string;
  date: string;
  staff: { name: string; staffId: string };
}

export function webhookPayload(kind: WebhookSettings['kind'], m: WebhookMessage): unknown {
  if (kind === 'slack') return { text: `${m.subject}\n${m.text}` };
  if (kind === 'teams') {
    return {
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: m.subject, weight: 'Bolder', wrap: true },
              { type: 'TextBlock', text: m.text, wrap: true },
            ],
          },
        },
      ],
    };
  }
  return { format: 'telework-techo/report-message', version: 1, ...m };
}

function reasonOf(error: unknown): string {
  if (error instanceof HttpTimeoutError) return 'no answer before the timeout';
  if (error instanceof Error) return [(error as { code?: unknown }).code, error.message].filter(Boolean).join(' ');
  return String(error);
}

export function createWebhookService(deps: { poster: HttpPoster; timers: Timers; settings: () => WebhookSettings; logger: Logger; retryDelayMs?: number }) {
  const wait = (ms: number) => new Promise<void>((resolve) => deps.timers.setTimeout(resolve, ms));
  const failed = (host: string, reasons: string[]): UserError => {
    // The host only: the path of a webhook URL is its secret.
    deps.logger.error(`webhook: not delivered to ${host}: ${reasons.join('; ')}`);
    return new UserError('invalid_input', 'webhook.failed');
  };
  return {
    async send(message: WebhookMessage): Promise<void> {
      const w = deps.settings();
      if (!w.enabled || !w.url) throw new UserError('invalid_input', 'webhook.off');
      const host = parseUrl(w.url)?.hostname || '(not a URL)';
      const problem = webhookUrlProblem(w.url, w.allowHttpHost);
      if (problem) throw failed(host, [`the URL is refused by the webhook rules (${problem})`]);
      const reasons: string[] = [];
      for (let attempt = 0; attempt <= w.retries; attempt++) {
        if (attempt > 0) await wait((deps.retryDelayMs ?? 1000) * attempt);
        try {
          const status = await deps.poster.post(w.url, webhookPayload(w.kind, message), w.timeoutSeconds * 1000);
          if (status >= 200 && status < 300) return;
          reasons.push(`HTTP ${status}`);
        } catch (error) {
          reasons.push(reasonOf(error));
        }
      }
      throw failed(host, reasons);
    },
  };
}
