/**
 * Files the app cannot read or write get a notice, never a crash (issue #14): an unreadable
 * settings.json (chmod 000 — EACCES) stopped the app with a stack trace; an unreadable month file,
 * a read-only data folder and a full disk gave only 「アプリ内部で問題…」. Now the app starts, shows
 * what it can, names the file, the reason and what to do, refuses saves it cannot make with that
 * message, and loses nothing: the unreadable file is neither moved aside nor overwritten, and
 * nothing in memory advances as if saved.
 *
 * The permission cases run the app (claim the folder, createApp, start — as a shell does) in a
 * child process as an unprivileged user: root, which runs these tests here, ignores chmod. Not
 * root, the child runs as the same user and chmod applies directly.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { type ConfConstructor, createConfStoreFactory } from '../../../main/adapters/conf-key-value-store.js';
import type { BlockInput } from '../../../shared/day/day-schema.js';
import type { ChannelOutput } from '../../../shared/ipc/contract.js';
import type { IpcResult } from '../../../shared/ipc/result.js';
import { type ChildCall, appUser, runAppChild, useAppChild } from '../../helpers/app-child.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const appChild = useAppChild();

const runApp = <const T extends readonly ChildCall[]>(dir: string, calls: T) => runAppChild(appChild(), dir, calls, { unprivileged: true });

const block = (title: string, start = '09:00', end = '10:00'): BlockInput => ({ start, end, title, kind: 'focus', status: 'planned', note: '', inventoryId: null });

/** A data folder with a name in the settings and a block in November and in October, owned by the user the app runs as. */
async function seededFolder(): Promise<{ dir: string; settings: string; november: string }> {
  const parent = tempDir();
  fs.chmodSync(parent, 0o711); // the unprivileged user must reach the folder inside
  const dir = path.join(parent, 'data');
  const app = testApp(dir);
  await ok(changeSettings(app.api, (s) => ({ ...s, profile: { ...s.profile, name: '山田 花子' } })));
  await ok(app.api.daySaveBlock({ date: '2026-11-25', id: null, block: block('資料作成') }));
  await ok(app.api.daySaveBlock({ date: '2026-10-15', id: null, block: block('前月の予定') }));
  if (appUser) execFileSync('chown', ['-R', `${appUser.uid}:${appUser.gid}`, dir]);
  return { dir, settings: path.join(dir, 'settings.json'), november: path.join(dir, 'days', '2026-11.json') };
}

/** Inode, mode and bytes: proof a file was neither replaced, moved nor rewritten. */
function fingerprint(file: string) {
  const st = fs.statSync(file);
  const mode = st.mode & 0o777;
  fs.chmodSync(file, 0o600); // root would read anyway; another user needs this to compare
  const bytes = fs.readFileSync(file, 'base64');
  fs.chmodSync(file, mode);
  return { ino: st.ino, mode, bytes };
}

const titles = (r: IpcResult<ChannelOutput<'day:get'>>) => ok(r).day.blocks.map((b) => b.title);
const notices = (r: IpcResult<ChannelOutput<'app:info'>>) => ok(r).notices;
/** conf's write through the real adapter, failing with the OS error a full disk gives while `disk.full`. */
function fullDiskConf(disk: { full: boolean }): ConfConstructor {
  class FullDiskConf extends Conf<Record<string, unknown>> {
    override set store(value: Record<string, unknown>) {
      if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
      super.store = value;
    }
    override get store(): Record<string, unknown> {
      return super.store;
    }
  }
  return FullDiskConf as unknown as ConfConstructor;
}

const keptAside = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /corrupt|not-own/.test(f));

