/**
 * 勤務の記録 (厚労省 guideline): actual 始業/終業, each 中抜け, time outside hours, late night and
 * holiday work flagged with a 命令・許可 reference (never blocked), and the correction history.
 * Changing a recorded time asks for a reason; main keeps old value, new value, time and reason.
 */
import { useState } from 'react';
import { useI18n, useTranslation } from '../../use-translation.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { DayView } from '../../../../shared/day/day-view.js';
import type { Interruption, InterruptionInput } from '../../../../shared/day/day-schema.js';
import { INTERRUPTION_TREATMENTS, type InterruptionTreatment } from '../../../../shared/lists/interruption-treatments.js';
import { RECORD_TIMES, type RecordTime } from '../../../../shared/lists/record-times.js';
import { ConfirmDelete } from '../../components/confirm-delete.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../field-errors.js';
import { ImeSafeForm, InlineForm } from '../../components/ime-safe-form.js';
import { SelectField } from '../../components/select-field.js';
import { clockOf, clockText, durationIn, hhmm, parseTime, recordInput, recordTime } from '../../format.js';
import { stampText } from '../../../../shared/time/time-text.js';
import type { Outcome } from './use-day.js';
import { ListOrEmpty } from '../../components/list-or-empty.js';

type Apply = (run: () => ReturnType<TechoApi['dayGet']>) => Promise<Outcome>;

