import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
// Local wall-clock instants, so the suite means the same in any time zone.
const at = (h: number, m: number, day = 25) => new Date(2026, 10, day, h, m).getTime();

function setup() {
  const clock = fakeClock(at(8, 31));
  const app = testApp(tempDir(), clock);
  return { clock, api: app.api };
}

describe('work record (厚労省 guideline)', () => {
  it('records 始業 and 終業 from the clock in exact minutes', async () => {
    const { clock, api } = setup();
    let v = await ok(api.recordClock({ date: DATE, field: 'start', reason: '' }));
    expect(v.day.record.start).toBe(8 * 60 + 31);
    clock.set(at(17, 16));
    v = await ok(api.recordClock({ date: DATE, field: 'end', reason: '' }));
    expect(v.day.record.end).toBe(17 * 60 + 16);
    expect(v.metrics).toMatchObject({ workedMinutes: 17 * 60 + 16 - (8 * 60 + 31) - 60, breakMinutes: 60, outsideMinutes: 1, lateNightMinutes: 0 });
    expect(v.day.record.corrections).toEqual([]);
  });

  it('a correction needs a reason and keeps the old value, the new value, the time and the reason', async () => {
    const { clock, api } = setup();
    await ok(api.recordClock({ date: DATE, field: 'start', reason: '' }));
    const error = await refused(api.recordSetTime({ date: DATE, field: 'start', minutes: 8 * 60 + 30, reason: ' ' }));
    expect(error.message).toBe('記録済みの時刻を修正するときは理由を入力してください。');
    clock.set(at(9, 5));
    const v = await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 8 * 60 + 30, reason: '打刻忘れ(実際は8:30開始)' }));
    expect(v.day.record.start).toBe(510);
    expect(v.day.record.corrections).toEqual([
      { at: new Date(at(9, 5)).toISOString(), field: 'start', before: '08:31', after: '08:30', reason: '打刻忘れ(実際は8:30開始)' },
    ]);
  });

  it('flags late-night and outside-hours work, never blocks it, and clears 要確認 once a permission is noted', async () => {
    const { clock, api } = setup();
    clock.set(at(8, 0));
    await ok(api.recordClock({ date: DATE, field: 'start', reason: '' }));
    clock.set(at(0, 30, 26)); // 0:30 the next morning
    let v = await ok(api.recordClock({ date: DATE, field: 'end', reason: '' }));
    expect(v.day.record.end).toBe(24 * 60 + 30);
    expect(v.metrics.lateNightMinutes).toBe(150); // 22:00–0:30
    expect(v.metrics.outsideMinutes).toBe(30 + (24 * 60 + 30 - 17 * 60 - 15));
    expect(v.metrics.needsPermission).toBe(true);
    v = await ok(api.recordSetPermission({ date: DATE, permissionRef: '総務-2026-118' }));
    expect(v.metrics.needsPermission).toBe(false);
  });

  // Issue #12: starting a minute early is recorded, but nobody is asked for a 命令・許可 for it.
  it('time outside the hours needs a 命令・許可 only from one 15-minute unit; every minute is still counted', async () => {
    const { api } = setup();
    await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 8 * 60 + 29, reason: '' })); // 8:29, a minute early
    let v = await ok(api.recordSetTime({ date: DATE, field: 'end', minutes: 17 * 60 + 15, reason: '' }));
    expect(v.metrics).toMatchObject({ outsideMinutes: 1, needsPermission: false });
    v = await ok(api.recordSetTime({ date: DATE, field: 'end', minutes: 17 * 60 + 28, reason: '会議が延長' })); // 14 minutes in all
    expect(v.metrics).toMatchObject({ outsideMinutes: 14, needsPermission: false });
    v = await ok(api.recordSetTime({ date: DATE, field: 'end', minutes: 17 * 60 + 29, reason: '会議が延長' })); // 15: one unit
    expect(v.metrics).toMatchObject({ outsideMinutes: 15, needsPermission: true });
  });

  it('counts 中抜け as breaks or hourly leave, and keeps a history of changes to them', async () => {
    const { api } = setup();
    await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 510, reason: '' }));
    await ok(api.recordSetTime({ date: DATE, field: 'end', minutes: 1035, reason: '' }));
    let v = await ok(api.recordSaveInterruption({ date: DATE, interruption: { id: null, start: 840, end: 860, treatment: 'break', note: '通院' }, reason: '' }));
    expect(v.metrics).toMatchObject({ interruptionCount: 1, interruptionMinutes: 20, workedMinutes: 1035 - 510 - 60 - 20 });
    const id = v.day.record.interruptions[0]!.id;
    v = await ok(api.recordSaveInterruption({ date: DATE, interruption: { id, start: 840, end: 870, treatment: 'hourlyLeave', note: '通院' }, reason: '戻りが遅れた' }));
    expect(v.day.record.corrections.at(-1)).toMatchObject({ field: 'interruption', before: '14:00-14:20', after: '14:00-14:30', reason: '戻りが遅れた' });
  });

  it('flags work on a 祝日 as holiday work', async () => {
    const { api } = setup();
    const date = '2026-11-23'; // 勤労感謝の日
    await ok(api.recordSetTime({ date, field: 'start', minutes: 600, reason: '' }));
    const v = await ok(api.recordSetTime({ date, field: 'end', minutes: 720, reason: '' }));
    expect(v.info).toMatchObject({ kind: 'national', name: '勤労感謝の日' });
    expect(v.metrics).toMatchObject({ holidayWork: true, outsideMinutes: 120, needsPermission: true });
  });

  it('refuses an end before the start and impossible minutes, leaving the record as it was', async () => {
    const { api } = setup();
    await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 600, reason: '' }));
    expect((await refused(api.recordSetTime({ date: DATE, field: 'end', minutes: 500, reason: '' }))).message).toBe('終業は始業より後にしてください。');
    expect((await refused(api.recordSetTime({ date: DATE, field: 'end', minutes: 9999, reason: '' }))).code).toBe('invalid_input');
    expect((await ok(api.dayGet({ date: DATE }))).day.record).toMatchObject({ start: 600, end: null });
  });
});

describe('work record and undo', () => {
  it('元に戻す changes the plan only: a correction and its history stay', async () => {
    const { api } = setup();
    await ok(api.daySaveBlock({ date: DATE, id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } }));
    await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 510, reason: '' }));
    await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 540, reason: '電車遅延' }));
    const v = await ok(api.dayUndo({ date: DATE })); // undoes the block, not the record
    expect(v.day.blocks.some((b) => b.title === '資料作成')).toBe(false);
    expect(v.day.record.start).toBe(540);
    expect(v.day.record.corrections).toHaveLength(1);
  });

  it('the record-now buttons only record today (終業 also for yesterday)', async () => {
    const { api, clock } = setup();
    expect((await refused(api.recordClock({ date: '2026-12-01', field: 'start', reason: '' }))).message).toMatch(/今日/);
    clock.set(at(0, 30, 26));
    expect((await ok(api.recordClock({ date: DATE, field: 'end', reason: '' }))).day.record.end).toBe(24 * 60 + 30);
    expect((await refused(api.recordClock({ date: DATE, field: 'start', reason: '' }))).code).toBe('invalid_input');
  });
});
