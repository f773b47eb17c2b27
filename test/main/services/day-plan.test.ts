import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockInput } from '../../../shared/day/day-schema.js';
import type { DayView } from '../../../shared/day/day-view.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();
const DATE = '2026-11-25'; // a Wednesday

function setup(dir = tempDir()) {
  const app = testApp(dir);
  const call = async <T = DayView>(channel: string, payload: unknown): Promise<T> => {
    const res = await app.router.dispatch(channel, payload);
    if (!res.ok) throw Object.assign(new Error(res.error.message), { error: res.error });
    return res.data as T;
  };
  const fail = async (channel: string, payload: unknown) => {
    const res = await app.router.dispatch(channel, payload);
    if (res.ok) throw new Error(`expected ${channel} to be refused`);
    return res.error;
  };
  return { dir, app, call, fail, monthFile: path.join(dir, 'days', '2026-11.json') };
}

const block = (start: string, end: string, title: string, kind: BlockInput['kind'] = 'focus'): BlockInput => ({
  start,
  end,
  title,
  kind,
  status: 'planned',
  note: '',
  inventoryId: null,
});

/** The seed's example day (総務省 事例集, 箕輪町). */
const SEED_DAY: BlockInput[] = [
  block('09:00', '10:00', '資料作成'),
  block('10:00', '11:00', '協議会委員任命の資料作成・起案'),
  block('11:00', '12:15', '他自治体事例確認・電子決裁確認', 'approval'),
  block('13:00', '14:30', '国のガイドライン確認'),
  block('14:30', '15:00', '電子決裁確認', 'approval'),
  block('15:00', '17:30', '計画書確認'),
];

async function buildSeedDay(call: ReturnType<typeof setup>['call']) {
  await call('day:setHours', { date: DATE, hours: { start: '09:00', end: '17:30' } });
  let view = await call('day:get', { date: DATE });
  const lunch = view.day.blocks.find((b) => b.kind === 'break')!;
  view = await call('day:saveBlock', { date: DATE, id: lunch.id, block: { ...block('12:15', '13:00', '昼休み', 'break') } });
  for (const b of SEED_DAY) view = await call('day:saveBlock', { date: DATE, id: null, block: b });
  return view;
}

