import { describe, expect, it } from 'vitest';
import type { TechoApi } from '../../../shared/ipc/api.js';
import { createConfStoreFactory } from '../../../main/adapters/conf-key-value-store.js';
import { type KeyValueStoreFactory, StoreAccessError } from '../../../main/ports/key-value-store.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
const at = (h: number, m: number) => new Date(2026, 10, 25, h, m).getTime();
const MIN = 60_000;

async function setup(start = at(9, 0), dir = tempDir()) {
  const app = testApp(dir, fakeClock(start));
  app.start();
  return { app, api: app.api, dir };
}

async function withBlock(api: TechoApi) {
  const v = await ok(api.daySaveBlock({ date: DATE, id: null, block: { start: '09:00', end: '10:30', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } }));
  return v.day.blocks.find((b) => b.title === '資料作成')!.id;
}

describe('focus timer (main-owned, from timestamps)', () => {
  it('a 90-minute session with a 30-minute sleep and a restart in the middle ends at the right wall-clock minute with 90 focused minutes', async () => {
    const first = await setup();
    const blockId = await withBlock(first.api);
    await ok(first.api.focusStart({ date: DATE, blockId, minutes: 90, countSleep: false }));
    first.app.time.advance(20 * MIN); // 09:20 (the window may be closed: nothing here depends on it)
    first.app.suspend();
    first.app.time.sleep(30 * MIN); // asleep until 09:50
    first.app.resume();
    first.app.time.advance(10 * MIN); // 10:00: 30 focused minutes so far
    expect(await ok(first.api.focusGet())).toMatchObject({ focusedMs: 30 * MIN, remainingMs: 60 * MIN });

    // The app (or just the window) restarts: the session is read back from disk, timestamps intact.
    const second = await setup(at(10, 0), first.dir);
    expect(await ok(second.api.focusGet())).toMatchObject({ focusedMs: 30 * MIN, session: { status: 'running' } });
    second.app.time.advance(59 * MIN); // 10:59
    expect((await ok(second.api.focusGet())).session?.status).toBe('running');
    second.app.time.advance(1 * MIN); // 11:00 = 09:00 + 90 min focus + 30 min asleep
    const done = await ok(second.api.focusGet());
    expect(done).toMatchObject({ focusedMs: 90 * MIN, remainingMs: 0, session: { status: 'finished', endedBy: 'time', finishedAt: at(11, 0) } });
    expect(second.app.shown.map((n) => `${n.at} ${n.body}`)).toContain('11:00 集中時間が終わりました(90分)');
    const view = await ok(second.api.dayGet({ date: DATE }));
    expect(view.day.blocks.find((b) => b.id === blockId)!.focus).toMatchObject({ minutes: 90, sessions: 1 });
  });

  it('counts sleep as focus only when asked', async () => {
    const { app, api } = await setup();
    await ok(api.focusStart({ date: DATE, blockId: null, minutes: 60, countSleep: true }));
    app.suspend();
    app.time.sleep(30 * MIN);
    app.resume();
    expect(await ok(api.focusGet())).toMatchObject({ focusedMs: 30 * MIN });
  });

  it('pause stops the clock, resume restarts it; extend adds time; interruptions are logged per kind on the block', async () => {
    const { app, api } = await setup();
    const blockId = await withBlock(api);
    await ok(api.focusStart({ date: DATE, blockId, minutes: null, countSleep: false })); // default: the block's 90 minutes
    expect((await ok(api.focusGet())).session?.plannedMs).toBe(90 * MIN);
    app.time.advance(10 * MIN);
    await ok(api.focusInterrupt({ kind: 'phone' }));
    await ok(api.focusPause());
    app.time.advance(15 * MIN);
    expect(await ok(api.focusGet())).toMatchObject({ focusedMs: 10 * MIN, session: { status: 'paused' } });
    await ok(api.focusResume());
    await ok(api.focusInterrupt({ kind: 'chat' }));
    await ok(api.focusExtend({ minutes: 15 }));
    app.time.advance(95 * MIN);
    expect((await ok(api.focusGet())).session?.status).toBe('finished');
    expect(app.shown.filter((n) => n.body.startsWith('集中時間')).map((n) => n.at)).toEqual(['11:00']); // 09:00 + 105 min focus + 15 min paused
    await ok(api.focusComplete({ status: 'done', note: '素案完成' }));
    const b = (await ok(api.dayGet({ date: DATE }))).day.blocks.find((x) => x.id === blockId)!;
    expect(b).toMatchObject({ status: 'done', note: '素案完成', focus: { minutes: 105, sessions: 1, interruptions: { phone: 1, chat: 1, visitor: 0, other: 0 } } });
    expect((await ok(api.focusGet())).session).toBeNull();
    const end = await ok(api.reportCompose({ date: DATE, kind: 'end' }));
    expect(end.body).toContain('・9:00〜10:30 資料作成(完了) 集中 105分・割り込み 2回 — 素案完成');
  });

  it('stopping early records the minutes so far; a clock set back does not add time', async () => {
    const { app, api } = await setup();
    const blockId = await withBlock(api);
    await ok(api.focusStart({ date: DATE, blockId, minutes: 60, countSleep: false }));
    app.time.advance(25 * MIN);
    app.time.jump(-60 * MIN); // someone sets the clock back an hour
    app.time.advance(MIN);
    expect((await ok(api.focusGet())).focusedMs).toBeLessThanOrEqual(26 * MIN);
    await ok(api.focusStop());
    await ok(api.focusComplete({ status: 'inProgress', note: '' }));
    expect((await ok(api.dayGet({ date: DATE }))).day.blocks.find((x) => x.id === blockId)!.status).toBe('inProgress');
  });

  it('refuses a second session and operations in the wrong state with clear messages', async () => {
    const { api } = await setup();
    await ok(api.focusStart({ date: DATE, blockId: null, minutes: 30, countSleep: false }));
    expect(await api.focusStart({ date: DATE, blockId: null, minutes: 30, countSleep: false })).toMatchObject({ ok: false, error: { message: '集中タイマーがすでに動いています。今の集中を終了してから始めてください。' } });
    expect(await api.focusResume()).toMatchObject({ ok: false, error: { message: '集中タイマーの今の状態では、その操作はできません。画面の表示を確認してください。' } });
    expect(await api.focusComplete({ status: 'done', note: '' })).toMatchObject({ ok: false });
    // @ts-expect-error deliberately no interruption kind: the contract refuses it
    expect(await api.focusInterrupt({ kind: 'fax' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('focus minutes and a day file that cannot be written', () => {
  /** The real stores, with writes of the month files refused (a full disk) while `disk.full`. */
  function fullDiskForDays(dir: string, disk: { full: boolean }): KeyValueStoreFactory {
    const inner = createConfStoreFactory(dir);
    return {
      root: inner.root,
      open(name) {
        const store = inner.open(name);
        return {
          path: store.path,
          readAll: () => store.readAll(),
          writeAll: (data) => {
            if (disk.full && name.startsWith('days/')) throw new StoreAccessError(store.path, 'write', 'noSpace');
            store.writeAll(data);
          },
          moveAside: (suffix) => store.moveAside(suffix),
        };
      },
    };
  }

  it('a refused write of the minutes does not end the session silently; once the disk takes it, they are added', async () => {
    const dir = tempDir();
    const disk = { full: false };
    const app = testApp(dir, fakeClock(at(9, 0)), { stores: fullDiskForDays(dir, disk) });
    app.start();
    const { api } = app;
    const blockId = await withBlock(api);
    await ok(api.focusStart({ date: DATE, blockId, minutes: 30, countSleep: false }));
    app.time.advance(20 * MIN);
    disk.full = true;
    expect(await api.focusStop()).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect((await ok(api.focusGet())).session?.status).toBe('running'); // not ended with its minutes lost
    // The planned end passes while the disk is still full: the timer tries again instead of giving up.
    app.time.advance(15 * MIN);
    expect((await ok(api.focusGet())).session?.status).toBe('running');
    disk.full = false;
    app.time.advance(MIN);
    expect((await ok(api.focusGet())).session).toMatchObject({ status: 'finished', endedBy: 'time' });
    const b = (await ok(api.dayGet({ date: DATE }))).day.blocks.find((x) => x.id === blockId)!;
    expect(b.focus).toMatchObject({ minutes: 30, sessions: 1 });
  });

  it('a block deleted during the session still lets it end (nothing to add the minutes to)', async () => {
    const { api } = await setup();
    const blockId = await withBlock(api);
    await ok(api.focusStart({ date: DATE, blockId, minutes: 30, countSleep: false }));
    await ok(api.dayDeleteBlock({ date: DATE, id: blockId }));
    expect((await ok(api.focusStop())).session).toMatchObject({ status: 'finished', endedBy: 'stop' });
  });
});

describe('tray while focusing', () => {
  it('shows the focus time left instead of the block line', async () => {
    const { app, api } = await setup();
    const updates: string[] = [];
    const stop = app.start({ update: (s) => updates.push(s.tooltip) });
    await withBlock(api);
    await ok(api.focusStart({ date: DATE, blockId: null, minutes: 30, countSleep: false }));
    app.time.advance(10 * MIN);
    expect(updates.at(-1)).toMatch(/^テレワーク手帳 — 集中 集中作業 残り20分/);
    stop();
  });
});