describe('files the app cannot read or write: a notice, never a crash', () => {
  it('an unreadable settings.json (chmod 000): starts with defaults and a notice, refuses to save settings over it, leaves it untouched', async () => {
    const { dir, settings } = await seededFolder();
    fs.chmodSync(settings, 0o000);
    const before = fingerprint(settings);
    const run = await runApp(dir, [
      ['app:info', undefined],
      ['settings:get', undefined],
      ['settings:rename', '鈴木 一郎'],
      ['day:saveBlock', { date: '2026-11-26', id: null, block: block('別の日の予定') }],
    ]);
    const [info, get, rename, otherSave] = run.results;
    expect(notices(info)).toContainEqual({ id: expect.any(String), kind: 'unreadable', document: 'settings', path: settings, reason: 'permission', at: expect.any(String) });
    expect(get).toMatchObject({ ok: true, data: { profile: { name: '' } } }); // not read, not guessed
    expect(rename).toMatchObject({ ok: false, error: { code: 'storage' } });
    const { message } = refused(rename);
    expect(message).toContain('「設定」のファイルを読み込めないため、変更を保存しません(理由: 権限がない)');
    expect(message).toContain('アクセス権を直してから、アプリを再起動してください');
    expect(message).toContain(settings);
    expect(message).not.toContain('アプリ内部で問題');
    expect(otherSave).toMatchObject({ ok: true }); // what it can do, it does
    expect(fingerprint(settings)).toEqual(before); // not moved aside, not overwritten with defaults
    expect(keptAside(dir)).toEqual([]);
  });

  it('an unreadable month file: the other months show, that month gets a notice, saving into it is refused, the file is untouched', async () => {
    const { dir, november } = await seededFolder();
    fs.chmodSync(november, 0o000);
    const before = fingerprint(november);
    const run = await runApp(dir, [
      ['day:get', { date: '2026-10-15' }],
      ['day:get', { date: '2026-11-25' }],
      ['day:saveBlock', { date: '2026-11-25', id: null, block: block('新しい予定', '10:00', '11:00') }],
      ['app:info', undefined],
      ['data:exportAll', undefined],
    ]);
    const [october, novemberDay, save, info, exportAll] = run.results;
    expect(titles(october)).toContain('前月の予定');
    expect(novemberDay).toMatchObject({ ok: true });
    expect(titles(novemberDay)).not.toContain('資料作成');
    expect(save).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(refused(save).message).toContain('「2026年11月の日々の記録」のファイルを読み込めないため、変更を保存しません(理由: 権限がない)');
    expect(notices(info)).toContainEqual(expect.objectContaining({ kind: 'unreadable', document: 'days/2026-11', path: november, reason: 'permission' }));
    // The export of everything cannot be whole: it says which file stops it, instead of an internal error.
    expect(exportAll).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(refused(exportAll).message).toContain(`「2026年11月の日々の記録」を読み込めませんでした(理由: 権限がない)。`);
    expect(fingerprint(november)).toEqual(before);
    expect(keptAside(dir)).toEqual([]);
  });

  it('a read-only data folder: starts and shows everything, says at once that nothing can be saved, refuses saves with 読み取り専用', async () => {
    const { dir, settings, november } = await seededFolder();
    const folders = [dir, ...(fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isDirectory())];
    const before = [fingerprint(settings), fingerprint(november)];
    for (const f of folders) fs.chmodSync(f, 0o555);
    try {
      const run = await runApp(dir, [
        ['app:info', undefined],
        ['settings:get', undefined],
        ['day:get', { date: '2026-11-25' }],
        ['settings:rename', '鈴木 一郎'],
        ['day:saveBlock', { date: '2026-11-25', id: null, block: block('新しい予定', '10:00', '11:00') }],
        ['settings:get', undefined],
      ]);
      const [info, get, day, rename, save, getAgain] = run.results;
      expect(run.locked).toBe(false); // nothing can be written there, the lock included
      expect(notices(info)).toContainEqual(expect.objectContaining({ kind: 'folder_unwritable', document: 'data-folder', path: dir, reason: 'readOnly' }));
      expect(get).toMatchObject({ ok: true, data: { profile: { name: '山田 花子' } } });
      expect(titles(day)).toContain('資料作成');
      for (const answer of [rename, save]) {
        expect(answer).toMatchObject({ ok: false, error: { code: 'storage' } });
        expect(refused(answer).message).toContain('(理由: 読み取り専用)。今の変更は保存されていません。データの保存先の読み取り専用の設定を外す');
      }
      expect(getAgain).toMatchObject({ ok: true, data: { profile: { name: '山田 花子' } } }); // not advanced as if saved
    } finally {
      for (const f of folders) fs.chmodSync(f, 0o700);
    }
    expect([fingerprint(settings), fingerprint(november)]).toEqual(before);
    expect((fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => /tmp|lock|corrupt/.test(f))).toEqual([]);
  });

  it('a full disk (ENOSPC from the file port): saves are refused with ディスクの空き不足, nothing in memory advances, reminders keep running, and saving works once there is space', async () => {
    const dir = tempDir();
    const disk = { full: false };
    const app = testApp(dir, undefined, { stores: createConfStoreFactory(dir, fullDiskConf(disk)) });
    const { api } = app;
    const s = await ok(api.settingsGet());
    await ok(api.settingsUpdate({ ...s, profile: { ...s.profile, name: '山田 花子' } }));
    await ok(api.daySaveBlock({ date: '2026-11-25', id: null, block: block('資料作成') }));
    const stopped = app.start();
    const files = () => Object.fromEntries((fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
    const before = files();

    disk.full = true;
    const rename = await api.settingsUpdate({ ...s, profile: { ...s.profile, name: '鈴木 一郎' } });
    expect(rename).toMatchObject({ ok: false, error: { code: 'storage' } });
    const { message } = refused(rename);
    expect(message).toContain('「設定」を保存できませんでした(理由: ディスクの空き不足)。今の変更は保存されていません。不要なファイルを削除してディスクの空きを作ってから、もう一度保存してください。');
    expect(await api.settingsGet()).toMatchObject({ data: { profile: { name: '山田 花子' } } });

    const save = await api.daySaveBlock({ date: '2026-11-25', id: null, block: block('追加の予定', '10:00', '11:00') });
    expect(save).toMatchObject({ ok: false, error: { code: 'storage' } });
    const day = await api.dayGet({ date: '2026-11-25' });
    expect(titles(day)).toEqual(expect.arrayContaining(['資料作成']));
    expect(titles(day)).not.toContain('追加の予定');
    expect(day).toMatchObject({ data: { canUndo: true } }); // the one real save; no undo step for the refused one
    expect(await api.dayUndo({ date: '2026-11-25' })).toMatchObject({ ok: false, error: { code: 'storage' } });
    // The refused undo changed nothing either: the step is still there to undo.
    expect(await api.dayGet({ date: '2026-11-25' })).toMatchObject({ data: { canUndo: true } });

    // The scheduler's own writes (the reminder log) fail in the background: no crash, reminders still shown.
    const shownBefore = app.shown.length;
    app.time.advance(3 * 60 * 60_000);
    expect(app.shown.length).toBeGreaterThan(shownBefore);
    const info = await ok(api.appInfo());
    expect(info.notices).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'unwritable', document: 'settings', reason: 'noSpace' }), expect.objectContaining({ kind: 'unwritable', document: 'days/2026-11', reason: 'noSpace' })]));
    expect(files()).toEqual(before); // nothing half-written

    disk.full = false;
    expect(await api.settingsUpdate({ ...s, profile: { ...s.profile, name: '鈴木 一郎' } })).toMatchObject({ ok: true });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).profile.name).toBe('鈴木 一郎');
    // One undo takes back the one save that was made (no step was left behind by the refused ones).
    await ok(api.dayUndo({ date: '2026-11-25' }));
    expect(titles(await api.dayGet({ date: '2026-11-25' }))).not.toContain('資料作成');
    stopped();
  });

  it('says it in English when the UI is in English', async () => {
    const dir = tempDir();
    const disk = { full: false };
    const app = testApp(dir, undefined, { stores: createConfStoreFactory(dir, fullDiskConf(disk)) });
    const s = await ok(app.api.settingsGet());
    await ok(app.api.settingsUpdate({ ...s, language: 'en' }));
    disk.full = true;
    const error = await refused(app.api.settingsUpdate({ ...s, language: 'en', startAtLogin: true }));
    expect(error.message).toContain('"Settings" could not be saved (the disk is full). This change has not been saved. Free up disk space');
  });
});
