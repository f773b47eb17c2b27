/**
 * 日報の出力: one day or a range, in the chosen formats. In the desktop app the files go into a
 * folder the user picks; in the browser preview they are downloaded. Where no browser can make the
 * PDF (preview or command line on a machine without Edge, Chrome or Chromium), the refusal says so
 * and offers the printable HTML in its place, one click away.
 */
import { ChoiceGroup } from '../components/choice-group.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../use-translation.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { IpcError } from '../../../shared/ipc/result.js';
import { CSV_ENCODINGS, type CsvEncoding, DEFAULT_CSV_ENCODING } from '../../../shared/lists/csv-encodings.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/lists/export-formats.js';
import { Field } from '../components/field.js';
import { fieldErrors } from '../field-errors.js';
import { downloadBytes, fromBase64 } from '../download.js';

export function ExportView({ api, today, canPickFolder }: { api: TechoApi; today: string; canPickFolder: boolean }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [formats, setFormats] = useState<ExportFormat[]>(['csv', 'json']);
  const [encoding, setEncoding] = useState<CsvEncoding>(DEFAULT_CSV_ENCODING);
  const [messages, setMessages] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  /** The last export failed for want of a browser to make the PDF: offer the printable HTML. */
  const [pdfUnavailable, setPdfUnavailable] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  /**
   * The HTML-instead button goes away with the message it belongs to: once that export is done (the
   * form's button enabled again) the keyboard lands on the form's own button, not on <body>.
   */
  const focusSubmitWhenDone = useRef(false);
  useEffect(() => {
    if (busy || !focusSubmitWhenDone.current) return;
    focusSubmitWhenDone.current = false;
    submitRef.current?.focus();
  }, [busy]);

  const run = async (chosen: readonly ExportFormat[] = formats) => {
    setBusy(true);
    setPdfUnavailable(false);
    const request = { from, to, formats: [...chosen], encoding };
    const out: string[] = [];
    try {
      if (canPickFolder) {
        const r = await api.exportToFolder(request);
        if (!r.ok) return fail(r.error);
        if (!r.data.folder) return setMessages([]);
        out.push(r.data.days === 0 ? t('exports.empty') : t('exports.done', { count: r.data.written.length }), t('exports.savedTo', { folder: r.data.folder }));
        if (r.data.lost.length) out.push(t('exports.lost', { chars: r.data.lost.join(' ') }));
      } else {
        const r = await api.exportFiles(request);
        if (!r.ok) return fail(r.error);
        for (const f of r.data.files) downloadBytes(f.name, fromBase64(f.base64), 'application/octet-stream');
        out.push(r.data.days === 0 ? t('exports.empty') : t('exports.done', { count: r.data.files.length }));
        if (r.data.lost.length) out.push(t('exports.lost', { chars: r.data.lost.join(' ') }));
      }
      setErrors({});
      setMessages(out);
    } finally {
      setBusy(false);
    }
  };
  const fail = (error: IpcError) => {
    setErrors(fieldErrors(error));
    setMessages([error.message]);
    setPdfUnavailable(error.code === 'unavailable');
  };
  const htmlInstead = () => {
    const chosen = [...new Set([...formats.filter((f) => f !== 'pdf'), 'html' as const])];
    setFormats(chosen);
    focusSubmitWhenDone.current = true;
    void run(chosen);
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('exports.heading')}</h2>
      <p>{t('exports.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="row">
          <Field id="export-from" type="date" label={t('exports.from')} value={from} onChange={setFrom} error={errors.from} />
          <Field id="export-to" type="date" label={t('exports.to')} value={to} onChange={setTo} error={errors.to} />
        </div>
        <ChoiceGroup
          legend={t('exports.formats')}
          type="checkbox"
          name="formats"
          error={errors.formats}
          choices={EXPORT_FORMATS.map((f) => ({
            key: f,
            label: t(`exports.formatNames.${f}`),
            checked: formats.includes(f),
            onChange: (on) => setFormats((all) => (on ? [...all, f] : all.filter((x) => x !== f))),
          }))}
        />
        <ChoiceGroup
          legend={t('exports.encoding')}
          type="radio"
          name="encoding"
          choices={CSV_ENCODINGS.map((enc) => ({ key: enc, label: t(`exports.encodings.${enc}`), checked: encoding === enc, onChange: () => setEncoding(enc) }))}
        />
        <button type="submit" ref={submitRef} disabled={busy} aria-busy={busy}>
          {canPickFolder ? t('exports.toFolder') : t('exports.run')}
        </button>
      </form>
      <div role="status" className="status-text">
        {messages.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
      {pdfUnavailable && (
        <button type="button" onClick={htmlInstead} disabled={busy}>
          {t('exports.htmlInstead')}
        </button>
      )}
    </section>
  );
}
