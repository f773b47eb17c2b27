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
        setDue(r.data.due);
        setLog(r.data.log);
        setOmitted(r.data.omitted);
      });
    load();
    return api.on('reminder:changed', (e) => {
      if (e.date === date) load();
    });
  }, [api, date]);
  return { due, log, omitted, setDue, setLog };
}
