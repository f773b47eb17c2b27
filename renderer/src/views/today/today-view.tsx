/**
 * 今日の計画: one date's plan (timeline + block editor), its work style and hours, templates,
 * carry-over, undo, and the work record. Everything is stored by main; this view only asks.
 */
import { StepNav } from '../../components/step-nav.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, fiscalYear } from '../../../../shared/calendar/local-date.js';
import { fiscalYearName, formatDate } from '../../../../shared/calendar/japanese-date.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { Block, BlockInput } from '../../../../shared/day/day-schema.js';
import type { InventoryItem } from '../../../../shared/inventory/inventory-schema.js';
import type { Settings } from '../../../../shared/settings/settings-schema.js';
import type { DayTemplate } from '../../../../shared/templates/template-schema.js';
import { Field } from '../../components/field.js';
import { fieldErrors } from '../../field-errors.js';
import { ImeSafeForm } from '../../components/ime-safe-form.js';
import { SelectField } from '../../components/select-field.js';
import { clockText, hhmm, holidayName, parseTime } from '../../format.js';
import type { ReminderEntry } from '../../../../shared/reminders/reminder-log.js';
import { ReminderLogList } from '../../components/reminder-banner.js';
import { BlockEditor, type EditorTarget } from './block-editor.js';
import { DaySettings } from './day-settings.js';
import { FocusPanel } from './focus-panel.js';
import { RecordPanel } from './record-panel.js';
import { Timeline } from './timeline.js';
import { useDay } from './use-day.js';

