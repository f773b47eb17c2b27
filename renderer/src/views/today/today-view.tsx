/**
 * 今日の計画: one date's plan (timeline + block editor), its work style and hours, templates,
 * carry-over, undo, and the work record. Everything is stored by main; this view only asks.
 */
import { StepNav } from '../../components/step-nav.js';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import { addDays, fiscalYear } from '../../../../shared/calendar/local-date.js';
import { fiscalYearName, formatDate } from '../../../../shared/calendar/japanese-date.js';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { Block, BlockInput } from '../../../../shared/day/day-schema.js';
import type { DayView } from '../../../../shared/day/day-view.js';
import { toMinutes } from '../../../../shared/time/clock-time.js';
import type { InventoryItem } from '../../../../shared/inventory/inventory-schema.js';
import type { Settings } from '../../../../shared/settings/settings-schema.js';
import { clockText, hhmm, holidayName, parseTime } from '../../format.js';
import type { ReminderEntry } from '../../../../shared/reminders/reminder-log.js';
import { BlockEditor, TodayMore, TodaySide, TodayTrialLine } from '../lazy-views.js';
import type { EditorTarget } from './block-editor.js';
import { Timeline } from './timeline.js';
import { useDay } from './use-day.js';

export const TodayView = memo(function TodayView({ api, date, today, nowMinutes, settings, go, reminderLog }: {
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
  const openEditorNow = useRef(editor);
  openEditorNow.current = editor;
  const [message, setMessage] = useState('');
  const [inventory, setInventory] = useState<InventoryItem[]>([]);
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const [moveError, setMoveError] = useState<{ blockId: string; text: string }>();
  /** The control that opened the editor: Cancel and Escape give focus back to it. */
  const trigger = useRef<HTMLElement | null>(null);
  /**
   * Where focus goes once the screen shows main's answer (the saved 予定, the free time a delete
   * left): run after each render until the element is there, so focus never falls to <body>.
   */
  const focusNext = useRef<((v: DayView) => HTMLElement | null) | null>(null);
  const [, setFocusTick] = useState(0);
  const focusLater = (find: (v: DayView) => HTMLElement | null) => {
    focusNext.current = find;
    setFocusTick((n) => n + 1);
  };
  useEffect(() => {
    const find = focusNext.current;
    if (!find || !view) return;
    const el = find(view);
    if (el) {
      focusNext.current = null;
      el.focus();
    }
  });

  // The 業務の棚卸 list is for the editor only: asked for once the window is idle after start (not in
  // the first frame's work), or when the editor opens before that; here before the editor in practice,
  // so its 「業務の棚卸から」 field does not appear under the user's eyes and push the form down.
  const editorOpened = editor !== null;
  const inventoryAsked = useRef(false);
  useEffect(() => {
    const ask = () => {
      if (inventoryAsked.current) return;
      inventoryAsked.current = true;
      void api.inventoryList().then((r) => r.ok && setInventory((shown) => (shown.length === 0 && r.data.length === 0 ? shown : r.data)));
    };
    if (editorOpened) return ask();
    if (typeof requestIdleCallback !== 'function') return ask();
    const idle = requestIdleCallback(ask, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [api, editorOpened]);
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

  const defaultKind = settings.blockKinds[0] ?? 'focus';
  const emptyBlock = (start: number, end: number): BlockInput => ({ start: hhmm(start), end: hhmm(end), title: '', kind: defaultKind, status: 'planned', note: '', inventoryId: null });

  // A save or delete closes its own editor only: one opened while the answer was on its way stays.
  const closeEditor = (done: (open: EditorTarget) => boolean) => setEditor((open) => (open && done(open) ? null : open));
  const saveBlock = async (id: string | null, block: BlockInput) => {
    const saving = editor;
    const o = await apply(() => api.daySaveBlock({ date, id, block }));
    if (!o.ok) return o.error;
    const answer = o.view ?? view;
    const saved = id ? answer.day.blocks.find((b) => b.id === id) : answer.day.blocks.find((b) => b.start === block.start && b.title === block.title);
    say(saved ? t('day.savedBlock', { title: saved.title, start: clockText(saved.start), end: clockText(saved.end) }) : t('day.saved'));
    // A new 予定 saved: the form stays open for the next one, from the first free time after it
    // (planning a day is a run of adds). An edit, or a day with no free time left: back to the timeline.
    // An editor the user opened while the answer was on its way is theirs: it stays, with the focus.
    if (openEditorNow.current !== saving) return undefined;
    const next = id === null ? nextFree(answer, toMinutes(block.end)) : undefined;
    if (next) {
      setEditor({ id: null, initial: emptyBlock(next.start, next.end) });
      return undefined;
    }
    setEditor(null);
    if (saved) focusLater(() => blockButton(saved.id));
    return undefined;
  };
  const moveBlock = async (b: Block, start: number, end: number) => {
    if (start < 0 || end > 1439) return;
    const { id, focus: _focus, ...rest } = b; // focus statistics are main's, not part of an edit
    const times = { start: hhmm(start), end: hhmm(end) };
    const shown = { ...view, day: { ...day, blocks: day.blocks.map((x) => (x.id === id ? { ...x, ...times } : x)) } };
    const o = await apply(() => api.daySaveBlock({ date, id, block: { ...rest, ...times } }), shown);
    // A refused move is said beside the 予定 that was moved, not in the status line at the top.
    setMoveError(o.ok ? undefined : { blockId: id, text: o.error.message });
    if (o.ok) say(`${clockText(times.start)}${t('reports.range')}${clockText(times.end)} ${b.title}`);
  };
  const deleteBlock = async (b: Block) => {
    const o = await apply(() => api.dayDeleteBlock({ date, id: b.id }));
    if (o.ok) {
      closeEditor((open) => open.id === b.id);
      // Focus goes to the free time the 予定 leaves (its add control), else the next 予定, else 予定を追加.
      const s = toMinutes(b.start);
      focusLater((v) => {
        const free = v.free.find((f) => f.start <= s && s < f.end);
        const after = v.day.blocks.find((x) => toMinutes(x.start) >= s);
        return (free && freeButton(free.start)) ?? (after && blockButton(after.id)) ?? addButton();
      });
    }
    say(o.ok ? t('day.deleted', { title: b.title }) : o.error.message);
  };
  /** For forms that are rebuilt by their own save (the day's hours): focus returns to the same field. */
  const applyKeepingFocus: typeof apply = async (run, shown) => {
    const id = document.activeElement?.id;
    const o = await apply(run, shown);
    if (id) focusLater(() => document.getElementById(id));
    return o;
  };
  const openEditor = (target: EditorTarget) => {
    trigger.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setMoveError(undefined);
    setEditor(target);
  };
  const cancelEditor = () => {
    setEditor(null);
    // The 予定 or free time that opened it, found again if the timeline was made anew meanwhile (it
    // turns draggable when the mouse first comes over it).
    const t = trigger.current;
    focusLater(() => (t?.isConnected ? t : t?.dataset.blockId ? blockButton(t.dataset.blockId) : t?.dataset.freeStart ? freeButton(Number(t.dataset.freeStart)) : null) ?? addButton());
  };
  const newBlockAt = (start: number, end: number) => openEditor({ id: null, initial: emptyBlock(start, end) });
  const editBlock = (b: Block) => {
    const { id, focus: _focus, ...initial } = b;
    openEditor({ id, initial });
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
        {/* Only while the organisation file sets a trial: its code and words come then. */}
        {settings.trial !== null && <TodayTrialLine api={api} today={today} />}
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
        <button type="button" id="add-block" onClick={() => newBlockAt(view.free[0]?.start ?? parseTime(day.hours.start) ?? 540, Math.min((view.free[0]?.start ?? 540) + 60, view.free[0]?.end ?? 600))}>
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
        <Timeline view={view} now={date === today ? nowMinutes : undefined} onMove={moveBlock} onEdit={editBlock} onDelete={deleteBlock} onAddAt={newBlockAt} moveError={moveError} />
        {/* Side column, in reading (and Tab) order: the open editor, the day's hours, the work record (on the first screen of a 1366×768 laptop), the timer, the work style. */}
        <div className="day-side">
          {editor && (
            <BlockEditor target={editor} kinds={settings.blockKinds} inventory={inventory} onSave={saveBlock} onCancel={cancelEditor} onDelete={deleteBlock} />
          )}
          {view.free.length === 0 && <p>{t('day.noFree')}</p>}
          {/* The hours and the work record: a chunk fetched as Today mounts (today-side.tsx). */}
          <TodaySide api={api} view={view} isToday={date === today} apply={apply} applyKeepingFocus={applyKeepingFocus} say={say} timeZone={settings.orgTimeZone} />
          {/* Below the first screen (the timer, the work style, templates, the reminder log): a chunk of its own, shown together once here. */}
          <TodayMore api={api} date={date} isToday={date === today} day={day} nowMinutes={nowMinutes} apply={apply} applyKeepingFocus={applyKeepingFocus} say={say} reminderLog={reminderLog} timeZone={settings.orgTimeZone} />
        </div>
      </div>
    </section>
  );
});

const blockButton = (id: string) => document.querySelector<HTMLElement>(`.blocks [data-block-id="${id.replace(/["\\]/g, '\\$&')}"]`);
const freeButton = (start: number) => document.querySelector<HTMLElement>(`.free-list [data-free-start="${start}"]`);
const addButton = () => document.getElementById('add-block');

/** The first free time that ends after `from`, as a new 予定 of at most an hour starting there. */
function nextFree(v: DayView, from: number): { start: number; end: number } | undefined {
  const f = v.free.find((x) => x.end > from);
  if (!f) return undefined;
  const start = Math.max(f.start, from);
  return { start, end: Math.min(f.end, start + 60) };
}
