import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TechoApi } from '../../../shared/ipc/api.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { block, seedExampleDay } from '../../helpers/seed-day.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const DATE = '2026-11-25'; // a Wednesday

function setup(dir = tempDir()) {
  const app = testApp(dir);
  return { dir, app, api: app.api, monthFile: path.join(dir, 'days', '2026-11.json') };
}

const buildSeedDay = (api: TechoApi) => seedExampleDay(api, DATE);

describe('day plan', () => {
  it('offers the default plan (settings hours, the break as a 休憩 block) without writing anything', async () => {
    const { api, monthFile } = setup();
    const view = await ok(api.dayGet({ date: DATE }));
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
    const { api, dir } = setup();
    const view = await buildSeedDay(api);
    expect(view.day.blocks.map((b) => `${b.start}-${b.end} ${b.title}`)).toEqual([
      '09:00-10:00 資料作成',
      '10:00-11:00 協議会委員任命の資料作成',
      '11:00-12:15 他自治体事例確認・電子決裁確認',
      '12:15-13:00 昼休み',
      '13:00-14:30 国のガイドライン確認',
      '14:30-15:00 電子決裁確認',
      '15:00-17:30 計画書確認',
    ]);
    expect(view.free).toEqual([]);
    const again = setup(dir);
    expect((await ok(again.api.dayGet({ date: DATE }))).day).toEqual(view.day);
  });

  it('refuses an overlapping block with a Japanese message naming the other block; the file is unchanged', async () => {
    const { api, monthFile } = setup();
    await buildSeedDay(api);
    const before = fs.readFileSync(monthFile);
    const error = await refused(api.daySaveBlock({ date: DATE, id: null, block: block('14:00', '14:45', '打合せ', 'meeting') }));
    expect(error.message).toBe('「国のガイドライン確認」(13:00〜14:30)と時間が重なっています。時間を変えてください。');
    // Beside the edited block's own times, by their full path in the request.
    expect(error.fields).toEqual({ 'block.start': error.message, 'block.end': error.message });
    expect(fs.readFileSync(monthFile)).toEqual(before);
  });

  it('refuses a block that crosses midnight or ends before it starts', async () => {
    const { api } = setup();
    const error = await refused(api.daySaveBlock({ date: DATE, id: null, block: block('23:00', '01:00', '夜間対応') }));
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.['block.end']).toMatch(/日付をまたぐ予定は作れません/);
    const impossible = await refused(api.daySaveBlock({ date: DATE, id: null, block: block('25:00', '26:00', 'x') }));
    expect(impossible.fields?.['block.start']).toMatch(/0:00〜23:59/);
    expect((await refused(api.dayGet({ date: '2026-02-30' }))).fields?.date).toMatch(/実在する日付/);
  });

  it('undoes the last change, and undoing the first save returns to the default plan', async () => {
    const { api } = setup();
    const first = await ok(api.daySaveBlock({ date: DATE, id: null, block: block('09:00', '10:00', '資料作成') }));
    expect(first.canUndo).toBe(true);
    const moved = await ok(api.daySaveBlock({ date: DATE, id: first.day.blocks[0]!.id, block: block('09:30', '10:30', '資料作成') }));
    expect(moved.day.blocks[0]!.start).toBe('09:30');
    const undone = await ok(api.dayUndo({ date: DATE }));
    expect(undone.day.blocks[0]!.start).toBe('09:00');
    const back = await ok(api.dayUndo({ date: DATE }));
    expect(back.stored).toBe(false);
    expect((await refused(api.dayUndo({ date: DATE }))).message).toBe('元に戻せる変更はありません。');
  });

  it('deletes a block and refuses to edit one that is gone', async () => {
    const { api } = setup();
    const v = await ok(api.daySaveBlock({ date: DATE, id: null, block: block('09:00', '10:00', '資料作成') }));
    const id = v.day.blocks.find((b) => b.title === '資料作成')!.id;
    await ok(api.dayDeleteBlock({ date: DATE, id }));
    expect((await refused(api.dayDeleteBlock({ date: DATE, id }))).message).toMatch(/見つかりません/);
  });

  it('records the work style, including half-day mixes', async () => {
    const { api } = setup();
    const v = await ok(api.daySetWorkStyle({ date: DATE, workStyle: { am: 'satellite', pm: 'office', satelliteOffice: '中央公民館' } }));
    expect(v.day.workStyle).toEqual({ am: 'satellite', pm: 'office', satelliteOffice: '中央公民館' });
    expect(v.telework).toBe(true);
  });

  it('carries the blocks marked 未完了 to the next working day, skipping the weekend and 祝日', async () => {
    const { api } = setup();
    // Fri 2026-11-20 → Mon 11-23 is 勤労感謝の日 → Tue 11-24
    const date = '2026-11-20';
    await ok(api.daySaveBlock({ date, id: null, block: { ...block('09:00', '10:30', '資料作成'), status: 'unfinished' } }));
    await ok(api.daySaveBlock({ date, id: null, block: { ...block('10:30', '11:00', '電子決裁確認', 'approval'), status: 'done' } }));
    const res = await ok(api.dayCarryOver({ date }));
    expect(res).toMatchObject({ moved: 1, notPlaced: 0 });
    expect(res.to.day.date).toBe('2026-11-24');
    expect(res.to.day.blocks.filter((b) => b.kind !== 'break').map((b) => [b.start, b.title, b.status])).toEqual([['09:00', '資料作成', 'planned']]);
    expect(res.from.day.blocks.filter((b) => b.kind !== 'break').map((b) => b.status)).toEqual(['carried', 'done']);
  });

  it('carries exactly the blocks marked 未完了 / 繰越し (not a still-予定 one), marks them 繰越済み, and the 終業報告 names them', async () => {
    const { api } = setup();
    await buildSeedDay(api);
    let view = await ok(api.daySaveBlock({ date: DATE, id: null, block: block('17:30', '17:45', '終業報告・翌日の準備') }));
    const byTitle = (title: string) => view.day.blocks.find((b) => b.title === title)!;
    const { id: _a, focus: _fa, ...a } = byTitle('協議会委員任命の資料作成');
    view = await ok(api.daySaveBlock({ date: DATE, id: byTitle('協議会委員任命の資料作成').id, block: { ...a, status: 'unfinished' } }));
    const { id: _b, focus: _fb, ...b } = byTitle('計画書確認');
    view = await ok(api.daySaveBlock({ date: DATE, id: byTitle('計画書確認').id, block: { ...b, status: 'carriedOver' } }));

    const res = await ok(api.dayCarryOver({ date: DATE }));
    expect(res).toMatchObject({ moved: 2, notPlaced: 0 });
    expect(res.to.day.blocks.filter((x) => x.kind !== 'break').map((x) => [x.start, x.title, x.status])).toEqual([
      ['10:00', '協議会委員任命の資料作成', 'planned'],
      ['15:00', '計画書確認', 'planned'],
    ]);
    const statusOf = (title: string) => res.from.day.blocks.find((x) => x.title === title)!.status;
    expect([statusOf('協議会委員任命の資料作成'), statusOf('計画書確認'), statusOf('終業報告・翌日の準備')]).toEqual(['carried', 'carried', 'planned']);

    const report = await ok(api.reportCompose({ date: DATE, kind: 'end' }));
    const nextLine = report.body.split('\n').at(-1);
    expect(nextLine).toMatch(/: 11\/26\(木\) 10:00 協議会委員任命の資料作成、15:00 計画書確認$/);
    expect(report.body).toContain('(繰越済み)');

    // Once moved, nothing is left to carry: a second press copies nothing.
    expect((await refused(api.dayCarryOver({ date: DATE }))).message).toContain('繰り越す予定はありません');
  });

  it('carries exactly the blocks the end-of-day review names, whatever their status', async () => {
    const { api } = setup();
    const view = await buildSeedDay(api);
    const ids = view.day.blocks.filter((b) => b.title === '資料作成' || b.title === '国のガイドライン確認').map((b) => b.id);
    const res = await ok(api.dayCarryOver({ date: DATE, blockIds: ids }));
    expect(res.moved).toBe(2);
    expect(res.to.day.blocks.filter((x) => x.kind !== 'break').map((x) => x.title)).toEqual(['資料作成', '国のガイドライン確認']);
    expect(res.from.day.blocks.filter((x) => x.status === 'carried').map((x) => x.title)).toEqual(['資料作成', '国のガイドライン確認']);
    expect((await refused(api.dayCarryOver({ date: DATE, blockIds: ['nope'] }))).code).toBe('invalid_input');
  });

  it('carrying over again after undoing the source day does not copy a block twice', async () => {
    const { api } = setup();
    const date = '2026-11-25';
    await ok(api.daySaveBlock({ date, id: null, block: { ...block('09:00', '10:00', '資料作成'), status: 'carriedOver' } }));
    await ok(api.dayCarryOver({ date }));
    await ok(api.dayUndo({ date })); // the source block is 繰越し again
    const again = await ok(api.dayCarryOver({ date }));
    expect(again.moved).toBe(0);
    expect(again.to.day.blocks.filter((b) => b.title === '資料作成')).toHaveLength(1);
  });

  it('saves a day as a template and applies it to another date (undoable)', async () => {
    const { api } = setup();
    await buildSeedDay(api);
    const templates = await ok(api.templateSave({ date: DATE, name: '資料作成の日' }));
    expect(templates.map((t) => t.name)).toEqual(['資料作成の日']);
    const applied = await ok(api.templateApply({ date: '2026-11-26', id: templates[0]!.id }));
    expect(applied.day.hours).toEqual({ start: '09:00', end: '17:30' });
    expect(applied.day.blocks).toHaveLength(7);
    expect(applied.day.blocks.every((b) => b.status === 'planned')).toBe(true);
    expect((await ok(api.dayUndo({ date: '2026-11-26' }))).stored).toBe(false);
  });

  it('warns (never refuses) when a テレワーク不可 task is planned on a telework day', async () => {
    const { api } = setup();
    const items = await ok(api.inventorySave({
      id: null,
      item: { title: '窓口当番', kind: 'other', telework: 'no', reason: 'counter', minutes: 60, note: '' },
    }));
    await ok(api.daySetWorkStyle({ date: DATE, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
    const v = await ok(api.daySaveBlock({ date: DATE, id: null, block: { ...block('09:00', '10:00', '窓口当番', 'other'), inventoryId: items[0]!.id } }));
    expect(v.warnings).toEqual([{ blockId: expect.any(String), code: 'notTeleworkable', reason: 'counter' }]);
    const office = await ok(api.daySetWorkStyle({ date: DATE, workStyle: { am: 'office', pm: 'office', satelliteOffice: '' } }));
    expect(office.warnings).toEqual([]);
  });

  it('shows the week with telework days from the weekly pattern and holidays', async () => {
    const { api } = setup();
    const settings = await ok(api.settingsGet());
    await ok(api.settingsUpdate({ ...settings, teleworkWeekdays: [1, 5] }));
    const week = await ok(api.weekGet({ date: '2026-11-25' }));
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
