/**
 * Reports sent to the chat webhook: the message names the staff member (from the profile), and a
 * report that went out is recorded with the day like one sent by mail. The test message lets the
 * user check the settings without sending a report.
 */
import { localDateOf } from '../../shared/calendar/local-date.js';
import type { TranslateFn } from '../../shared/i18n/translator.js';
import type { ReportKind } from '../../shared/reports/report-text.js';
import type { Profile } from '../../shared/settings/settings-schema.js';
import type { Clock } from '../ports/clock.js';
import type { ReportService } from './report-service.js';
import type { WebhookMessage } from './webhook-service.js';

export interface ReportWebhookDeps {
  send: (message: WebhookMessage) => Promise<void>;
  reports: Pick<ReportService, 'markSent'>;
  profile: () => Profile;
  clock: Clock;
  t: () => TranslateFn;
}

export function createReportWebhook({ send, reports, profile, clock, t }: ReportWebhookDeps) {
  const message = (date: string, kind: string, subject: string, text: string): WebhookMessage => {
    const { name, staffId } = profile();
    return { subject, text, kind, date, staff: { name, staffId } };
  };
  return {
    async sendReport(date: string, kind: ReportKind, subject: string, text: string) {
      await send(message(date, kind, subject, text));
      return reports.markSent(date, kind, 'webhook', text);
    },
    async test() {
      await send(message(localDateOf(clock.now()), 'test', t()('webhook.testSubject'), t()('webhook.testText')));
      return { sent: true };
    },
  };
}