/** `timeZone`: the organisation's (setting orgTimeZone), for the instants of the correction history. */
export function RecordPanel({ api, view, apply, say, isToday, timeZone }: { api: TechoApi; view: DayView; apply: Apply; say: (text: string) => void; isToday: boolean; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const duration = durationIn(i18n.language);
  const { date, record } = view.day;
  const m = view.metrics;
  const [editing, setEditing] = useState<RecordTime | null>(null);
  const [interruption, setInterruption] = useState<Interruption | 'new' | null>(null);
  const [permission, setPermission] = useState(record.permissionRef);
  const show = (minutes: number | null) => (minutes === null ? t('record.notRecorded') : recordTime(minutes, t('record.nextDay')));

  return (
    <section className="record-panel" aria-labelledby="record-title">
      <h3 id="record-title">{t('record.title')}</h3>
      <dl className="record-times">
        {RECORD_TIMES.map((field) => (
          <div key={field}>
            <dt>{t(`record.${field}`)}</dt>
            <dd>
              <span data-testid={`record-${field}`}>{show(record[field])}</span>{' '}
              {record[field] === null && isToday && (
                <button type="button" onClick={() => void apply(() => api.recordClock({ date, field, reason: '' })).then((o) => o.ok || say(o.error.message))}>
                  {t(field === 'start' ? 'record.clockStart' : 'record.clockEnd')}
                </button>
              )}{' '}
              <button type="button" id={`record-edit-${field}`} className="secondary" onClick={() => setEditing(field)} aria-label={`${t(`record.${field}`)}: ${t('record.edit')}`}>
                {t('record.edit')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {editing && (
        <TimeCorrection
          key={editing}
          label={t(`record.${editing}`)}
          initial={record[editing]}
          needsReason={record[editing] !== null}
          onCancel={() => {
            setEditing(null);
            document.getElementById(`record-edit-${editing}`)?.focus(); // back to its 修正 button
          }}
          onSave={async (minutes, reason) => {
            const o = await apply(() => api.recordSetTime({ date, field: editing, minutes, reason }));
            if (o.ok) {
              setEditing(null);
              document.getElementById(`record-edit-${editing}`)?.focus();
            }
            return o;
          }}
        />
      )}

      <p data-testid="report-times">
        {(['start', 'end'] as const).map((kind) => {
          const r = view.day.reports.filter((x) => x.kind === kind).at(-1);
          return (
            <span key={kind} className="report-time">
              {t(`reports.kinds.${kind}`)}: {r ? t('reports.sentAt', { time: clockOf(r.sentAt, document.documentElement.lang, timeZone), via: t(`reports.via.${r.via}`) }) : t('reports.notSent')}{' '}
              <a href={`#/report/${kind}`}>{t('record.compose')}</a>
            </span>
          );
        })}
      </p>

      <ListOrEmpty heading={t('record.interruptions')} items={record.interruptions} empty={t('record.empty')} itemKey={(i) => i.id}>
        {(i) => (
          <>
            {recordTime(i.start, t('record.nextDay'))}
            {t('reports.range')}
            {i.end === null ? '' : recordTime(i.end, t('record.nextDay'))} {t(`record.treatments.${i.treatment}`)} {i.note}{' '}
            <button type="button" className="secondary" onClick={() => setInterruption(i)}>
              {t('record.edit')}
            </button>
          </>
        )}
      </ListOrEmpty>
      <button type="button" id="add-interruption" className="secondary" onClick={() => setInterruption('new')}>
        {t('record.addInterruption')}
      </button>
      {interruption && (
        <InterruptionForm
          key={interruption === 'new' ? 'new' : interruption.id}
          initial={interruption === 'new' ? null : interruption}
          onCancel={() => {
            setInterruption(null);
            document.getElementById('add-interruption')?.focus();
          }}
          onSave={async (input, reason) => {
            const o = await apply(() => api.recordSaveInterruption({ date, interruption: input, reason }));
            if (o.ok) {
              setInterruption(null);
              document.getElementById('add-interruption')?.focus();
            }
            return o;
          }}
          onDelete={async (id, reason) => {
            const o = await apply(() => api.recordDeleteInterruption({ date, id, reason }));
            if (o.ok) setInterruption(null);
            return o;
          }}
        />
      )}

      <p className="record-summary" data-testid="record-summary">
        {t('record.summary', { worked: duration(m.workedMinutes), breaks: duration(m.breakMinutes), count: m.interruptionCount, interruption: duration(m.interruptionMinutes) })}
      </p>
      <ul className="flags">
        {m.outsideMinutes > 0 && <li>{t('record.outside', { duration: duration(m.outsideMinutes) })}</li>}
        {m.lateNightMinutes > 0 && <li>{t('record.lateNight', { duration: duration(m.lateNightMinutes) })}</li>}
        {m.holidayWork && <li>{t('record.holidayWork')}</li>}
        {m.needsPermission && <li className="error-text">{t('record.needsPermission')}</li>}
      </ul>
      {(m.outsideMinutes > 0 || m.lateNightMinutes > 0 || m.holidayWork || record.permissionRef) && (
        <ImeSafeForm
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void apply(() => api.recordSetPermission({ date, permissionRef: permission })).then((o) => say(o.ok ? t('day.saved') : o.error.message));
          }}
        >
          <Field id="permission" label={t('record.permission')} value={permission} onChange={setPermission} />
          <button type="submit">{t('record.savePermission')}</button>
        </ImeSafeForm>
      )}

      <ListOrEmpty heading={t('record.history')} items={record.corrections} empty={t('record.empty')} ordered testId="correction-history">
        {(c) =>
          t('record.historyEntry', {
            at: stampText(c.at, timeZone, i18n.language === 'en' ? 'en' : 'ja'),
            field: c.field === 'interruption' ? t('record.interruptions') : t(`record.${c.field}`),
            before: c.before === null ? t('record.empty') : clockText(c.before),
            after: c.after === null ? t('record.empty') : clockText(c.after),
            reason: c.reason,
          })
        }
      </ListOrEmpty>
    </section>
  );
}

/** Time plus a 翌日 box (終業 after midnight), and a reason when a recorded value changes. */
function TimeCorrection({
  label,
  initial,
  needsReason,
  onSave,
  onCancel,
}: {
  label: string;
  initial: number | null;
  needsReason: boolean;
  onSave: (minutes: number | null, reason: string) => Promise<Outcome>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const i18n = useI18n();
  const [time, setTime] = useState(initial === null ? '' : hhmm(initial % 1440));
  const [nextDay, setNextDay] = useState(initial !== null && initial >= 1440);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <InlineForm
      label={`${label}: ${t('record.edit')}`}
      onSave={() => {
        const m = parseTime(time);
        // The validation messages are not in the start bundle: fetched (once) before the first one is shown.
        if (m === undefined || m >= 1440) return void i18n.load(['validation']).then(() => setErrors({ time: t('v.time') }));
        void onSave(m + (nextDay ? 1440 : 0), reason).then((o) => {
          if (!o.ok) {
            const { minutes, reason: why } = fieldErrors(o.error);
            setErrors({ time: minutes ?? '', reason: why ?? '', _: o.error.message });
          }
        });
      }}
    >
      <Field id="record-time" label={`${label} ${t('record.time')}`} value={time} onChange={setTime} error={errors.time || undefined} inputMode="numeric" size={6} autoFocus />
      <label className="check">
        <input type="checkbox" checked={nextDay} onChange={(e) => setNextDay(e.target.checked)} /> {t('record.nextDay')}
      </label>
      {needsReason && <Field id="record-reason" label={t('record.reason')} value={reason} onChange={setReason} error={errors.reason || undefined} />}
      {errors._ && <p role="alert" className="error-text">{errors._}</p>}
      <div className="actions">
        <button type="submit">{t('record.saveTime')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('day.cancel')}
        </button>
      </div>
    </InlineForm>
  );
}

function InterruptionForm({
  initial,
  onSave,
  onDelete,
  onCancel,
}: {
  initial: Interruption | null;
  onSave: (input: InterruptionInput, reason: string) => Promise<Outcome>;
  onDelete: (id: string, reason: string) => Promise<Outcome>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const i18n = useI18n();
  const [start, setStart] = useState(initial ? recordInput(initial.start) : '');
  const [end, setEnd] = useState(initial?.end != null ? recordInput(initial.end) : '');
  const [treatment, setTreatment] = useState<InterruptionTreatment>(initial?.treatment ?? INTERRUPTION_TREATMENTS[0]);
  const [note, setNote] = useState(initial?.note ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string | undefined>>({});
  const needsReason = initial !== null && initial.end !== null;
  const report = (o: Outcome) => {
    if (o.ok) return;
    setError(o.error.message);
    // The 中抜け's own fields, and the reason beside it in the request.
    setFields({ ...fieldErrors(o.error, 'interruption'), reason: fieldErrors(o.error).reason });
  };
  return (
    <InlineForm
      label={t('record.interruptions')}
      onSave={() => {
        const s = parseTime(start);
        const en = end.trim() === '' ? null : parseTime(end);
        if (s === undefined || en === undefined) return void i18n.load(['validation']).then(() => setFields(s === undefined ? { start: t('v.time') } : { end: t('v.time') }));
        void onSave({ id: initial?.id ?? null, start: s, end: en, treatment, note }, reason).then(report);
      }}
    >
      <div className="row">
        <Field id="int-start" label={t('record.interruptionStart')} value={start} onChange={setStart} error={fields.start} inputMode="numeric" size={6} autoFocus />
        <Field id="int-end" label={t('record.interruptionEnd')} value={end} onChange={setEnd} error={fields.end} inputMode="numeric" size={6} />
        <SelectField
          id="int-treatment"
          label={t('record.treatment')}
          value={treatment}
          onChange={setTreatment}
          options={INTERRUPTION_TREATMENTS.map((v) => ({ value: v, label: t(`record.treatments.${v}`) }))}
        />
      </div>
      <Field id="int-note" label={t('record.interruptionNote')} value={note} onChange={setNote} error={fields.note} />
      {(needsReason || initial) && <Field id="int-reason" label={t('record.reason')} value={reason} onChange={setReason} error={fields.reason} />}
      {error && <p role="alert" className="error-text">{error}</p>}
      <div className="actions">
        <button type="submit">{t('record.saveInterruption')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('day.cancel')}
        </button>
        {initial && (
          <ConfirmDelete
            name={`${recordTime(initial.start, t('record.nextDay'))}–${initial.end === null ? '' : recordTime(initial.end, t('record.nextDay'))} ${t('record.interruptions')}`}
            label={t('record.deleteInterruption')}
            className="danger"
            onDelete={() => onDelete(initial.id, reason).then((o) => (report(o), o.ok))}
            fallback={() => document.getElementById('add-interruption')}
          />
        )}
      </div>
    </InlineForm>
  );
}
