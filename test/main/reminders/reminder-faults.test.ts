/**
 * The reminders under real faults, in a real child process (real conf files, real timers, the real
 * time-zone adapter): killed with SIGKILL and started again across midnight, frozen with SIGSTOP,
 * its wall clock moved, its time zone changed while it runs. Time in the child is scaled (one real
 * second is `SCALE` app seconds for its clock and its timers alike) so an app minute is short.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BlockInput } from '../../../shared/day/day-schema.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { ok } from '../../helpers/typed-client.js';
import { bundleSchedulerChild, startSchedulerChild } from './scheduler-process.js';

const tempDir = useTempDir();
const DATE = '2026-11-25'; // a Wednesday
let script = '';
let cleanup = () => {};
const children: { kill(): Promise<void> }[] = [];

beforeAll(async () => {
  ({ script, cleanup } = await bundleSchedulerChild());
});
// Before the temp folders go (after-hooks run last-registered first): a live child still writes there.
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => c.kill()));
});
afterAll(() => cleanup());

type Child = ReturnType<typeof startSchedulerChild>;
function start(options: Parameters<typeof startSchedulerChild>[1], env: NodeJS.ProcessEnv = { ...process.env, TZ: 'Asia/Tokyo' }): Child {
  const child = startSchedulerChild(script, options, env);
  children.push(child);
  return child;
}
const block = (start: string, end: string, title: string): BlockInput => ({ start, end, title, kind: 'focus', status: 'planned', note: '', inventoryId: null });

/** Every weekday a telework day, so no rule about office days can hide a reminder. */
async function teleworkEveryWeekday(child: Child) {
  await ok(changeSettings(child.api, (s) => ({ ...s, teleworkWeekdays: [1, 2, 3, 4, 5] })));
}

