/**
 * A data folder holding N months of history up to TODAY, written by the generator, and the
 * whole-history read through the real day repository. Shared by the persistence bench and the
 * memory child (which must not load anything but the app).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConfStoreFactory } from '../../main/adapters/conf-key-value-store.js';
import { createDayRepository } from '../../main/persistence/day-repository.js';
import { createStorageNotices } from '../../main/persistence/storage-notices.js';
import type { Clock } from '../../main/ports/clock.js';
import { type LocalDate, addDays } from '../../shared/calendar/local-date.js';
import type { Day } from '../../shared/day/day-schema.js';
import { checkGeneratedMonth, generateMonths, monthsBefore, writeMonths } from './history-generator.js';

export const TODAY: LocalDate = '2026-11-25';
export const clock: Clock = { now: () => Date.parse(`${TODAY}T09:00:00+09:00`) };

export interface Scenario {
  label: string;
  months: number;
  dir: string;
  from: LocalDate;
  daysStored: number;
  files: number;
  bytes: number;
}

export function buildScenario(label: string, months: number): Scenario {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `techo-bench-${months}m-`));
  const from = addDays(monthsBefore(TODAY, months), 1);
  const generated = generateMonths(from, TODAY);
  const current = generated.get(TODAY.slice(0, 7));
  if (!current) throw new Error('today was not generated');
  checkGeneratedMonth(current); // the generator must write what the app accepts
  const bytes = writeMonths(dir, generated);
  const daysStored = [...generated.values()].reduce((sum, m) => sum + Object.keys(m.days).length, 0);
  return { label, months, dir, from, daysStored, files: generated.size, bytes };
}

/** Reads and validates every month file of the history through the real day repository. */
export function loadAllHistory(s: Scenario): Day[] {
  const factory = createConfStoreFactory(s.dir);
  const notices = createStorageNotices(factory, clock);
  const days = createDayRepository({ factory, clock, notices }).range(s.from, TODAY);
  if (notices.list().length > 0) throw new Error(`${s.label}: the app refused a generated file: ${JSON.stringify(notices.list())}`);
  return days;
}
