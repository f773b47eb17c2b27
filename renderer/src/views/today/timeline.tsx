/**
 * The day as a timeline: work hours, hour lines, a now-line, the blocks and the free gaps
 * (空き時間). Mouse: drag a block to move it, drag its bottom grip to change its end, click an
 * empty place to add a block there — all snapped to 5 minutes (dnd-kit). Keyboard: each block is
 * a button; ↑/↓ move it by 5 minutes, Shift+↑/↓ change its end, Enter edits, Delete removes.
 *
 * dnd-kit is not in the start-up bundle (dnd.ts): until it has arrived the timeline is the same
 * DOM without drag handlers. It is fetched when a pointer first comes over the timeline (a mouse on
 * its way to a 予定), never for someone who plans by keyboard alone; a pointer-down before it is
 * here (a touch, a quick click) fetches it too and, if the button is still held when it is here,
 * is given again to the same place, so the first drag is not lost.
 */
import type { useDraggable } from '@dnd-kit/core';
import { type ComponentType, type KeyboardEvent, type MouseEvent, type PointerEvent as ReactPointerEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import type { Block } from '../../../../shared/day/day-schema.js';
import type { DayView } from '../../../../shared/day/day-view.js';
import { toMinutes } from '../../../../shared/time/clock-time.js';
import { clockText, durationIn, hhmm } from '../../format.js';

/** Pixels per minute: 5 minutes = 8 px, a 9-hour day ≈ 860 px. */
export const PX_PER_MINUTE = 1.6;
export const STEP = 5;

type Dnd = typeof import('./dnd.js');
let dndLoaded: Dnd | undefined;
let dndLoading: Promise<Dnd> | undefined;
/** dnd-kit, fetched once. */
const loadDnd = () =>
  (dndLoading ??= import('./dnd.js').then(
    (m) => (dndLoaded = m),
    (e: unknown) => ((dndLoading = undefined), Promise.reject(e)),
  ));

export interface TimelineProps {
  view: DayView;
  /** Minutes since midnight when the shown date is today, else undefined. */
  now: number | undefined;
  onMove: (block: Block, start: number, end: number) => void;
  onEdit: (block: Block) => void;
  onDelete: (block: Block) => void;
  onAddAt: (start: number, end: number) => void;
  /** A refused move, shown beside the 予定 that was moved. */
  moveError?: { blockId: string; text: string } | undefined;
}

/** A selector that finds a 予定 or free-time button (the focused one, a pressed one) again once the timeline is made anew. */
function controlSelector(el: Element | null): string | null {
  const button = el?.closest<HTMLElement>('[data-block-id], [data-free-start]');
  if (button?.dataset.blockId) return `[data-block-id="${quoted(button.dataset.blockId)}"]`;
  if (button?.dataset.freeStart) return `[data-free-start="${quoted(button.dataset.freeStart)}"]`;
  return null;
}
/** A value inside a quoted attribute selector (no CSS.escape: not in every DOM the tests use). */
const quoted = (value: string) => value.replace(/["\\]/g, '\\$&');
const focusedControl = () => controlSelector(document.activeElement);
/** How far a press may move and still be a click (dnd-kit starts a drag from 4 px). */
const CLICK_SLOP_PX = 4;

export function Timeline(props: TimelineProps) {
  const [dnd, setDnd] = useState(dndLoaded);
  /** A pointer-down that arrived before dnd-kit: where, and whether the button is still held. */
  const early = useRef<{ x: number; y: number; pointerId: number; held: boolean }>(undefined);
  /**
   * The focused control of the timeline (a 予定, a free time) when it turns draggable, as a selector:
   * its buttons are made anew then, which may be in the middle of the day's work (the mouse came over
   * the timeline), and the focus must stay where the keyboard left it.
   */
  const focused = useRef<string | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (dnd) return;
    let live = true;
    const arrive = (m: Dnd) => {
      if (!live) return;
      focused.current = focusedControl();
      setDnd(m);
    };
    const fetchOnHover = () => void loadDnd().then(arrive, () => undefined);
    const wrap = wrapRef.current;
    wrap?.addEventListener('pointerover', fetchOnHover, { once: true });
    const up = (e: PointerEvent) => {
      if (early.current && e.pointerId === early.current.pointerId) early.current.held = false;
    };
    window.addEventListener('pointerup', up, true);
    window.addEventListener('pointercancel', up, true);
    return () => {
      live = false;
      wrap?.removeEventListener('pointerover', fetchOnHover);
      window.removeEventListener('pointerup', up, true);
      window.removeEventListener('pointercancel', up, true);
    };
  }, [dnd]);

  useLayoutEffect(() => {
    if (!dnd) return;
    // The same control, so the page does not scroll to it (the user may have scrolled away from it);
    // only if the focus went with the old one: it may have moved on since dnd-kit arrived (an editor
    // that mounted meanwhile took it), and that is where the user is now.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focused.current && lost) document.querySelector<HTMLElement>(focused.current)?.focus({ preventScroll: true });
    focused.current = null;
    const e = early.current;
    early.current = undefined;
    // The press that fetched dnd-kit, given again where it happened (dnd-kit then follows the moves).
    if (e?.held) document.elementFromPoint(e.x, e.y)?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true, clientX: e.x, clientY: e.y, pointerId: e.pointerId, isPrimary: true, button: 0, buttons: 1, pointerType: 'mouse' }));
  }, [dnd]);

  const onPointerDownCapture = (e: ReactPointerEvent) => {
    if (dnd || !e.isPrimary || e.button !== 0) return;
    early.current = { x: e.clientX, y: e.clientY, pointerId: e.pointerId, held: true };
    // A click (a tap) during which the timeline is made anew would be lost: pressed on the old button,
    // released on the new one. Then it is given to the new button, as the user meant it.
    const pressed = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-block-id], [data-free-start]') : null;
    const again = controlSelector(pressed);
    if (pressed && again) {
      const { clientX: x, clientY: y, pointerId } = e;
      const release = (up: PointerEvent) => {
        if (up.pointerId !== pointerId) return;
        window.removeEventListener('pointerup', release, true);
        window.removeEventListener('pointercancel', release, true);
        if (up.type !== 'pointerup' || pressed.isConnected || Math.hypot(up.clientX - x, up.clientY - y) >= CLICK_SLOP_PX) return;
        document.querySelector<HTMLElement>(again)?.click();
      };
      window.addEventListener('pointerup', release, true);
      window.addEventListener('pointercancel', release, true);
    }
    void loadDnd().then((m) => {
      focused.current = focusedControl();
      setDnd(m);
    });
  };

  return (
    <div className="timeline-wrap" ref={wrapRef} onPointerDownCapture={onPointerDownCapture}>
      <TimelineBody {...props} dnd={dnd} />
    </div>
  );
}