describe('reminders under real faults (child process)', () => {
  it('killed at 23:57 and started at 0:03: the 23:58 and 23:59 reminders become one catch-up, logged on their day', async () => {
    const dir = tempDir();
    const first = start({ dir, startAt: `${DATE}T23:57:20+09:00`, scale: 1 });
    await first.ready();
    await teleworkEveryWeekday(first);
    await ok(first.api.daySaveBlock({ date: DATE, id: null, block: block('23:58', '23:59', '夜間の確認') }));
    await first.kill('SIGKILL'); // no goodbye: only what is on disk survives

    const second = start({ dir, startAt: '2026-11-26T00:03:00+09:00', scale: 1 });
    await second.ready();
    const catchUp = await second.waitFor((e) => e.event === 'notify');
    expect(catchUp.body).toBe('見逃した通知が2件あります: 次の予定の時間です(23:58) ほか');
    const state = await ok(second.api.reminderState({ date: DATE }));
    expect(state.log.map((e) => `${e.kind} ${e.missed}`)).toEqual(['blockStart true', 'blockEnd true']);
    expect(second.logs().some((l) => /^reminders: started; the last check on record was \d+ min ago/.test(l))).toBe(true);
    expect(second.notifications()).toHaveLength(1);
  });

  it('a forward clock jump and a frozen process (SIGSTOP) each give one catch-up, the log says which, and it runs on', async () => {
    const SCALE = 60;
    const dir = tempDir();
    const child = start({ dir, startAt: `${DATE}T09:30:00+09:00`, scale: SCALE });
    await child.ready();
    const settings = await ok(child.api.settingsGet());
    // Only block reminders, so the minutes below are the only ones that can come due.
    await ok(child.api.settingsUpdate({ ...settings, teleworkWeekdays: [1, 2, 3, 4, 5], reminders: { ...settings.reminders, approval: false, breaks: false, endReport: false } }));
    await ok(child.api.daySaveBlock({ date: DATE, id: null, block: block('10:00', '10:20', '資料作成') }));
    const before = child.events.length;
    child.jump(60 * 60_000); // ~9:31 → ~10:31: the wall clock skipped 10:00 and 10:20
    await child.waitFor((e) => /wall clock moved forward by (59|6\d) min/.test(e.message ?? ''), 20_000, before);
    const jumpCatchUp = await child.waitFor((e) => e.event === 'notify', 20_000, before);
    expect(jumpCatchUp.body).toBe('見逃した通知が2件あります: 次の予定の時間です(10:00) ほか');

    const now = (await ok(child.api.appNow())).minutes;
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    // Starts 5 app minutes (5 real seconds) after `now`: time enough, on a loaded machine, to save it
    // and freeze the child before it comes due.
    await ok(child.api.daySaveBlock({ date: DATE, id: null, block: block(hhmm(now + 5), hhmm(now + 15), '計画書確認') }));
    const frozenAt = child.events.length;
    child.signal('SIGSTOP');
    await new Promise((r) => setTimeout(r, (10 * 60_000) / SCALE)); // frozen over the block's start
    child.signal('SIGCONT');
    const freezeCatchUp = await child.waitFor((e) => e.event === 'notify', 20_000, frozenAt);
    expect(freezeCatchUp.body).toBe(`見逃した通知があります: 次の予定の時間です(${hhmm(now + 5).replace(/^0/, '')})`);
    await child.waitFor((e) => /woke \d+ (s|min) late \(the machine slept or the process was frozen\)/.test(e.message ?? ''), 20_000, frozenAt);
    // It runs on: the block's end comes after the catch-up, never before its time.
    const next = await child.waitFor((e) => e.event === 'notify' && e.body !== freezeCatchUp.body, 30_000, frozenAt);
    expect(next.body).toContain(`予定の終了時刻です(${hhmm(now + 15).replace(/^0/, '')})`);
    const [h, m] = next.time!.split(':').map(Number) as [number, number];
    expect(h * 60 + m).toBeGreaterThanOrEqual(now + 15);
  }, 60_000);

  it('follows a time-zone change of the running process within a minute; reminders keep to the new wall clock', async () => {
    const SCALE = 30;
    const dir = tempDir();
    const zoneDir = tempDir();
    const link = path.join(zoneDir, 'localtime');
    fs.symlinkSync('/usr/share/zoneinfo/Asia/Tokyo', link);
    const { TZ: _pinned, ...env } = process.env; // the zone comes from the OS setting, not a pinned TZ
    const child = start({ dir, startAt: `${DATE}T08:45:00+09:00`, scale: SCALE, localtimePath: link }, env);
    await child.ready();
    await teleworkEveryWeekday(child);
    const tokyo = await ok(child.api.appNow());
    expect(Math.floor(tokyo.minutes / 60)).toBe(8);

    const changedAt = child.events.length;
    fs.rmSync(link);
    fs.symlinkSync('/usr/share/zoneinfo/Asia/Bangkok', link); // two hours behind Tokyo
    await child.waitFor((e) => e.message === 'reminders: time zone changed from Asia/Tokyo to Asia/Bangkok', 30_000, changedAt);
    const bangkok = await ok(child.api.appNow());
    expect(Math.floor(bangkok.minutes / 60)).toBe(6);

    // A block set on the new wall clock is reminded at its time there, not early and not as missed.
    const due = bangkok.minutes + 4;
    const hhmm = `${String(Math.floor(due / 60)).padStart(2, '0')}:${String(due % 60).padStart(2, '0')}`;
    await ok(child.api.daySaveBlock({ date: DATE, id: null, block: block(hhmm, '08:00', '早朝の作業') }));
    const shown = await child.waitFor((e) => e.event === 'notify', 30_000, changedAt);
    expect(shown.body).toBe(`次の予定の時間です(${hhmm.replace(/^0/, '')})`); // 6:50 in text, not 06:50
    const [h, m] = shown.time!.split(':').map(Number) as [number, number];
    expect(h * 60 + m - due).toBeGreaterThanOrEqual(0);
    expect(h * 60 + m - due).toBeLessThanOrEqual(1);
  }, 60_000);
});
