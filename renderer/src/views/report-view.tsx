/**
 * 報告: compose the 始業報告 / 終業報告 (and one-line 中断 / 再開) from the day, edit it, send it by
 * copy, mail draft (mailto:) or .eml file. None of those sends anything by itself, so none records
 * the report as sent: each offers 「送信済みにする」, and only that (or a successful webhook post)
 * records the time and the method.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { SentReport } from '../../../shared/day/day-schema.js';
import { REPORT_KINDS, type ReportKind, type SendMethod } from '../../../shared/lists/report-kinds.js';
import type { DayView } from '../../../shared/day/day-view.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import { personalDataHints } from '../../../shared/reports/personal-data.js';
import { REPORT_PLACEHOLDERS, mailDraft } from '../../../shared/reports/report-text.js';
import { type Settings, reportTemplateFor } from '../../../shared/settings/settings-schema.js';
import { Field } from '../components/field.js';
import { downloadBytes } from '../download.js';
import { buildEml } from '../reports/eml.js';
import { clockOf } from '../format.js';

export function ReportView({ api, date, kind, settings, go }: { api: TechoApi; date: string; kind: ReportKind; settings: Settings; go: (kind: ReportKind) => void }) {
  const { t, i18n } = useTranslation();
  const [composed, setComposed] = useState<ChannelOutput<'report:compose'>>();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [sent, setSent] = useState<SentReport[]>([]);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState(false);
  const [template, setTemplate] = useState(reportTemplateFor(settings, kind));
  /** How the text left the app (copied, mail draft, .eml), waiting for the user's 「送信済みにする」. */
  const [pending, setPending] = useState<SendMethod>();

  /**
   * Which report the draft below is (date and kind). After a switch from 始業 to 終業 the old text
   * must not stay under the new title: copied or mailed, it would be recorded as the other report.
   */
  const [draftOf, setDraftOf] = useState<string>();
  const wanted = useRef('');
  wanted.current = `${date}/${kind}`;

  const compose = useCallback(() => {
    const of = `${date}/${kind}`;
    void api.reportCompose({ date, kind }).then((r) => {
      if (of !== wanted.current) return; // the user has moved on to another report
      if (!r.ok) setMessage(r.error.message);
      setComposed(r.ok ? r.data : undefined);
      setSubject(r.ok ? r.data.subject : '');
      setBody(r.ok ? r.data.body : '');
      setDraftOf(of);
    });
    void api.dayGet({ date }).then((r) => r.ok && setSent(r.data.day.reports));
  }, [api, date, kind]);
  useEffect(compose, [compose]);
  // Only a change of this template (or the language) replaces the draft, not saving another setting.
  const shipped = reportTemplateFor(settings, kind);
  useEffect(() => setTemplate(shipped), [shipped]);

  // Another report (or day): nothing of this one is waiting to be marked sent.
  useEffect(() => setPending(undefined), [date, kind]);

  /** The user's 「送信済みにする」: the one place a copy, a mail draft or an .eml becomes "sent". */
  const markSent = async (via: SendMethod) => {
    const r = await api.reportMarkSent({ date, kind, via, text: body });
    if (!r.ok) return setMessage(r.error.message);
    const last = (r.data as DayView).day.reports.at(-1)!;
    setSent(r.data.day.reports);
    setPending(undefined);
    setMessage(t('reports.markedSent', { time: clockOf(last.sentAt, i18n.language, settings.orgTimeZone), via: t(`reports.via.${via}`) }));
  };
  const offer = (via: SendMethod, doneKey: 'reports.copied' | 'reports.mailOpened' | 'reports.mailOpenedPaste' | 'reports.emlSaved') => {
    setPending(via);
    setMessage(t(doneKey));
  };

  const hints = personalDataHints(`${subject}\n${body}`);
  const warnings = [...(composed?.warnings ?? []), ...(hints.length ? [t('reports.personalData', { items: [...new Set(hints.map((h) => h.text))].join(t('app.listSeparator')) })] : [])];
  const mail = composed ? mailDraft(composed.to, subject, body, t('reports.mailPasteBody')) : null;

  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t(`reports.kinds.${kind}`)}</h2>
      <nav className="day-nav" aria-label={t('reports.title')}>
        {REPORT_KINDS.map((k) => (
          <button key={k} type="button" className={k === kind ? '' : 'secondary'} aria-pressed={k === kind} onClick={() => go(k)}>
            {t(`reports.kinds.${k}`)}
          </button>
        ))}
      </nav>
      {draftOf === `${date}/${kind}` ? (
        <>
          {warnings.length > 0 && (
            <section className="warnings" aria-label={t('reports.warnings')}>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>⚠ {w}</li>
                ))}
              </ul>
            </section>
          )}
          <p>{composed?.to ? t('reports.to', { email: composed.to }) : t('reports.noRecipient')}</p>
          <Field id="report-subject" label={t('reports.subjectLabel')} value={subject} onChange={setSubject} />
          <div className="field">
            <label htmlFor="report-body">{t('reports.body')}</label>
            <textarea id="report-body" rows={14} value={body} onChange={(e) => setBody(e.target.value)} />
          </div>
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(body).then(
                  () => offer('clipboard', 'reports.copied'),
                  () => setMessage(t('reports.copyFailed')),
                )
              }
            >
              {t('reports.copy')}
            </button>
            {mail ? (
              <>
                <a
                  className="button secondary"
                  href={mail.url}
                  target="_blank"
                  rel="noreferrer"
                  aria-describedby={mail.fullText ? undefined : 'mail-paste-hint'}
                  onClick={() => {
                    if (mail.fullText) return offer('mail', 'reports.mailOpened');
                    // The link holds the subject and a note: the full text goes to the clipboard, to paste.
                    void navigator.clipboard.writeText(body).then(
                      () => offer('mail', 'reports.mailOpenedPaste'),
                      () => setMessage(t('reports.copyFailed')),
                    );
                  }}
                >
                  {t('reports.openMail')}
                </a>
                {!mail.fullText && (
                  <span className="hint" id="mail-paste-hint">
                    {t('reports.mailPasteHint')}
                  </span>
                )}
              </>
            ) : (
              <span className="hint">{t('reports.tooLongForMail')}</span>
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => {
                downloadBytes(`${date}-${kind}.eml`, buildEml({ to: composed?.to ?? '', subject, body, date: new Date() }), 'message/rfc822');
                offer('eml', 'reports.emlSaved');
              }}
            >
              {t('reports.saveEml')}
            </button>
            {settings.webhook.enabled && (
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  void api.reportSendWebhook({ date, kind, subject, text: body }).then((r) => {
                    if (!r.ok) return setMessage(r.error.message);
                    setSent(r.data.day.reports);
                    setPending(undefined);
                    setMessage(t('webhook.sent', { time: clockOf(r.data.day.reports.at(-1)!.sentAt, i18n.language, settings.orgTimeZone) }));
                  })
                }
              >
                {t('webhook.send')}
              </button>
            )}
            <button type="button" className="secondary" onClick={compose}>
              {t('reports.regenerate')}
            </button>
          </div>
          {pending && (
            <div className="actions">
              <button type="button" onClick={() => void markSent(pending)}>
                {t('reports.markSent')}
              </button>
            </div>
          )}
        </>
      ) : (
        <p aria-busy="true">{t('app.loading')}</p>
      )}
      <p role="status" className="status-text">
        {message}
      </p>

      <h3>{t('reports.sentList')}</h3>
      {sent.length === 0 ? (
        <p>{t('reports.notSent')}</p>
      ) : (
        <ul className="plain-list" data-testid="sent-reports">
          {sent.map((r) => (
            <li key={r.sentAt + r.kind}>
              {t('reports.sentEntry', {
                time: clockOf(r.sentAt, i18n.language, settings.orgTimeZone),
                kind: t(`reports.kinds.${r.kind}`),
                via: t(`reports.via.${r.via}`),
              })}
            </li>
          ))}
        </ul>
      )}

      <details open={editing} onToggle={(e) => setEditing((e.target as HTMLDetailsElement).open)}>
        <summary>{t('reports.editTemplate')}</summary>
        <div className="field">
          <label htmlFor="report-template">{t('reports.template')}</label>
          <textarea id="report-template" rows={8} value={template} onChange={(e) => setTemplate(e.target.value)} />
          <span className="hint">{t('reports.placeholders', { list: REPORT_PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ') })}</span>
        </div>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void api.settingsUpdate({ ...settings, reportTemplates: { ...settings.reportTemplates, [kind]: template } }).then((r) => {
              setMessage(r.ok ? t('reports.templateSaved') : r.error.message);
              if (r.ok) compose();
            })
          }
        >
          {t('reports.saveTemplate')}
        </button>
      </details>
    </section>
  );
}
