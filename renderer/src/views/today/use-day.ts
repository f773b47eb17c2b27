/**
 * Loads one date's DayView and keeps it current (other windows, the tray, carry-over into this
 * date). Every change goes through main; a refusal comes back as the typed error, never a throw.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { DayView } from '../../../../shared/day/day-view.js';
import type { IpcError, IpcResult } from '../../../../shared/ipc/result.js';
import { peekStart } from '../../api/early-start.js';

/** `view` is main's answer to this change (what the screen shows once the latest answer is in). */
export type Outcome = { ok: true; view?: DayView } | { ok: false; error: IpcError };

export function useDay(api: TechoApi, date: string) {
  const [view, setView] = useState<DayView | undefined>(() => peekStart('dayGet', { date }));
  const [loadError, setLoadError] = useState<string>();
  /** Changes asked for and not yet answered, the number of the latest, and whether the screen shows something main has not confirmed. */
  const inFlight = useRef(0);
  const latest = useRef(0);
  const unconfirmed = useRef(false);

  const reload = useCallback(() => {
    void api.dayGet({ date }).then((r) => {
      if (!r.ok) return setLoadError(r.error.message);
      // While a change of this day is on its way, its answer is newer than this read, which would undo it for a moment.
      setView((shown) => (inFlight.current > 0 && shown?.day.date === date ? shown : r.data));
      setLoadError(undefined);
    });
  }, [api, date]);

  useEffect(() => {
    // Another date: nothing of the last one stays on screen (a view carried by the page for this date stays).
    setView((shown) => (shown?.day.date === date ? shown : undefined));
    reload();
    return api.on('day:changed', (e) => {
      if (e.date === date) reload();
    });
  }, [api, date, reload]);

  /**
   * Runs a change; on success the answer (the new DayView) replaces the shown one. `shown` is put on
   * screen at once (a block moved by a held arrow key): the next key press must start from where
   * the block now is, not from where it was before an answer still on its way. Only the answer to
   * the latest change is shown, so an earlier answer cannot move the block back for a moment.
   */
  const apply = useCallback(
    async (run: () => Promise<IpcResult<DayView>>, shown?: DayView): Promise<Outcome> => {
      const mine = ++latest.current;
      inFlight.current++;
      if (shown) {
        unconfirmed.current = true;
        setView(shown);
      }
      const r = await run().finally(() => inFlight.current--);
      if (mine !== latest.current) {
        unconfirmed.current = true; // the latest change's answer will show the truth
      } else if (r.ok) {
        unconfirmed.current = false;
        setView(r.data);
      } else if (unconfirmed.current) {
        unconfirmed.current = false;
        reload(); // what is on screen was never accepted: ask main what is true
      }
      return r.ok ? { ok: true, view: r.data } : { ok: false, error: r.error };
    },
    [reload],
  );

  // Right after the date changes (and while an older answer may still arrive) the held view is of
  // another day: showing it would let a click or a selection land on a form about to be replaced.
  return { view: view?.day.date === date ? view : undefined, loadError, apply, reload };
}
