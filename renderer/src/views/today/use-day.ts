/**
 * Loads one date's DayView and keeps it current (other windows, the tray, carry-over into this
 * date). Every change goes through main; a refusal comes back as the typed error, never a throw.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TechoApi } from '../../../../shared/ipc/api.js';
import type { DayView } from '../../../../shared/day/day-view.js';
import type { IpcError, IpcResult } from '../../../../shared/ipc/result.js';

export type Outcome = { ok: true } | { ok: false; error: IpcError };

export function useDay(api: TechoApi, date: string) {
  const [view, setView] = useState<DayView>();
  const [loadError, setLoadError] = useState<string>();

  const reload = useCallback(() => {
    void api.dayGet({ date }).then((r) => (r.ok ? (setView(r.data), setLoadError(undefined)) : setLoadError(r.error.message)));
  }, [api, date]);

  useEffect(() => {
    setView(undefined);
    reload();
    return api.on('day:changed', (e) => {
      if (e.date === date) reload();
    });
  }, [api, date, reload]);

  /** Runs a change; on success the answer (the new DayView) replaces the shown one. */
  const apply = useCallback(async (run: () => Promise<IpcResult<DayView>>): Promise<Outcome> => {
    const r = await run();
    if (!r.ok) return { ok: false, error: r.error };
    setView(r.data);
    return { ok: true };
  }, []);

  // Right after the date changes (and while an older answer may still arrive) the held view is of
  // another day: showing it would let a click or a selection land on a form about to be replaced.
  return { view: view?.day.date === date ? view : undefined, loadError, apply, reload };
}
