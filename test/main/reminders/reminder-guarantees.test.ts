/**
 * The reminder guarantees of issue #18 on the real services with a fake clock: no reminder data
 * can stop the scheduler, editing the past raises nothing, a closed app is caught up like a
 * sleeping one, and the log says what happened. (The faults that need a real process — a freeze,
 * a kill across midnight, a zone change — are in reminder-faults.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockInput } from '../../../shared/day/day-schema.js';
import { REMINDER_LOG_MAX, type ReminderEntry } from '../../../shared/reminders/reminder-log.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { recordingNotifier, type testApp } from '../../helpers/test-app.js';
import { teleworkTestApp } from '../../helpers/telework-app.js';
import { ok } from '../../helpers/typed-client.js';
import { block } from '../../helpers/seed-day.js';

const tempDir = useTempDir();
const DATE = '2026-11-25'; // a Wednesday
const at = (h: number, m: number, day = 25) => new Date(2026, 10, day, h, m).getTime();
const MIN = 60_000;
type App = ReturnType<typeof testApp>;

const state = (app: App, date = DATE) => ok(app.api.reminderState({ date }));
const save = async (app: App, id: string | null, b: BlockInput, date = DATE) => {
  const view = await ok(app.api.daySaveBlock({ date, id, block: b }));
  return view.day.blocks.find((x) => x.title === b.title)!.id;
};

describe('no reminder data can stop the app', () => {
  it('1,000 edits of a past block leave the scheduler running, raise nothing and keep the log bounded', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(13, 0)));
    app.start();
    const before = app.shown.length;
    let id = await save(app, null, block('11:00', '11:30', '過去の予定'));
    for (let i = 0; i < 1000; i++) {
      const start = i % 2 === 0 ? '10:55' : '11:00'; // ↑ then ↓, as the arrow keys do
      const end = i % 2 === 0 ? '11:25' : '11:30';
      id = await save(app, id, block(start, end, '過去の予定'));
    }
    expect(app.shown.slice(before)).toEqual([]); // nothing "missed" for the past
    expect((await state(app)).log.filter((e) => e.label === '過去の予定')).toEqual([]); // and nothing logged for it
    app.time.advance(4 * 60 * MIN + 15 * MIN); // 17:15 — later reminders still come, on time
    expect(app.shown.map((s) => `${s.at} ${s.body}`)).toContain('17:00 終業報告の準備をしましょう(17:00)');
    expect(app.errors).toEqual([]);
  }, 60_000); // 1,000 real saves: ~2 s alone, much longer on a loaded CI machine

  it('a full log gives way to new reminders (least important first) instead of throwing in the timer', async () => {
    const dir = tempDir();
    const filler: ReminderEntry[] = Array.from({ length: REMINDER_LOG_MAX }, (_, i) => ({
      id: `${DATE}/blockStart/0${String(i).padStart(3, '0')}/x${i}`,
      kind: 'blockStart',
      due: 8 * 60,
      label: '',
      span: '',
      missed: false,
      snoozedUntil: null,
      doneAt: new Date(at(8, 0)).toISOString(),
      events: [{ type: 'shown', at: new Date(at(8, 0)).toISOString() }],
    }));
    fs.mkdirSync(path.join(dir, 'reminders'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'reminders', '2026-11.json'), JSON.stringify({ schemaVersion: 1, days: { [DATE]: { date: DATE, entries: filler } } }));
    const app = teleworkTestApp(dir, fakeClock(at(8, 59)));
    app.start();
    app.time.advance(3 * 60 * MIN); // 11:59: 始業報告, 電子決裁・供覧の確認 …
    expect(app.shown.map((s) => s.body)).toContain('電子決裁・供覧を確認しましょう(11:00)');
    const s = await state(app);
    expect(s.log).toHaveLength(REMINDER_LOG_MAX);
    expect(s.omitted).toBeGreaterThan(0);
    expect(s.log.map((e) => e.kind)).toContain('approval'); // the important one is kept
    expect(app.logs.some((l) => /reached its bound/.test(l))).toBe(true);
  });

  it('an invalid reminder log at start is kept aside with a notice; the scheduler runs on', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'reminders'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'reminders', '2026-11.json'), JSON.stringify({ schemaVersion: 1, days: { [DATE]: { date: DATE, entries: 'broken' } } }));
    const app = teleworkTestApp(dir, fakeClock(at(10, 59)));
    app.start();
    app.time.advance(2 * MIN);
    expect(app.shown.map((s) => s.body)).toContain('電子決裁・供覧を確認しましょう(11:00)');
    const { notices } = await ok(app.api.appInfo());
    expect(notices.map((n) => n.document)).toContain('reminders/2026-11');
    expect(fs.readdirSync(path.join(dir, 'reminders')).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('an error inside a check is logged and the scheduler keeps running', async () => {
    const clock = fakeClock(at(10, 59));
    const notes = recordingNotifier(clock);
    let failures = 1;
    const app = teleworkTestApp(tempDir(), clock, {
      notifier: {
        show(request) {
          if (failures-- > 0) throw new Error('notification service crashed');
          return notes.notifier.show(request);
        },
      },
    });
    app.start();
    app.time.advance(2 * MIN); // 11:00 — the notifier throws
    expect(app.logs.some((l) => l.startsWith('ERROR reminders: a check (timer) failed'))).toBe(true);
    app.time.advance(3 * 60 * MIN + 30 * MIN); // 14:31
    expect(notes.shown.map((s) => s.body)).toContain('電子決裁・供覧を確認しましょう(14:30)');
  });
});

describe('only real misses are caught up', () => {
  it('saving a block whose time has passed raises nothing; six ↑ presses raise nothing', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(13, 0)));
    app.start();
    const before = app.shown.length;
    let id = await save(app, null, block('11:00', '11:30', '午前の作業'));
    for (let i = 1; i <= 6; i++) id = await save(app, id, block(`10:${String(60 - i * 5).padStart(2, '0')}`, `11:${String(30 - i * 5).padStart(2, '0')}`, '午前の作業'));
    expect(app.shown.slice(before)).toEqual([]);
    expect((await state(app)).log.filter((e) => e.missed)).toEqual([]);
  });

  it('a real miss still is: a sleep over 14:30 after such edits gives one catch-up for 14:30 alone', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(13, 0)));
    app.start();
    await save(app, null, block('11:00', '11:30', '午前の作業'));
    app.time.sleep(2 * 60 * MIN); // 15:00
    app.resume();
    expect(app.shown.map((s) => s.body)).toEqual(['見逃した通知があります: 電子決裁・供覧を確認しましょう(14:30)']);
  });

  it('a fresh install raises nothing for the times before it was first started', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(15, 0)));
    app.start();
    expect(app.shown).toEqual([]);
    expect(app.logs).toContain('reminders: first start, nothing before now is reminded');
  });
});

describe('closed is the same as asleep', () => {
  it('closed at 23:57:30 and started at 0:03: the 23:58 and 23:59 reminders are one catch-up, logged on their day', async () => {
    const dir = tempDir();
    const first = teleworkTestApp(dir, fakeClock(at(23, 50)));
    await save(first, null, block('23:58', '23:59', '夜間の確認'));
    first.start();
    first.time.advance(7 * MIN + 30_000); // 23:57:30, then the app is gone (no goodbye)
    const again = teleworkTestApp(dir, fakeClock(at(0, 3, 26)));
    again.start();
    expect(again.shown.map((s) => s.body)).toEqual(['見逃した通知が2件あります: 次の予定の時間です(23:58) ほか']);
    expect((await state(again)).log.filter((e) => e.missed).map((e) => e.kind)).toEqual(['blockStart', 'blockEnd']);
    expect(again.logs.some((l) => /^reminders: started; the last check on record was \d+ min ago/.test(l))).toBe(true);
    expect(again.logs.some((l) => /^reminders: caught up 2 in one notification .*the app was closed/.test(l))).toBe(true);
  });

  it('a week away catches up no further back than the day before', async () => {
    const dir = tempDir();
    const first = teleworkTestApp(dir, fakeClock(at(8, 0, 16)));
    first.start()();
    const again = teleworkTestApp(dir, fakeClock(at(9, 0, 25)));
    again.start();
    expect(again.shown).toHaveLength(1);
    const previous = await state(again, '2026-11-24');
    expect(previous.log.every((e) => e.missed)).toBe(true);
    expect((await state(again, '2026-11-20')).log).toEqual([]);
  });
});

describe('midnight', () => {
  it('a reminder due at 23:59 and raised at 0:00 goes into its own day, and 完了 works on it', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(23, 50)));
    await save(app, null, block('23:30', '23:59', '夜間の確認'));
    app.start();
    app.time.advance(10 * MIN + 30_000); // 0:00:30
    const entry = (await state(app, DATE)).log.find((e) => e.kind === 'blockEnd')!;
    expect(entry.id.startsWith(DATE)).toBe(true);
    expect((await state(app, '2026-11-26')).log).toEqual([]);
    expect((await state(app, '2026-11-26')).due.map((e) => e.id)).toContain(entry.id); // still in today's banner
    // The answer is today's banner (what the window shows), not yesterday's.
    const answer = await ok(app.api.reminderDone({ id: entry.id }));
    expect(answer.date).toBe('2026-11-26');
    expect((await state(app, '2026-11-26')).due).toEqual([]);
  });

  it('a reminder snoozed at 23:55 for 10 minutes comes back at 0:05', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(23, 50)));
    await save(app, null, block('23:55', '23:58', '夜間の確認'));
    app.start();
    app.time.advance(5 * MIN);
    const id = (await state(app)).due.find((e) => e.kind === 'blockStart')!.id;
    await ok(app.api.reminderSnooze({ id, minutes: 10 }));
    const before = app.shown.length;
    app.time.advance(10 * MIN);
    expect(app.shown.slice(before).map((s) => `${s.at} ${s.body}`)).toContain('0:05 次の予定の時間です(23:55)');
  });
});

describe('updating from a version without the checkpoint', () => {
  it('catches up the morning from the last event in the logs instead of treating it as a fresh install', async () => {
    const dir = tempDir();
    const first = teleworkTestApp(dir, fakeClock(at(17, 0, 24)));
    first.start();
    first.time.advance(MIN); // 17:00 終業報告 raised on the 24th
    fs.rmSync(path.join(dir, 'scheduler.json')); // as an older version left the folder
    const again = teleworkTestApp(dir, fakeClock(at(9, 0)));
    again.start();
    expect(again.shown.map((s) => s.body)).toEqual(['見逃した通知があります: 始業報告の時間です(8:30)']);
  });
});

describe('the log tells what happened (no titles, no personal data)', () => {
  it('sleep, clock jumps both ways and catch-ups each get a line', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(8, 0)));
    await save(app, null, block('09:00', '10:00', '山田太郎様の件'));
    app.start();
    app.time.advance(30 * MIN); // 8:30
    app.time.jump(2 * 60 * MIN); // 10:30
    app.time.advance(MIN);
    app.time.jump(-30 * MIN);
    app.time.advance(MIN);
    app.time.sleep(3 * 60 * MIN);
    app.resume();
    const lines = app.logs.join('\n');
    expect(lines).toMatch(/wall clock moved forward by 2.0 h/);
    expect(lines).toMatch(/wall clock moved back by 29 min/);
    expect(lines).toMatch(/resumed after sleep; 3.0 h since the last check/);
    expect(lines).toMatch(/caught up 2 in one notification \(blockStart, blockEnd\); cause: the clock moved forward/);
    expect(lines).toMatch(/caught up 2 in one notification \(approval, blockStart\); cause: sleep/);
    expect(lines).not.toMatch(/山田/);
  });
});