export function TodayView({ api, date, today, nowMinutes, settings, go, reminderLog }: {
  api: TechoApi;
  date: string;
  today: string;
  nowMinutes: number;
  settings: Settings;
  go: (date: string) => void;
  /** Today's reminder log (only when the shown date is today). */
  reminderLog: { entries: ReminderEntry[]; omitted: number } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { view, loadError, apply } = useDay(api, date);
  const [editor, setEditor] = useState<EditorTarget | null>(null);
  const [message, setMessage] = useState('');
  const [inventory, setInventory] = useState<InventoryItem[]>([]);
  const [templates, setTemplates] = useState<DayTemplate[]>([]);
  const lang = i18n.language === 'en' ? 'en' : 'ja';

  useEffect(() => {
    void api.inventoryList().then((r) => r.ok && setInventory(r.data));
    void api.templateList().then((r) => r.ok && setTemplates(r.data));
  }, [api]);
  useEffect(() => setEditor(null), [date]);

  const say = (text: string) => setMessage(text);
  const undo = async () => {
    const o = await apply(() => api.dayUndo({ date }));
    say(o.ok ? t('day.undone') : o.error.message);
  };

  // Ctrl+Z (⌘Z) undoes the last change of this day, unless the user is typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (loadError) return <p role="alert" className="error-text">{loadError}</p>;
  if (!view) return <p aria-busy="true">{t('app.loading')}</p>;
  const { day, info } = view;

  // A save or delete closes its own editor only: one opened while the answer was on its way stays.
  const closeEditor = (done: (open: EditorTarget) => boolean) => setEditor((open) => (open && done(open) ? null : open));
  const saveBlock = async (id: string | null, block: BlockInput) => {
    const saving = editor;
    const o = await apply(() => api.daySaveBlock({ date, id, block }));
    if (!o.ok) return o.error;
    closeEditor((open) => open === saving);
    say(t('day.saved'));
    return undefined;
  };
  const moveBlock = async (b: Block, start: number, end: number) => {
    if (start < 0 || end > 1439) return;
    const { id, focus: _focus, ...rest } = b; // focus statistics are main's, not part of an edit
    const times = { start: hhmm(start), end: hhmm(end) };
    const shown = { ...view, day: { ...day, blocks: day.blocks.map((x) => (x.id === id ? { ...x, ...times } : x)) } };
    const o = await apply(() => api.daySaveBlock({ date, id, block: { ...rest, ...times } }), shown);
    say(o.ok ? `${clockText(times.start)}${t('reports.range')}${clockText(times.end)} ${b.title}` : o.error.message);
  };
  const deleteBlock = async (b: Block) => {
    const o = await apply(() => api.dayDeleteBlock({ date, id: b.id }));
    if (o.ok) closeEditor((open) => open.id === b.id);
    say(o.ok ? t('day.deleted', { title: b.title }) : o.error.message);
  };
  const newBlockAt = (start: number, end: number) =>
    setEditor({ id: null, initial: { start: hhmm(start), end: hhmm(end), title: '', kind: settings.blockKinds[0] ?? 'focus', status: 'planned', note: '', inventoryId: null } });
  const editBlock = (b: Block) => {
    const { id, focus: _focus, ...initial } = b;
    setEditor({ id, initial });
  };

  return (
    <section aria-labelledby="day-title" className="today">
      <header className="day-header">
        <h2 id="day-title">{date === today ? `${t('day.title')} — ${formatDate(date, lang)}` : t('day.titleFor', { date: formatDate(date, lang) })}</h2>
        <StepNav label={t('day.title')} prev={{ text: t('day.prevDay'), go: () => go(addDays(date, -1)) }} next={{ text: t('day.nextDay'), go: () => go(addDays(date, 1)) }}>
          <button type="button" className="secondary" onClick={() => go(today)} disabled={date === today}>
            {t('day.today')}
          </button>
        </StepNav>
        <p className="day-facts">
          <span>{t('day.fiscalYear', { year: fiscalYearName(fiscalYear(date), i18n.language === 'en' ? 'en' : 'ja') })}</span>
          {info.isHoliday && <span className="holiday">{t('day.holiday', { name: holidayName(info, i18n.language) || t(`dayKinds.${info.kind}`) })}</span>}
          <span>{view.telework ? t('day.teleworkDay') : t('day.officeDay')}</span>
        </p>
      </header>

      <p role="status" className="status-text">
        {message}
      </p>
      {view.warnings.length > 0 && (
        <ul className="warnings" aria-label={t('day.warningsLabel')}>
          {view.warnings.map((w) => {
            const b = day.blocks.find((x) => x.id === w.blockId);
            return (
              <li key={w.blockId}>
                ⚠ {t(w.code === 'notTeleworkable' ? 'day.warningNotTeleworkable' : 'day.warningPartly', { title: b?.title ?? '', reason: t(`unfitReasons.${w.reason}`) })}
              </li>
            );
          })}
        </ul>
      )}

      <div className="day-toolbar">
        <button type="button" onClick={() => newBlockAt(view.free[0]?.start ?? parseTime(day.hours.start) ?? 540, Math.min((view.free[0]?.start ?? 540) + 60, view.free[0]?.end ?? 600))}>
          {t('day.addBlock')}
        </button>
        <button type="button" className="secondary" onClick={() => void undo()} disabled={!view.canUndo}>
          {t('day.undo')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void api.dayCarryOver({ date }).then((r) => {
              if (!r.ok) return say(r.error.message);
              const to = formatDate(r.data.to.day.date, lang);
              say(r.data.notPlaced > 0 ? t('day.carriedPartly', { count: r.data.moved, date: to, left: r.data.notPlaced }) : t('day.carried', { count: r.data.moved, date: to }));
              void apply(async () => ({ ok: true, data: r.data.from }));
            })
          }
        >
          {t('day.carryOver')}
        </button>
      </div>

      <div className="day-grid">
        <Timeline view={view} now={date === today ? nowMinutes : undefined} onMove={moveBlock} onEdit={editBlock} onDelete={deleteBlock} onAddAt={newBlockAt} />
        <div className="day-side">
          {date === today && <FocusPanel api={api} date={date} blocks={day.blocks} nowMinutes={nowMinutes} />}
          {editor && (
            <BlockEditor target={editor} kinds={settings.blockKinds} inventory={inventory} onSave={saveBlock} onCancel={() => setEditor(null)} onDelete={deleteBlock} />
          )}
          {view.free.length === 0 && <p>{t('day.noFree')}</p>}
          <DaySettings key={`${date}-${day.hours.start}-${day.hours.end}-${JSON.stringify(day.workStyle)}`} api={api} date={date} hours={day.hours} workStyle={day.workStyle} apply={apply} say={say} />
          <Templates api={api} date={date} templates={templates} setTemplates={setTemplates} apply={apply} say={say} />
          <RecordPanel api={api} view={view} apply={apply} say={say} isToday={date === today} />
          {reminderLog && <ReminderLogList log={reminderLog.entries} omitted={reminderLog.omitted} />}
        </div>
      </div>
    </section>
  );
}

type Apply = ReturnType<typeof useDay>['apply'];

function Templates({ api, date, templates, setTemplates, apply, say }: { api: TechoApi; date: string; templates: DayTemplate[]; setTemplates: (t: DayTemplate[]) => void; apply: Apply; say: (s: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [chosen, setChosen] = useState('');
  return (
    <fieldset className="templates">
      <legend>{t('day.template')}</legend>
      <ImeSafeForm
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void api.templateSave({ date, name }).then((r) => {
            if (!r.ok) {
              setNameError(fieldErrors(r.error).name);
              return say(r.error.message);
            }
            setNameError(undefined);
            setTemplates(r.data);
            say(t('day.templateSaved', { name }));
            setName('');
          });
        }}
      >
        <Field id="template-name" label={t('day.templateName')} value={name} onChange={setName} error={nameError} />
        <button type="submit" className="secondary">
          {t('day.saveTemplate')}
        </button>
      </ImeSafeForm>
      {templates.length > 0 && (
        <div className="row">
          <SelectField id="template-choose" label={t('day.chooseTemplate')} value={chosen} onChange={setChosen} options={[{ value: '', label: '' }, ...templates.map((x) => ({ value: x.id, label: x.name }))]} />
          <button
            type="button"
            className="secondary"
            disabled={!chosen}
            onClick={() => void apply(() => api.templateApply({ date, id: chosen })).then((o) => say(o.ok ? t('day.templateApplied') : o.error.message))}
          >
            {t('day.applyTemplate')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
