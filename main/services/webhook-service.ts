/**
 * Posting a report to a chat webhook — only when the user turned it on. Slack-compatible
 * `{"text": …}`, a Teams Workflows message with an Adaptive Card, or a generic JSON document.
 * A timeout, a 5xx or a 429 is retried (with a short wait); a 4xx is not. Errors are translated.
 */
import type { WebhookSettings } from '../../shared/settings/settings-schema.js';
import { UserError } from '../ipc/user-error.js';
import type { Timers } from '../ports/clock.js';
import { HttpTimeoutError, type HttpPoster } from '../ports/http-poster.js';

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

export function createWebhookService(deps: { poster: HttpPoster; timers: Timers; settings: () => WebhookSettings; retryDelayMs?: number }) {
  const wait = (ms: number) => new Promise<void>((resolve) => deps.timers.setTimeout(resolve, ms));
  return {
    async send(message: WebhookMessage): Promise<void> {
      const w = deps.settings();
      if (!w.enabled || !w.url) throw new UserError('invalid_input', 'webhook.off');
      let last: 'timeout' | 'network' | number = 'network';
      for (let attempt = 0; attempt <= w.retries; attempt++) {
        if (attempt > 0) await wait((deps.retryDelayMs ?? 1000) * attempt);
        try {
          const status = await deps.poster.post(w.url, webhookPayload(w.kind, message), w.timeoutSeconds * 1000);
          if (status >= 200 && status < 300) return;
          last = status;
          if (status < 500 && status !== 429) break; // the request itself is wrong: retrying will not help
        } catch (error) {
          last = error instanceof HttpTimeoutError ? 'timeout' : 'network';
        }
      }
      if (last === 'timeout') throw new UserError('invalid_input', ['webhook.timeout', { seconds: w.timeoutSeconds, tries: w.retries + 1 }]);
      if (last === 'network') throw new UserError('invalid_input', ['webhook.network', { tries: w.retries + 1 }]);
      throw new UserError('invalid_input', ['webhook.status', { status: last }]);
    },
  };
}
