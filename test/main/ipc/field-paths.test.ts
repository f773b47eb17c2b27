/**
 * One error-path convention (issue #15, item 3): every field a refused call names is the full path
 * of that field in the channel's input ("block.end", not "end"), whether the contract refused it
 * or a service did. Many invalid payloads go through every channel — each leaf of a valid request
 * replaced by wrong values, random payloads, and the refusals only a service can make (an overlap,
 * an end before the start, a missing reason) — and each field key is walked down the input schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Channel, type ChannelInput, CHANNELS, channels } from '../../../shared/ipc/contract.js';
import type { IpcResult } from '../../../shared/ipc/result.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';
import { isInputPath } from '../../helpers/input-paths.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
const block = { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } as const;

/** A valid request for every channel (the compiler checks the table is complete and each entry well-shaped). */
const VALID: { [C in Channel]: ChannelInput<C> } = {
  'app:info': undefined,
  'app:dismissNotice': { id: 'settings@1' },
  'app:now': undefined,
  'app:start': undefined,
  'settings:get': undefined,
  'settings:update': { ...defaultSettings(), profile: { ...defaultSettings().profile, name: '山田 花子', staffId: '012345' } },
  'day:get': { date: DATE },
  'day:saveBlock': { date: DATE, id: null, block },
  'day:deleteBlock': { date: DATE, id: 'id1' },
  'day:setHours': { date: DATE, hours: { start: '08:30', end: '17:15' } },
  'day:setWorkStyle': { date: DATE, workStyle: { am: 'home', pm: 'office', satelliteOffice: '' } },
  'day:undo': { date: DATE },
  'day:carryOver': { date: DATE },
  'record:clock': { date: DATE, field: 'start', reason: '' },
  'record:setTime': { date: DATE, field: 'end', minutes: 1035, reason: '' },
  'record:saveInterruption': { date: DATE, interruption: { id: null, start: 840, end: 860, treatment: 'break', note: '' }, reason: '' },
  'record:deleteInterruption': { date: DATE, id: 'id2', reason: '通院の時刻を誤って入力' },
  'record:setPermission': { date: DATE, permissionRef: '総務第12号' },
  'week:get': { date: DATE },
  'template:list': undefined,
  'template:save': { date: DATE, name: '資料作成の日' },
  'template:delete': { id: 'id3' },
  'template:apply': { date: DATE, id: 'id3' },
  'inventory:list': undefined,
  'inventory:save': { id: null, item: { title: '窓口', kind: 'other', telework: 'no', reason: 'counter', minutes: 60, note: '' } },
  'inventory:delete': { id: 'id4' },
  'calendar:get': { year: 2026 },
  'calendar:setOrgDays': { orgDays: [{ date: '2026-06-01', name: '市制記念日' }] },
  'reminder:state': { date: DATE },
  'reminder:snooze': { id: `${DATE}/startReport/0830`, minutes: 5 },
  'reminder:done': { id: `${DATE}/startReport/0830` },
  'report:compose': { date: DATE, kind: 'start' },
  'report:markSent': { date: DATE, kind: 'start', via: 'mail', text: '【始業報告】' },
  'export:files': { from: '2026-11-01', to: '2026-11-30', formats: ['csv', 'json'], encoding: 'utf8bom' },
  'export:toFolder': { from: '2026-11-01', to: '2026-11-30', formats: ['csv'], encoding: 'cp932' },
  'supervisor:import': { files: [{ name: 'a.json', size: 2, text: '{}' }] },
  'supervisor:view': { date: DATE },
  'supervisor:check': { staffId: '012345', date: DATE },
  'supervisor:choose': { staffId: '012345', date: DATE, version: 'abc' },
  'supervisor:day': { staffId: '012345', date: DATE },
  'supervisor:clear': undefined,
  'supervisor:exportCsv': { encoding: 'utf8bom' },
  'supervisor:exportXlsx': undefined,
  'orgSummary:import': { files: [{ name: 'a.json', size: 2, text: '{}' }] },
  'orgSummary:current': undefined,
  'orgSummary:clear': undefined,
  'orgSummary:exportXlsx': undefined,
  'orgSummary:exportPdf': undefined,
  'report:sendWebhook': { date: DATE, kind: 'start', subject: '始業報告', text: '【始業報告】' },
  'webhook:test': undefined,
  'focus:get': undefined,
  'focus:start': { date: DATE, blockId: null, minutes: 30, countSleep: false },
  'focus:pause': undefined,
  'focus:resume': undefined,
  'focus:stop': undefined,
  'focus:extend': { minutes: 15 },
  'focus:interrupt': { kind: 'phone' },
  'focus:complete': { status: 'done', note: '' },
  'checklist:get': { date: DATE },
  'checklist:setItemDone': { date: DATE, id: 'id5', done: true },
  'checklist:addItem': { date: DATE, label: '資料の持ち帰り' },
  'checklist:removeItem': { date: DATE, id: 'id5' },
  'checklist:setIncludeInStartReport': { date: DATE, include: true },
  'checklist:saveAsTemplate': { date: DATE },
  'checklist:addPdf': { date: DATE, title: '会議資料' },
  'checklist:attachPdf': { date: DATE, id: 'id6' },
  'checklist:removePdf': { date: DATE, id: 'id6' },
  'checklist:saveApproval': { date: DATE, id: null, approval: { subject: '補助金の交付決定', approver: '課長', deadline: DATE, plannedDate: DATE, paper: false } },
  'checklist:removeApproval': { date: DATE, id: 'id7' },
  'org:import': { text: '{"format":"telework-techo/org-defaults","version":1}' },
  'data:backups': undefined,
  'data:backupNow': undefined,
  'data:restore': { id: 'backup_1.json.gz' },
  'data:exportAll': undefined,
  'data:exportAllToFolder': undefined,
  'data:import': { text: '{}' },
  'data:wipe': { exportId: 'id8', confirmation: '消去' },
};

