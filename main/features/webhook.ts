/** webhook:test, report:sendWebhook — reports posted to the chat webhook the user turned on. */
import type { HttpPoster } from '../ports/http-poster.js';
import type { Handlers } from '../ipc/router.js';
import { createReportWebhook } from '../services/report-webhook.js';
import type { ReportService } from '../services/report-service.js';
import type { SettingsService } from '../services/settings-service.js';
import { createWebhookService } from '../services/webhook-service.js';
import type { FeatureContext } from './feature-context.js';

const noNetwork: HttpPoster = { post: () => Promise.reject(new Error('no network in this shell')) };

export function webhookFeature({ ports, timers, t }: FeatureContext, deps: { settings: SettingsService; reports: ReportService }) {
  const webhook = createWebhookService({
    poster: ports.poster ?? noNetwork,
    timers,
    settings: () => deps.settings.get().webhook,
    logger: ports.logger,
    ...(ports.retryDelayMs === undefined ? {} : { retryDelayMs: ports.retryDelayMs }),
  });
  const sending = createReportWebhook({ send: webhook.send, reports: deps.reports, profile: () => deps.settings.get().profile, clock: ports.clock, t });
  const handlers: Pick<Handlers, 'report:sendWebhook' | 'webhook:test'> = {
    'report:sendWebhook': ({ date, kind, subject, text }) => sending.sendReport(date, kind, subject, text),
    'webhook:test': () => sending.test(),
  };
  return { handlers };
}
