/**
 * What main says is due now (shown, not done, not snoozed): always visible in the app, so a
 * reminder whose OS notification was blocked (Focus Assist, denied) is never lost. A chunk of its
 * own (issue #16): fetched when the window is idle, or when a reminder is due (use-reminders.ts
 * reads what is due from the start).
 */
import { useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { ReminderEntry } from '../../../shared/reminders/reminder-log.js';
import { REMINDER_LOG_MAX } from '../../../shared/reminders/reminder-limits.js';
import { clockOf, clockText, hhmm } from '../format.js';

export function ReminderBanner({ api, due, onChange }: { api: TechoApi; due: ReminderEntry[]; onChange: (due: ReminderEntry[], log: ReminderEntry[]) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  if (due.length === 0) return null;
  const act = async (run: () => ReturnType<TechoApi['reminderDone']>, from: HTMLElement) => {
    // Focus continues at the next reminder's 完了, or (none left) at the view's heading: never <body>.
    const li = from.closest('li');
    const next = (li?.nextElementSibling ?? li?.previousElementSibling)?.querySelector<HTMLElement>('button') ?? null;
    const r = await run();
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    onChange(r.data.due, r.data.log);
    const heading = document.querySelector<HTMLElement>('#main section h2');
    if (heading) heading.tabIndex = -1;
    (next?.isConnected ? next : heading)?.focus();
  };
  return (
    <section className="reminder-banner" aria-label={t('reminders.title')} aria-live="assertive">
      <ul>
        {due.map((e) => (
          <li key={e.id} data-reminder-id={e.id}>
            <p>
              <strong>{t('reminders.banner', { time: clockText(hhmm(e.due)), kind: t(`reminders.kinds.${e.kind}`) })}</strong>{' '}
              {e.label && <span>{e.span ? `${e.span} ` : ''}{e.label}</span>} {e.missed && <span className="hint">{t('reminders.caughtUp')}</span>}
            </p>
            <div className="actions">
              <button type="button" onClick={(ev) => void act(() => api.reminderDone({ id: e.id }), ev.currentTarget)}>
                {t('reminders.done')}
              </button>
              {([5, 10, 15] as const).map((m) => (
                <button key={m} type="button" className="secondary" onClick={(ev) => void act(() => api.reminderSnooze({ id: e.id, minutes: m }), ev.currentTarget)}>
                  {t('reminders.snooze', { minutes: m })}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      {error && <p className="error-text">{error}</p>}
    </section>
  );
}

/** The day's reminder log (due, shown, snoozed, done) under the work record. */
export function ReminderLogList({ log, omitted, timeZone }: { log: ReminderEntry[]; omitted: number; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const time = (isoText: string) => clockOf(isoText, i18n.language, timeZone);
  return (
    <section aria-labelledby="reminder-log-title" className="record-panel">
      <h3 id="reminder-log-title">{t('reminders.log')}</h3>
      {log.length === 0 ? (
        <p>{t('reminders.logEmpty')}</p>
      ) : (
        <ol className="plain-list" data-testid="reminder-log">
          {log.map((e) => (
            <li key={e.id}>
              {t('reminders.logEntry', { time: clockText(hhmm(e.due)), kind: t(`reminders.kinds.${e.kind}`), label: e.label }).trim()}:{' '}
              {e.events
                .map((ev) =>
                  ev.type === 'shown'
                    ? t('reminders.shownAt', { time: time(ev.at) })
                    : ev.type === 'caughtUp'
                      ? t('reminders.caughtUpAt', { time: time(ev.at) })
                      : ev.type === 'snoozed'
                        ? t('reminders.snoozedAt', { time: time(ev.at), minutes: ev.minutes ?? '' })
                        : ev.type === 'done'
                          ? t('reminders.doneAt', { time: time(ev.at) })
                          : t('reminders.failedAt'),
                )
                .join(t('app.listSeparator'))}
            </li>
          ))}
        </ol>
      )}
      {omitted > 0 && <p className="hint">{t('reminders.omitted', { count: omitted, max: REMINDER_LOG_MAX })}</p>}
    </section>
  );
}