function TimelineBody({ dnd, ...props }: TimelineProps & { dnd: Dnd | undefined }) {
  return dnd ? <dnd.DraggableTimeline {...props} /> : <TimelineContent {...props} />;
}

/** The timeline itself; each 予定 an `Item` (a draggable one once dnd-kit is here: draggable-timeline.tsx). */
export function TimelineContent({
  view,
  now,
  onMove,
  onEdit,
  onDelete,
  onAddAt,
  moveError,
  justDragged = NOT_DRAGGED,
  Item = BlockItem,
}: TimelineProps & { justDragged?: { current: boolean }; Item?: ComponentType<BlockItemProps> }) {
  const { t, i18n } = useTranslation();
  const { day } = view;
  const hoursStart = toMinutes(day.hours.start);
  const hoursEnd = toMinutes(day.hours.end);
  const starts = day.blocks.map((b) => toMinutes(b.start));
  const ends = day.blocks.map((b) => toMinutes(b.end));
  const from = Math.floor(Math.min(hoursStart, ...starts) / 60) * 60;
  const to = Math.min(1440, Math.ceil(Math.max(hoursEnd, ...ends) / 60) * 60);
  const y = (minutes: number) => (minutes - from) * PX_PER_MINUTE;

  const addAtPointer = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || justDragged.current) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const minute = from + Math.floor((e.clientY - rect.top) / PX_PER_MINUTE / STEP) * STEP;
    const nextStart = Math.min(to, ...starts.filter((s) => s > minute));
    onAddAt(minute, Math.min(minute + 60, nextStart, 1439));
  };

  const hours = [];
  for (let h = from; h <= to; h += 60) hours.push(h);

  return (
    <>
      <p id="timeline-help" className="hint">
        {t('day.timelineHelp')}
      </p>
      <div className="timeline" style={{ height: y(to) + 1 }} onClick={addAtPointer} data-testid="timeline">
        <div className="work-hours" style={{ top: y(hoursStart), height: y(hoursEnd) - y(hoursStart) }} aria-hidden="true" />
        {hours.map((h) => (
          <div key={h} className="hour-line" style={{ top: y(h) }} aria-hidden="true">
            <span>{hhmm(Math.min(h, 1439)).replace(/^0/, '')}</span>
          </div>
        ))}
        {now !== undefined && now >= from && now <= to && (
          <div className="now-line" style={{ top: y(now) }} role="note" aria-label={t('day.now', { time: clockText(hhmm(now)) })} />
        )}
        <ol className="blocks" aria-label={t('day.blocks')} aria-describedby="timeline-help">
          {day.blocks.map((b) => {
            const item = { block: b, top: y(toMinutes(b.start)), justDragged, warned: view.warnings.some((w) => w.blockId === b.id), onMove, onEdit, onDelete };
            return <Item key={b.id} {...item} />;
          })}
        </ol>
        {moveError && <MoveError error={moveError} top={(() => {
          const b = day.blocks.find((x) => x.id === moveError.blockId);
          return b ? y(toMinutes(b.end)) + 4 : 0;
        })()} />}
        <ul className="free-list" aria-label={t('day.freeList')}>
          {view.free.map((f) => (
            <li key={f.start} style={{ top: y(f.start), height: y(f.end) - y(f.start) }}>
              <button type="button" className="free-slot" data-free-start={f.start} onClick={() => onAddAt(f.start, Math.min(f.end, f.start + 60))}>
                {t('day.free', { start: clockText(hhmm(f.start)), end: clockText(hhmm(f.end)), duration: durationIn(i18n.language)(f.end - f.start) })}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** Refused moves already said: the timeline made anew (dnd-kit arriving) shows one again without saying it again. */
const announced = new WeakSet<object>();

/** A refused move, said once (role="alert") right under the 予定 that was moved. */
function MoveError({ error, top }: { error: NonNullable<TimelineProps['moveError']>; top: number }) {
  const [said] = useState(() => announced.has(error));
  useEffect(() => void announced.add(error), [error]);
  return (
    <p role={said ? undefined : 'alert'} className="error-text timeline-error" style={{ top }}>
      {error.text}
    </p>
  );
}

const NOT_DRAGGED = { current: false };
/** Before dnd-kit has arrived: no handlers, no transform. */
const NO_DRAG: Drag = { setNodeRef: () => undefined, listeners: undefined, transform: null };
export type BlockItemProps = {
  block: Block;
  top: number;
  warned: boolean;
  justDragged: { current: boolean };
  onMove: TimelineProps['onMove'];
  onEdit: TimelineProps['onEdit'];
  onDelete: TimelineProps['onDelete'];
};
export type Drag = Pick<ReturnType<typeof useDraggable>, 'setNodeRef' | 'listeners' | 'transform'>;

export function BlockItem({ block, top, warned, justDragged, onMove, onEdit, onDelete, move = NO_DRAG, resize = NO_DRAG }: BlockItemProps & { move?: Drag; resize?: Drag }) {
  const { t } = useTranslation();
  const s = toMinutes(block.start);
  const e = toMinutes(block.end);
  const dy = move.transform?.y ?? 0;
  const dh = resize.transform?.y ?? 0;
  const height = Math.max(STEP * PX_PER_MINUTE, (e - s) * PX_PER_MINUTE + dh);

  const onKeyDown = (ev: KeyboardEvent<HTMLButtonElement>) => {
    const step = ev.key === 'ArrowUp' ? -STEP : ev.key === 'ArrowDown' ? STEP : 0;
    if (step !== 0) {
      ev.preventDefault();
      if (ev.shiftKey) onMove(block, s, Math.max(s + STEP, e + step));
      else onMove(block, s + step, e + step);
    } else if (ev.key === 'Delete' || ev.key === 'Backspace') {
      ev.preventDefault();
      onDelete(block);
    }
  };

  return (
    // Short blocks (≤ 30 min) show one line: time and title; kind and status stay in the label.
    <li className={`block kind-${block.kind} status-${block.status}${warned ? ' warned' : ''}${e - s <= 30 ? ' short' : ''}`} style={{ top: top + dy, height }}>
      <button
        type="button"
        ref={move.setNodeRef}
        {...move.listeners}
        className="block-body"
        data-block-id={block.id}
        onKeyDown={onKeyDown}
        onClick={() => {
          if (!justDragged.current) onEdit(block);
        }}
        aria-label={t('day.blockLabel', { start: clockText(block.start), end: clockText(block.end), title: block.title, kind: t(`kinds.${block.kind}`), status: t(`statuses.${block.status}`) })}
      >
        <span className="block-time">
          {clockText(block.start)}
          {t('reports.range')}
          {clockText(block.end)}
        </span>{' '}
        <span className="block-title">{block.title}</span>
        {/* Beside the title, so a short block (meta hidden) still shows it, not by colour alone. */}
        {warned && <span className="block-warn">⚠</span>}
        <span className="block-meta">
          {t(`kinds.${block.kind}`)}
          {t('app.metaSeparator')}
          {t(`statuses.${block.status}`)}
          {block.focus.sessions > 0 && `${t('app.metaSeparator')}${t('day.focusOnBlock', { minutes: block.focus.minutes, count: Object.values(block.focus.interruptions).reduce((a, b) => a + b, 0) })}`}
        </span>
      </button>
      <div ref={resize.setNodeRef} {...resize.listeners} className="resize-grip" aria-hidden="true" data-testid={`resize-${block.id}`} />
    </li>
  );
}
