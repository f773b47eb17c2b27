/**
 * The day plan and the work record. Every change builds the whole next day, validates it with the
 * same zod schema the file is checked with, and only then stores it: a refused edit leaves the
 * stored day exactly as it was. The last changes of each day can be undone (kept in memory).
 */
import type { CalendarService } from './calendar-service.js';
import type { InventoryLookup } from './inventory-service.js';
import type { SettingsService } from './settings-service.js';
import { type LocalDate, addDays, localDateOf, localMinutesOf, weekday } from '../../shared/calendar/local-date.js';
import { freeSpans, formatRecordMinutes, recordMetrics } from '../../shared/day/day-metrics.js';
import {
  type Block,
  type FocusStats,
  type BlockInput,
  type Day,
  type InterruptionInput,
  type SentReport,
  type WorkStyle,
  daySchema,
  emptyFocus,
  emptyRecord,
  findOverlap,
  sortBlocks,
} from '../../shared/day/day-schema.js';
import type { DayView, PlanWarning } from '../../shared/day/day-view.js';
import { type FocusOutcome, TO_CARRY } from '../../shared/lists/block-statuses.js';
import { INTERRUPTION_KINDS } from '../../shared/lists/interruption-kinds.js';
import type { RecordTime } from '../../shared/lists/record-times.js';
import { issueRef } from '../../shared/ipc/validation-messages.js';
import { fromMinutes, toMinutes } from '../../shared/time/clock-time.js';
import type { EventBus } from '../ports/event-bus.js';
import { type MessageRef, UserError } from './user-error.js';
import type { DayRepository } from '../persistence/day-repository.js';
import type { Clock } from '../ports/clock.js';
import type { NewId } from '../ports/ids.js';

const UNDO_DEPTH = 20;

export interface DayServiceDeps {
  days: DayRepository;
  calendar: CalendarService;
  settings: SettingsService;
  inventory: InventoryLookup;
  clock: Clock;
  newId: NewId;
  bus: EventBus;
}

/**
 * Where a problem in the next state of the day lands in the request that made it: the full path in
 * that channel's input ("block.end", "hours.end", "note"), or undefined when the request has no
 * such field (the refusal then says it in its message alone).
 */
type InputPathOf = (dayPath: readonly PropertyKey[], next: Day) => string | undefined;

/** Paths under `part` of the day are the same paths in the input ("hours.end" → "hours.end"). */
const samePath =
  (part: 'hours' | 'workStyle'): InputPathOf =>
  (path) =>
    path[0] === part ? path.join('.') : undefined;

/** A field of block `id` is `<prefix>.<field>` in the input ("block.end"), or `field` alone with no prefix. */
const blockPath =
  (id: string, prefix?: string, only?: keyof Block): InputPathOf =>
  (path, next) => {
    if (path[0] !== 'blocks' || next.blocks[Number(path[1])]?.id !== id || path.length < 3) return undefined;
    if (only && path[2] !== only) return undefined;
    return [...(prefix ? [prefix] : []), ...path.slice(2)].join('.');
  };

export type DayService = ReturnType<typeof createDayService>;

/** The block an edit names is no longer in the day (deleted in another window, or by undo). */
export class BlockGoneError extends UserError {
  constructor() {
    super('invalid_input', 'day.blockGone');
  }
}

