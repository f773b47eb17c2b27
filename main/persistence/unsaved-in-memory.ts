/**
 * The reminder log is bookkeeping the scheduler writes on its own (a reminder raised, a catch-up).
 * When the disk refuses it (read-only, full) the scheduler must keep going — raising nothing
 * twice and arming its next timer — so what could not be written is held in memory for this run
 * (the storage notice tells the user that saving fails). A user's own action on the log (完了,
 * snooze) still hears that it was not saved: `refuseIfUnsaved`.
 */
import type { LocalDate } from '../../shared/calendar/local-date.js';
import type { MonthlyRepository } from './monthly-repository.js';
import { StoreAccessError } from '../ports/key-value-store.js';
import type { Logger } from '../ports/logger.js';

export interface UnsavedInMemory<T> {
  repo: MonthlyRepository<T>;
  /** Runs a user's action; if a save inside it was refused, throws that refusal (the result stays in memory). */
  refuseIfUnsaved<R>(action: () => R): R;
}

export function keepUnsavedInMemory<T>(inner: MonthlyRepository<T>, dateOf: (value: T) => LocalDate, logger: Logger): UnsavedInMemory<T> {
  const unsaved = new Map<LocalDate, T>();
  let refused: StoreAccessError | undefined;
  return {
    repo: {
      get: (date) => (unsaved.has(date) ? structuredClone(unsaved.get(date)) : inner.get(date)),
      put(date, value) {
        try {
          inner.put(date, value);
          unsaved.delete(date);
        } catch (error) {
          if (!(error instanceof StoreAccessError)) throw error;
          logger.error('kept in memory only', error);
          unsaved.set(date, structuredClone(value));
          refused = error;
        }
        return value;
      },
      remove(date) {
        inner.remove(date);
        unsaved.delete(date);
      },
      range(from, to) {
        const stored = inner.range(from, to).filter((v) => !unsaved.has(dateOf(v)));
        const held = [...unsaved.values()].filter((v) => dateOf(v) >= from && dateOf(v) <= to);
        return [...stored, ...held].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
      },
    },
    refuseIfUnsaved(action) {
      refused = undefined;
      const result = action();
      const error = refused;
      refused = undefined;
      if (error) throw error;
      return result;
    },
  };
}