const WRONG: unknown[] = [null, -1, 1e9, 0.5, '', 'x'.repeat(9000), '25:00', '2026-02-30', '..', {}, [], true, { extra: 1 }];

/** Every leaf path of a value ([] for the value itself). */
function leaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => leaves(v, [...at, i]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]))];
  return [at];
}

/** `value` with the place at `path` replaced (or, for an object, given one key too many). */
function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = by;
  return copy;
}

function mutations(channel: Channel): unknown[] {
  const valid = VALID[channel];
  if (valid === undefined) return [];
  return leaves(valid).flatMap((path) => [...WRONG.map((w) => replaced(valid, path, w)), ...(path.length ? [] : [{ ...(valid as object), unexpected: 1 }])]);
}

function setup() {
  const app = testApp(tempDir());
  /** Each refusal with the channel it came from, for the check at the end. */
  const refusals: { channel: Channel; payload: unknown; fields: string[] }[] = [];
  const send = async (channel: Channel, payload: unknown) => {
    const res = (await app.router.dispatch(channel, payload)) as IpcResult<unknown>;
    if (!res.ok) refusals.push({ channel, payload, fields: Object.keys(res.error.fields ?? {}) });
    return res;
  };
  const ok = async <T>(channel: Channel, payload?: unknown) => {
    const res = await app.router.dispatch(channel, payload);
    if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
    return res.data as T;
  };
  /** Field keys that are not a path of the channel's input, with the request that got them. */
  const strayKeys = () =>
    refusals.flatMap((r) => r.fields.filter((key) => !isInputPath(channels[r.channel].input, key.split('.'))).map((key) => `${r.channel} ${key} ← ${JSON.stringify(r.payload).slice(0, 120)}`));
  return { app, send, ok, refusals, strayKeys };
}

type DayView = { day: { blocks: { id: string; title: string }[]; record: { interruptions: { id: string }[] } } };