describe('day plan', () => {
  it('offers the default plan (settings hours, the break as a 休憩 block) without writing anything', async () => {
    const { call, monthFile } = setup();
    const view = await call('day:get', { date: DATE });
    expect(view.stored).toBe(false);
    expect(view.day.hours).toEqual({ start: '08:30', end: '17:15' });
    expect(view.day.blocks).toMatchObject([{ start: '12:00', end: '13:00', title: '休憩', kind: 'break' }]);
    expect(view.free).toEqual([
      { start: 510, end: 720 },
      { start: 780, end: 1035 },
    ]);
    expect(view.info).toEqual({ date: DATE, kind: 'workday', name: '', isHoliday: false });
    expect(fs.existsSync(monthFile)).toBe(false);
  });

  it("builds the seed's example day, sorted, with no free time left, and it survives a restart", async () => {
    const { call, dir } = setup();
    const view = await buildSeedDay(call);
    expect(view.day.blocks.map((b) => `${b.start}-${b.end} ${b.title}`)).toEqual([
      '09:00-10:00 資料作成',
      '10:00-11:00 協議会委員任命の資料作成・起案',
      '11:00-12:15 他自治体事例確認・電子決裁確認',
      '12:15-13:00 昼休み',
      '13:00-14:30 国のガイドライン確認',
      '14:30-15:00 電子決裁確認',
      '15:00-17:30 計画書確認',
    ]);
    expect(view.free).toEqual([]);
    const again = setup(dir);
    expect((await again.call('day:get', { date: DATE })).day).toEqual(view.day);
  });

  it('refuses an overlapping block with a Japanese message naming the other block; the file is unchanged', async () => {
    const { call, fail, monthFile } = setup();
    await buildSeedDay(call);
    const before = fs.readFileSync(monthFile);
    const error = await fail('day:saveBlock', { date: DATE, id: null, block: block('14:00', '14:45', '打合せ', 'meeting') });
    expect(error.message).toBe('「国のガイドライン確認」(13:00〜14:30)と時間が重なっています。時間を変えてください。');
    // Beside the edited block's own times, by their full path in the request.
    expect(error.fields).toEqual({ 'block.start': error.message, 'block.end': error.message });
    expect(fs.readFileSync(monthFile)).toEqual(before);
  });

  it('refuses a block that crosses midnight or ends before it starts', async () => {
    const { fail } = setup();
    const error = await fail('day:saveBlock', { date: DATE, id: null, block: block('23:00', '01:00', '夜間対応') });
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.['block.end']).toMatch(/日付をまたぐ予定は作れません/);
    const impossible = await fail('day:saveBlock', { date: DATE, id: null, block: block('25:00', '26:00', 'x') });
    expect(impossible.fields?.['block.start']).toMatch(/00:00〜23:59/);
    expect((await fail('day:get', { date: '2026-02-30' })).fields?.date).toMatch(/実在する日付/);
  });

  it('undoes the last change, and undoing the first save returns to the default plan', async () => {
    const { call, fail } = setup();
    const first = await call('day:saveBlock', { date: DATE, id: null, block: block('09:00', '10:00', '資料作成') });
    expect(first.canUndo).toBe(true);
    const moved = await call('day:saveBlock', { date: DATE, id: first.day.blocks[0]!.id, block: block('09:30', '10:30', '資料作成') });
    expect(moved.day.blocks[0]!.start).toBe('09:30');
    const undone = await call('day:undo', { date: DATE });
    expect(undone.day.blocks[0]!.start).toBe('09:00');
    const back = await call('day:undo', { date: DATE });
    expect(back.stored).toBe(false);
    expect((await fail('day:undo', { date: DATE })).message).toBe('元に戻せる変更はありません。');
  });

  it('deletes a block and refuses to edit one that is gone', async () => {
    const { call, fail } = setup();
    const v = await call('day:saveBlock', { date: DATE, id: null, block: block('09:00', '10:00', '資料作成') });
    const id = v.day.blocks.find((b) => b.title === '資料作成')!.id;
    await call('day:deleteBlock', { date: DATE, id });
    expect((await fail('day:deleteBlock', { date: DATE, id })).message).toMatch(/見つかりません/);
  });

  it('records the work style, including half-day mixes', async () => {
    const { call } = setup();
    const v = await call('day:setWorkStyle', { date: DATE, workStyle: { am: 'satellite', pm: 'office', satelliteOffice: '中央公民館' } });
    expect(v.day.workStyle).toEqual({ am: 'satellite', pm: 'office', satelliteOffice: '中央公民館' });
    expect(v.telework).toBe(true);
  });

  it('carries unfinished blocks to the next working day, skipping the weekend and 祝日', async () => {
    const { call } = setup();
    // Fri 2026-11-20 → Mon 11-23 is 勤労感謝の日 → Tue 11-24
    const date = '2026-11-20';
    await call('day:saveBlock', { date, id: null, block: block('09:00', '10:30', '資料作成') });
    await call('day:saveBlock', { date, id: null, block: { ...block('10:30', '11:00', '電子決裁確認', 'approval'), status: 'done' } });
    const res = await call<{ from: DayView; to: DayView; moved: number; notPlaced: number }>('day:carryOver', { date });
    expect(res).toMatchObject({ moved: 1, notPlaced: 0 });
    expect(res.to.day.date).toBe('2026-11-24');
    expect(res.to.day.blocks.filter((b) => b.kind !== 'break').map((b) => [b.start, b.title, b.status])).toEqual([['09:00', '資料作成', 'planned']]);
    expect(res.from.day.blocks.filter((b) => b.kind !== 'break').map((b) => b.status)).toEqual(['carriedOver', 'done']);
  });

  it('carrying over again after undoing the source day does not copy a block twice', async () => {
    const { call } = setup();
    const date = '2026-11-25';
    await call('day:saveBlock', { date, id: null, block: block('09:00', '10:00', '資料作成') });
    await call('day:carryOver', { date });
    await call('day:undo', { date }); // the source block is 予定 again
    const again = await call<{ to: DayView; moved: number }>('day:carryOver', { date });
    expect(again.moved).toBe(0);
    expect(again.to.day.blocks.filter((b) => b.title === '資料作成')).toHaveLength(1);
  });

  it('saves a day as a template and applies it to another date (undoable)', async () => {
    const { call } = setup();
    await buildSeedDay(call);
    const templates = await call<{ id: string; name: string }[]>('template:save', { date: DATE, name: '資料作成の日' });
    expect(templates.map((t) => t.name)).toEqual(['資料作成の日']);
    const applied = await call('template:apply', { date: '2026-11-26', id: templates[0]!.id });
    expect(applied.day.hours).toEqual({ start: '09:00', end: '17:30' });
    expect(applied.day.blocks).toHaveLength(7);
    expect(applied.day.blocks.every((b) => b.status === 'planned')).toBe(true);
    expect((await call('day:undo', { date: '2026-11-26' })).stored).toBe(false);
  });

  it('warns (never refuses) when a テレワーク不可 task is planned on a telework day', async () => {
    const { call } = setup();
    const items = await call<{ id: string }[]>('inventory:save', {
      id: null,
      item: { title: '窓口当番', kind: 'other', telework: 'no', reason: 'counter', minutes: 60, note: '' },
    });
    await call('day:setWorkStyle', { date: DATE, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } });
    const v = await call('day:saveBlock', { date: DATE, id: null, block: { ...block('09:00', '10:00', '窓口当番', 'other'), inventoryId: items[0]!.id } });
    expect(v.warnings).toEqual([{ blockId: expect.any(String), code: 'notTeleworkable', reason: 'counter' }]);
    const office = await call('day:setWorkStyle', { date: DATE, workStyle: { am: 'office', pm: 'office', satelliteOffice: '' } });
    expect(office.warnings).toEqual([]);
  });

  it('shows the week with telework days from the weekly pattern and holidays', async () => {
    const { call } = setup();
    const settings = await call<Record<string, unknown>>('settings:get', undefined);
    await call('settings:update', { ...settings, teleworkWeekdays: [1, 5] });
    const week = await call<{ start: string; days: { date: string; telework: boolean; info: { kind: string; name: string } }[] }>('week:get', { date: '2026-11-25' });
    expect(week.start).toBe('2026-11-23');
    expect(week.days.map((d) => [d.date, d.telework, d.info.kind])).toEqual([
      ['2026-11-23', false, 'national'],
      ['2026-11-24', false, 'workday'],
      ['2026-11-25', false, 'workday'],
      ['2026-11-26', false, 'workday'],
      ['2026-11-27', true, 'workday'],
      ['2026-11-28', false, 'saturday'],
      ['2026-11-29', false, 'sunday'],
    ]);
    expect(week.days[0]!.info.name).toBe('勤労感謝の日');
  });
});
