import { describe, expect, it } from 'vitest';
import type { DayView } from '../../../shared/day/day-view.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
// Local wall-clock instants, so the suite means the same in any time zone.
const at = (h: number, m: number, day = 25) => new Date(2026, 10, day, h, m).getTime();

function setup() {
  const clock = fakeClock(at(8, 31));
  const app = testApp(tempDir(), clock);
  const call = async (channel: string, payload: unknown): Promise<DayView> => {
    const res = await app.router.dispatch(channel, payload);
    if (!res.ok) throw Object.assign(new Error(res.error.message), { error: res.error });
    return res.data as DayView;
  };
  const fail = async (channel: string, payload: unknown) => {
    const res = await app.router.dispatch(channel, payload);
    if (res.ok) throw new Error('expected a refusal');
    return res.error;
  };
  return { clock, call, fail };
}

describe('work record (厚労省 guideline)', () => {
  it('records 始業 and 終業 from the clock in exact minutes', async () => {
    const { clock, call } = setup();
    let v = await call('record:clock', { date: DATE, field: 'start', reason: '' });
    expect(v.day.record.start).toBe(8 * 60 + 31);
    clock.set(at(17, 16));
    v = await call('record:clock', { date: DATE, field: 'end', reason: '' });
    expect(v.day.record.end).toBe(17 * 60 + 16);
    expect(v.metrics).toMatchObject({ workedMinutes: 17 * 60 + 16 - (8 * 60 + 31) - 60, breakMinutes: 60, outsideMinutes: 1, lateNightMinutes: 0 });
    expect(v.day.record.corrections).toEqual([]);
  });

  it('a correction needs a reason and keeps the old value, the new value, the time and the reason', async () => {
    const { clock, call, fail } = setup();
    await call('record:clock', { date: DATE, field: 'start', reason: '' });
    const refused = await fail('record:setTime', { date: DATE, field: 'start', minutes: 8 * 60 + 30, reason: ' ' });
    expect(refused.message).toBe('記録済みの時刻を修正するときは理由を入力してください。');
    clock.set(at(9, 5));
    const v = await call('record:setTime', { date: DATE, field: 'start', minutes: 8 * 60 + 30, reason: '打刻忘れ(実際は8:30開始)' });
    expect(v.day.record.start).toBe(510);
    expect(v.day.record.corrections).toEqual([
      { at: new Date(at(9, 5)).toISOString(), field: 'start', before: '08:31', after: '08:30', reason: '打刻忘れ(実際は8:30開始)' },
    ]);
  });

  it('flags late-night and outside-hours work, never blocks it, and clears 要確認 once a permission is noted', async () => {
    const { clock, call } = setup();
    clock.set(at(8, 0));
    await call('record:clock', { date: DATE, field: 'start', reason: '' });
    clock.set(at(0, 30, 26)); // 0:30 the next morning
    let v = await call('record:clock', { date: DATE, field: 'end', reason: '' });
    expect(v.day.record.end).toBe(24 * 60 + 30);
    expect(v.metrics.lateNightMinutes).toBe(150); // 22:00–0:30
    expect(v.metrics.outsideMinutes).toBe(30 + (24 * 60 + 30 - 17 * 60 - 15));
    expect(v.metrics.needsPermission).toBe(true);
    v = await call('record:setPermission', { date: DATE, permissionRef: '総務-2026-118' });
    expect(v.metrics.needsPermission).toBe(false);
  });

  it('counts 中抜け as breaks or hourly leave, and keeps a history of changes to them', async () => {
    const { call } = setup();
    await call('record:setTime', { date: DATE, field: 'start', minutes: 510, reason: '' });
    await call('record:setTime', { date: DATE, field: 'end', minutes: 1035, reason: '' });
    let v = await call('record:saveInterruption', { date: DATE, interruption: { id: null, start: 840, end: 860, treatment: 'break', note: '通院' }, reason: '' });
    expect(v.metrics).toMatchObject({ interruptionCount: 1, interruptionMinutes: 20, workedMinutes: 1035 - 510 - 60 - 20 });
    const id = v.day.record.interruptions[0]!.id;
    v = await call('record:saveInterruption', { date: DATE, interruption: { id, start: 840, end: 870, treatment: 'hourlyLeave', note: '通院' }, reason: '戻りが遅れた' });
    expect(v.day.record.corrections.at(-1)).toMatchObject({ field: 'interruption', before: '14:00-14:20', after: '14:00-14:30', reason: '戻りが遅れた' });
  });

  it('flags work on a 祝日 as holiday work', async () => {
    const { call } = setup();
    const date = '2026-11-23'; // 勤労感謝の日
    await call('record:setTime', { date, field: 'start', minutes: 600, reason: '' });
    const v = await call('record:setTime', { date, field: 'end', minutes: 720, reason: '' });
    expect(v.info).toMatchObject({ kind: 'national', name: '勤労感謝の日' });
    expect(v.metrics).toMatchObject({ holidayWork: true, outsideMinutes: 120, needsPermission: true });
  });

  it('refuses an end before the start and impossible minutes, leaving the record as it was', async () => {
    const { call, fail } = setup();
    await call('record:setTime', { date: DATE, field: 'start', minutes: 600, reason: '' });
    expect((await fail('record:setTime', { date: DATE, field: 'end', minutes: 500, reason: '' })).message).toBe('終業は始業より後にしてください。');
    expect((await fail('record:setTime', { date: DATE, field: 'end', minutes: 9999, reason: '' })).code).toBe('invalid_input');
    expect((await call('day:get', { date: DATE })).day.record).toMatchObject({ start: 600, end: null });
  });
});

describe('work record and undo', () => {
  it('元に戻す changes the plan only: a correction and its history stay', async () => {
    const { call } = setup();
    await call('day:saveBlock', { date: DATE, id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } });
    await call('record:setTime', { date: DATE, field: 'start', minutes: 510, reason: '' });
    await call('record:setTime', { date: DATE, field: 'start', minutes: 540, reason: '電車遅延' });
    const v = await call('day:undo', { date: DATE }); // undoes the block, not the record
    expect(v.day.blocks.some((b) => b.title === '資料作成')).toBe(false);
    expect(v.day.record.start).toBe(540);
    expect(v.day.record.corrections).toHaveLength(1);
  });

  it('the record-now buttons only record today (終業 also for yesterday)', async () => {
    const { fail, clock, call } = setup();
    expect((await fail('record:clock', { date: '2026-12-01', field: 'start', reason: '' })).message).toMatch(/今日/);
    clock.set(at(0, 30, 26));
    expect((await call('record:clock', { date: DATE, field: 'end', reason: '' })).day.record.end).toBe(24 * 60 + 30);
    expect((await fail('record:clock', { date: DATE, field: 'start', reason: '' })).code).toBe('invalid_input');
  });
});
