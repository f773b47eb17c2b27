/**
 * What main says is due now and today's reminder log, read from the start and on every
 * reminder:changed; the banner that shows them (reminder-banner.tsx) is a chunk of its own.
 */
import { useEffect, useState } from 'react';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { ReminderEntry } from '../../../shared/reminders/reminder-log.js';

export function useReminders(api: TechoApi, date: string | undefined) {
  const [due, setDue] = useState<ReminderEntry[]>([]);
  const [log, setLog] = useState<ReminderEntry[]>([]);
  const [omitted, setOmitted] = useState(0);
  useEffect(() => {
    if (!date) return;
    const load = () =>
      void api.reminderState({ date }).then((r) => {
        if (!r.ok) return;
        // An answer that says what is already shown (nothing due, the same log) keeps the shown lists,
        // so the window is not drawn again for it (the first answer at start, usually).
        setDue((shown) => (same(shown, r.data.due) ? shown : r.data.due));
        setLog((shown) => (same(shown, r.data.log) ? shown : r.data.log));
        setOmitted(r.data.omitted);
      });
    load();
    return api.on('reminder:changed', (e) => {
      if (e.date === date) load();
    });
  }, [api, date]);
  return { due, log, omitted, setDue, setLog };
}

const same = (a: readonly ReminderEntry[], b: readonly ReminderEntry[]) => a.length === b.length && a.every((x, i) => JSON.stringify(x) === JSON.stringify(b[i]));