describe('field paths in refusals', () => {
  it("names only real paths of the channel's input, through every channel and many invalid payloads", async () => {
    const { send, ok, refusals, strayKeys } = setup();
    await ok('day:saveBlock', VALID['day:saveBlock']);
    for (const channel of CHANNELS) {
      for (const payload of mutations(channel)) await send(channel, payload);
      await fc.assert(
        fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (payload) => void (await send(channel, payload))),
        { numRuns: 40, seed: 20261125 },
      );
    }
    expect(strayKeys()).toEqual([]);
    // Not vacuous: many refusals named fields, deep ones among them.
    const keys = new Set(refusals.flatMap((r) => r.fields));
    expect(refusals.filter((r) => r.fields.length > 0).length).toBeGreaterThan(500);
    for (const deep of ['block.start', 'hours.end', 'interruption.end', 'item.reason', 'approval.deadline', 'orgDays.0.date', 'workHours.breaks', 'formats.0']) expect(keys).toContain(deep);
  }, 120_000);

  it('names the full input path when a service refuses (not the field alone)', async () => {
    const { send, ok, strayKeys } = setup();
    const fieldsOf = async (channel: Channel, payload: unknown) => {
      const res = await send(channel, payload);
      expect(res.ok, `${channel} should be refused`).toBe(false);
      return res.ok ? [] : Object.keys(res.error.fields ?? {}).sort();
    };
    await ok('day:saveBlock', { date: DATE, id: null, block: { ...block, note: 'メモ'.repeat(495) } });
    const seeded = await ok<DayView>('day:get', { date: DATE });
    const blockId = seeded.day.blocks.find((b) => b.title === '資料作成')!.id;

    // Services: an overlap, a time of the record before its start, a correction without its reason.
    expect(await fieldsOf('day:saveBlock', { date: DATE, id: null, block: { ...block, start: '09:30', end: '10:30', title: '打合せ' } })).toEqual(['block.end', 'block.start']);
    await ok('record:setTime', { date: DATE, field: 'start', minutes: 600, reason: '' });
    expect(await fieldsOf('record:setTime', { date: DATE, field: 'end', minutes: 590, reason: '' })).toEqual(['minutes']);
    expect(await fieldsOf('record:setTime', { date: DATE, field: 'start', minutes: 510, reason: ' ' })).toEqual(['reason']);
    expect(await fieldsOf('record:clock', { date: DATE, field: 'end', reason: '' })).toEqual([]); // 9:00 by the clock: no field of the request holds it
    const withBreak = await ok<DayView>('record:saveInterruption', VALID['record:saveInterruption']);
    const interruption = withBreak.day.record.interruptions[0]!.id;
    expect(await fieldsOf('record:saveInterruption', { date: DATE, interruption: { id: interruption, start: 845, end: 860, treatment: 'break', note: '' }, reason: '' })).toEqual(['reason']);
    expect(await fieldsOf('record:deleteInterruption', { date: DATE, id: interruption, reason: '' })).toEqual(['reason']);
    expect(await fieldsOf('export:files', { ...VALID['export:files'], from: '2026-11-30', to: '2026-11-01' })).toEqual(['to']);
    expect(await fieldsOf('export:toFolder', { ...VALID['export:toFolder'], from: '2026-11-30', to: '2026-11-01' })).toEqual(['to']);
    const { exportId } = await ok<{ exportId: string }>('data:exportAll');
    expect(await fieldsOf('data:wipe', { exportId, confirmation: 'けす' })).toEqual(['confirmation']);
    expect(await fieldsOf('org:import', { text: JSON.stringify({ format: 'telework-techo/org-defaults', version: 1, holidays: [{ date: '2026-02-30', name: 'x' }] }) })).toEqual(['text']);
    // The focus result note is added to the block's own note: together too long, it is the request's note.
    await ok('focus:start', { date: DATE, blockId, minutes: 30, countSleep: false });
    await ok('focus:stop');
    expect(await fieldsOf('focus:complete', { status: 'done', note: '素案を作成し課内で共有した' })).toEqual(['note']);

    // The contract: the same convention for what it refuses.
    expect(await fieldsOf('day:setHours', { date: DATE, hours: { start: '17:00', end: '09:00' } })).toEqual(['hours.end']);
    expect(await fieldsOf('record:saveInterruption', { ...VALID['record:saveInterruption'], interruption: { id: null, start: 860, end: 840, treatment: 'break', note: '' } })).toEqual(['interruption.end']);
    expect(await fieldsOf('inventory:save', { id: null, item: { ...VALID['inventory:save'].item, reason: null } })).toEqual(['item.reason']);
    expect(await fieldsOf('template:save', { date: DATE, name: ' ' })).toEqual(['name']);
    expect(strayKeys()).toEqual([]);
  });
});