export function createDayService(deps: DayServiceDeps) {
  const undo = new Map<LocalDate, (Day | undefined)[]>();

  /** The plan a date starts with before anything is saved: settings hours, breaks as 休憩 blocks. */
  const defaultDay = (date: LocalDate): Day => {
    const s = deps.settings.get();
    const info = deps.calendar.info(date);
    const telework = !info.isHoliday && s.teleworkWeekdays.includes(weekday(date));
    const place = telework ? 'home' : 'office';
    return {
      date,
      hours: { start: s.workHours.start, end: s.workHours.end },
      workStyle: { am: place, pm: place, satelliteOffice: '' },
      blocks: info.isHoliday
        ? []
        : s.workHours.breaks.map((b, i) => ({
            id: `break-${i + 1}`,
            start: b.start,
            end: b.end,
            title: s.language === 'en' ? 'Break' : '休憩',
            kind: 'break' as const,
            status: 'planned' as const,
            note: '',
            inventoryId: null,
            focus: emptyFocus(),
          })),
      record: emptyRecord(),
      reports: [],
    };
  };

  const load = (date: LocalDate): { day: Day; stored: boolean } => {
    const stored = deps.days.get(date);
    return stored ? { day: stored, stored: true } : { day: defaultDay(date), stored: false };
  };

  const warningsFor = (day: Day, telework: boolean): PlanWarning[] => {
    if (!telework) return [];
    return day.blocks.flatMap((b) => {
      const task = b.inventoryId ? deps.inventory.find(b.inventoryId) : undefined;
      if (!task || task.telework === 'yes') return [];
      return [{ blockId: b.id, code: task.telework === 'no' ? 'notTeleworkable' : 'partlyTeleworkable', reason: task.reason ?? 'other' } satisfies PlanWarning];
    });
  };

  /** Now, as minutes since `date`'s midnight (an open 中抜け counts up to it); undefined for a later date. */
  const minuteNowOf = (date: LocalDate): number | undefined => {
    const now = deps.clock.now();
    const today = localDateOf(now);
    if (date === today) return localMinutesOf(now);
    if (date === addDays(today, -1)) return 1440 + localMinutesOf(now);
    return date < today ? 1440 : undefined;
  };

  const view = (date: LocalDate): DayView => {
    const { day, stored } = load(date);
    const info = deps.calendar.info(date);
    const telework = day.workStyle.am !== 'office' || day.workStyle.pm !== 'office';
    return {
      day,
      stored,
      info,
      telework,
      free: freeSpans(day),
      metrics: recordMetrics(day, info.isHoliday, minuteNowOf(date)),
      warnings: warningsFor(day, telework),
      canUndo: (undo.get(date)?.length ?? 0) > 0,
    };
  };

  /** Validates and stores the next state of a day, remembering the previous one for undo. */
  /**
   * `undoable: false` for the work record, sent reports and focus statistics: those are facts with
   * their own history (corrections), which 元に戻す must never rewrite.
   */
  const commit = (date: LocalDate, change: (day: Day) => Day, options: { editedId?: string; undoable?: boolean; inputPath?: InputPathOf } = {}): DayView => {
    const editedId = options.editedId;
    const { day, stored } = load(date);
    const next = change(structuredClone(day));
    next.blocks = sortBlocks(next.blocks);
    const fieldsAt = (problems: [path: readonly PropertyKey[], message: MessageRef][]) => {
      const fields: Record<string, MessageRef> = {};
      for (const [path, message] of problems) {
        const at = options.inputPath?.(path, next);
        if (at) fields[at] ??= message;
      }
      return Object.keys(fields).length > 0 ? fields : undefined;
    };
    const overlap = findOverlap(next.blocks);
    if (overlap) {
      // Name the block the edited one runs into, not the edited one itself.
      const [a, b] = overlap.map((i) => next.blocks[i]!) as [Block, Block];
      const other = a.id === editedId ? b : a;
      const edited = next.blocks.indexOf(other === a ? b : a);
      const msg: MessageRef = ['day.overlap', { title: other.title, start: other.start, end: other.end }];
      throw new UserError('invalid_input', msg, fieldsAt([[['blocks', edited, 'start'], msg], [['blocks', edited, 'end'], msg]]));
    }
    const parsed = daySchema.safeParse(next);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue): [PropertyKey[], MessageRef] => [issue.path, issueRef(issue)]);
      throw new UserError('invalid_input', 'errors.invalid_input', fieldsAt(problems));
    }
    // Stored first: a save the disk refuses must not leave an undo step for a change never made.
    deps.days.put(parsed.data);
    if (options.undoable !== false) {
      const stack = undo.get(date) ?? [];
      stack.push(stored ? day : undefined);
      if (stack.length > UNDO_DEPTH) stack.shift();
      undo.set(date, stack);
    }
    deps.bus.emit('day:changed', { date });
    return view(date);
  };

  /** Changes to facts (the record, sent reports, focus minutes): validated and stored, not undoable. */
  const commitFact = (date: LocalDate, change: (day: Day) => Day) => commit(date, change, { undoable: false });

  const findBlock = (day: Day, id: string): Block => {
    const block = day.blocks.find((b) => b.id === id);
    if (!block) throw new BlockGoneError();
    return block;
  };

  const correction = (field: RecordTime | 'interruption', before: string | null, after: string | null, reason: string) => ({
    at: new Date(deps.clock.now()).toISOString(),
    field,
    before,
    after,
    reason,
  });

  const describeInterruption = (i: { start: number; end: number | null }) =>
    `${formatRecordMinutes(i.start)}-${i.end === null ? '' : formatRecordMinutes(i.end)}`;

  /** Sets 始業 or 終業; `timeAt` is where the time is in the request ("minutes"), if it has one. */
  const recordTime = (date: LocalDate, field: RecordTime, minutes: number | null, reason: string, timeAt: string | undefined): DayView =>
    commitFact(date, (day) => {
      const old = day.record[field];
      if (old === minutes) return day;
      if (old !== null) {
        if (reason.trim() === '') throw new UserError('invalid_input', 'day.reasonRequired', { reason: 'day.reasonRequired' });
        day.record.corrections.push(correction(field, formatRecordMinutes(old), minutes === null ? null : formatRecordMinutes(minutes), reason.trim()));
      }
      day.record[field] = minutes;
      if (day.record.start !== null && day.record.end !== null && day.record.end <= day.record.start) {
        throw new UserError('invalid_input', 'day.recordEndBeforeStart', timeAt ? { [timeAt]: 'day.recordEndBeforeStart' } : undefined);
      }
      return day;
    });

  return {
    get: view,
    saveBlock(date: LocalDate, id: string | null, input: BlockInput): DayView {
      const newId = id ?? deps.newId();
      return commit(
        date,
        (day) => {
          if (id === null) day.blocks.push({ ...input, id: newId, focus: emptyFocus() });
          else Object.assign(findBlock(day, id), input);
          return day;
        },
        { editedId: newId, inputPath: blockPath(newId, 'block') },
      );
    },
    deleteBlock(date: LocalDate, id: string): DayView {
      return commit(date, (day) => {
        findBlock(day, id);
        day.blocks = day.blocks.filter((b) => b.id !== id);
        return day;
      });
    },
    setHours(date: LocalDate, hours: Day['hours']): DayView {
      return commit(date, (day) => ({ ...day, hours }), { inputPath: samePath('hours') });
    },
    setWorkStyle(date: LocalDate, workStyle: WorkStyle): DayView {
      return commit(date, (day) => ({ ...day, workStyle }), { inputPath: samePath('workStyle') });
    },
    /** Replaces the whole plan (used by templates and carry-over). */
    replaceBlocks(date: LocalDate, blocks: Block[], hours?: Day['hours']): DayView {
      return commit(date, (day) => ({ ...day, blocks, hours: hours ?? day.hours }));
    },
    undo(date: LocalDate): DayView {
      const stack = undo.get(date);
      if (!stack || stack.length === 0) throw new UserError('invalid_input', 'day.nothingToUndo');
      const previous = stack[stack.length - 1];
      const current = deps.days.get(date);
      // Only the plan goes back: the work record, sent reports and focus minutes stay as they are.
      const base = previous ?? defaultDay(date);
      const focusOf = new Map(current?.blocks.map((b) => [b.id, b.focus]) ?? []);
      const restored: Day = {
        ...base,
        blocks: base.blocks.map((b) => ({ ...b, focus: focusOf.get(b.id) ?? b.focus })),
        record: current?.record ?? base.record,
        reports: current?.reports ?? base.reports,
      };
      const nothingRecorded = restored.reports.length === 0 && JSON.stringify(restored.record) === JSON.stringify(emptyRecord());
      if (!previous && nothingRecorded) deps.days.remove(date); // undoing the day's first save
      else deps.days.put(restored);
      stack.pop(); // only once stored: a refused save keeps the step to undo
      deps.bus.emit('day:changed', { date });
      return view(date);
    },
    /** 始業 / 終業 now, from the clock. A second press is a correction and needs a reason. */
    clockNow(date: LocalDate, field: RecordTime, reason: string): DayView {
      const now = deps.clock.now();
      const today = localDateOf(now);
      let minutes = localMinutesOf(now);
      // 終業 after midnight belongs to the day that started the work; nothing else can be "now".
      if (date === addDays(today, -1) && field === 'end') minutes += 1440;
      else if (date !== today) throw new UserError('invalid_input', 'day.clockNotToday');
      // The request names no time (main's clock gave it): a refusal has no field to point at.
      return recordTime(date, field, minutes, reason, undefined);
    },
    setRecordTime(date: LocalDate, field: RecordTime, minutes: number | null, reason: string): DayView {
      return recordTime(date, field, minutes, reason, 'minutes');
    },
    saveInterruption(date: LocalDate, input: InterruptionInput, reason: string): DayView {
      // The contract already refused an end before the start (interruptionInputSchema).
      return commitFact(date, (day) => {
        if (input.id === null) {
          day.record.interruptions.push({ ...input, id: deps.newId() });
        } else {
          const existing = day.record.interruptions.find((i) => i.id === input.id);
          if (!existing) throw new UserError('invalid_input', 'day.blockGone');
          const wasComplete = existing.end !== null;
          if (wasComplete) {
            if (reason.trim() === '') throw new UserError('invalid_input', 'day.reasonRequired', { reason: 'day.reasonRequired' });
            day.record.corrections.push(correction('interruption', describeInterruption(existing), describeInterruption(input), reason.trim()));
          }
          Object.assign(existing, { ...input, id: existing.id });
        }
        day.record.interruptions.sort((a, b) => a.start - b.start);
        return day;
      });
    },
    deleteInterruption(date: LocalDate, id: string, reason: string): DayView {
      return commitFact(date, (day) => {
        const existing = day.record.interruptions.find((i) => i.id === id);
        if (!existing) throw new UserError('invalid_input', 'day.blockGone');
        if (reason.trim() === '') throw new UserError('invalid_input', 'day.reasonRequired', { reason: 'day.reasonRequired' });
        day.record.corrections.push(correction('interruption', describeInterruption(existing), null, reason.trim()));
        day.record.interruptions = day.record.interruptions.filter((i) => i.id !== id);
        return day;
      });
    },
    /** Adds a finished focus session's minutes and interruptions to its block. */
    addFocus(date: LocalDate, blockId: string, minutes: number, interruptions: FocusStats['interruptions']): DayView {
      return commitFact(date, (day) => {
        const b = findBlock(day, blockId);
        const counts = Object.fromEntries(INTERRUPTION_KINDS.map((k) => [k, b.focus.interruptions[k] + interruptions[k]]));
        b.focus = { minutes: b.focus.minutes + minutes, sessions: b.focus.sessions + 1, interruptions: counts as FocusStats['interruptions'] };
        return day;
      });
    },
    /** 完了 or 継続 after a focus session, with the result note added to the block's note. */
    setBlockOutcome(date: LocalDate, blockId: string, status: FocusOutcome, note: string): DayView {
      return commit(
        date,
        (day) => {
          const b = findBlock(day, blockId);
          b.status = status;
          if (note.trim()) b.note = b.note ? `${b.note}\n${note.trim()}` : note.trim();
          return day;
        },
        // The result note is added to the block's own: too long together, the message goes beside the result note.
        { inputPath: blockPath(blockId, undefined, 'note') },
      );
    },
    addReport(date: LocalDate, report: SentReport): DayView {
      return commitFact(date, (day) => ({ ...day, reports: [...day.reports, report] }));
    },
    setPermission(date: LocalDate, permissionRef: string): DayView {
      return commitFact(date, (day) => {
        day.record.permissionRef = permissionRef;
        return day;
      });
    },
    /**
     * Moves the blocks marked 未完了 or 繰越し (or exactly the ones named, e.g. by the end-of-day
     * review) to the next working day: each keeps its time if that is free there, else takes the
     * first free gap that fits, else stays behind as it is. Each moved block is marked 繰越済み on
     * this day. A block already copied there (the day undone after a carry-over) is not copied twice.
     */
    carryOver(date: LocalDate, blockIds?: readonly string[]): { from: DayView; to: DayView; moved: number; notPlaced: number } {
      const target = deps.calendar.nextWorkday(date);
      const source = load(date).day;
      const unfinished = blockIds
        ? blockIds.map((id) => findBlock(source, id)).filter((b) => b.kind !== 'break' && b.status !== 'carried')
        : source.blocks.filter((b) => b.kind !== 'break' && TO_CARRY.includes(b.status));
      if (unfinished.length === 0) throw new UserError('invalid_input', 'day.nothingToCarry');
      const placed: Block[] = [];
      const carried = new Set<string>();
      const targetDay = load(target).day;
      for (const b of unfinished) {
        // Already carried (e.g. the source day was undone after a carry-over): not a second copy.
        if (targetDay.blocks.some((x) => x.title === b.title && x.kind === b.kind && x.status !== 'cancelled')) {
          carried.add(b.id);
          continue;
        }
        const taken = [...targetDay.blocks, ...placed];
        const length = toMinutes(b.end) - toMinutes(b.start);
        const fits = (start: number) => {
          const end = start + length;
          return end < 1440 && !taken.some((t) => start < toMinutes(t.end) && toMinutes(t.start) < end);
        };
        const start = fits(toMinutes(b.start))
          ? toMinutes(b.start)
          : freeSpans({ hours: targetDay.hours, blocks: taken }).find((s) => s.end - s.start >= length)?.start;
        if (start === undefined) continue; // no room: it stays as marked on the source day, and is counted
        placed.push({ ...b, id: deps.newId(), start: fromMinutes(start), end: fromMinutes(start + length), status: 'planned', focus: emptyFocus() });
        carried.add(b.id);
      }
      const notPlaced = unfinished.filter((b) => !carried.has(b.id)).length;
      const to = placed.length > 0 ? commit(target, (day) => ({ ...day, blocks: [...day.blocks, ...placed] })) : view(target);
      const from = commit(date, (day) => {
        for (const b of day.blocks) if (carried.has(b.id)) b.status = 'carried';
        return day;
      });
      return { from, to, moved: placed.length, notPlaced };
    },
  };
}
