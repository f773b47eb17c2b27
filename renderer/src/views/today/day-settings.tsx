/**
 * The day's 所定 hours (時差出勤 moves them) and its work style: where the morning and the
 * afternoon are worked (在宅勤務 in the morning, 出勤 in the afternoon is one day).
 */
import { useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import type { WorkStyle } from '../../../../shared/day/day-schema.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import { PLACES, type Place } from '../../../../shared/lists/places.js';
import { Field } from '../../components/field.js';
import { InlineForm } from '../../components/ime-safe-form.js';
import { SelectField } from '../../components/select-field.js';
import { fieldErrors } from '../../field-errors.js';
import { tidyTime } from '../../format.js';
import type { useDay } from './use-day.js';

type Apply = ReturnType<typeof useDay>['apply'];

/** `part` picks one of the two forms (both without it), so Today can place the hours above the work record and the work style below it. */
export function DaySettings({ api, date, hours, workStyle, apply, say, part }: { api: TechoApi; date: string; hours: { start: string; end: string }; workStyle: WorkStyle; apply: Apply; say: (s: string) => void; part?: 'hours' | 'workStyle' | undefined }) {
  const { t } = useTranslation();
  const [h, setH] = useState(hours);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [style, setStyle] = useState(workStyle);
  const place = (half: 'am' | 'pm') => (
    <SelectField id={`style-${half}`} label={t(`day.${half}`)} value={style[half]} onChange={(v: Place) => setStyle((s) => ({ ...s, [half]: v }))} options={PLACES.map((p) => ({ value: p, label: t(`places.${p}`) }))} />
  );
  return (
    <>
      {part !== 'workStyle' && (
        <InlineForm
          label={t('day.hours')}
          onSave={() => {
            const next = { start: tidyTime(h.start), end: tidyTime(h.end) };
            setH(next);
            void apply(() => api.daySetHours({ date, hours: next })).then((o) => {
              setErrors(o.ok ? {} : fieldErrors(o.error, 'hours'));
              say(o.ok ? t('day.saved') : o.error.message);
            });
          }}
        >
          <fieldset>
            <legend>{t('day.hours')}</legend>
            <div className="row">
              <Field id="day-hours-start" label={t('day.hoursStart')} value={h.start} onChange={(v) => setH((x) => ({ ...x, start: v }))} error={errors.start} inputMode="numeric" size={6} />
              <Field id="day-hours-end" label={t('day.hoursEnd')} value={h.end} onChange={(v) => setH((x) => ({ ...x, end: v }))} error={errors.end} inputMode="numeric" size={6} />
              <button type="submit" className="secondary">
                {t('day.saveHours')}
              </button>
            </div>
          </fieldset>
        </InlineForm>
      )}
      {part !== 'hours' && (
        <InlineForm
          label={t('day.workStyle')}
          onSave={() => {
            void apply(() => api.daySetWorkStyle({ date, workStyle: style })).then((o) => say(o.ok ? t('day.saved') : o.error.message));
          }}
        >
          <fieldset>
            <legend>{t('day.workStyle')}</legend>
            <div className="row">
              {place('am')}
              {place('pm')}
            </div>
            {(style.am === 'satellite' || style.pm === 'satellite') && (
              <Field id="style-satellite" label={t('day.satelliteOffice')} value={style.satelliteOffice} onChange={(v) => setStyle((s) => ({ ...s, satelliteOffice: v }))} />
            )}
            <button type="submit" className="secondary">
              {t('day.saveWorkStyle')}
            </button>
          </fieldset>
        </InlineForm>
      )}
    </>
  );
}
