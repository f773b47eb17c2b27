/**
 * The data folder is the app's alone (issue #14): a document replaced by a link to a file outside
 * was read through and overwritten there. Now every read and every replace looks at the entry
 * itself (lstat) first: a link, a pipe or a folder where a document belongs — or a link in place
 * of one of the app's folders — is never followed; it is moved aside (renamed, not deleted) and
 * reported. Every folder the app creates is 0700 and every file 0600 (POSIX).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimDataFolder } from '../../../main/app/claim-data-folder.js';
import { silentLogger } from '../../../main/ports/logger.js';
import type { BlockInput } from '../../../shared/day/day-schema.js';
import { runAppChild, useAppChild } from '../../helpers/app-child.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const appChild = useAppChild();
const posix = process.platform !== 'win32';
const block = (title: string, start = '09:00', end = '10:00'): BlockInput => ({ start, end, title, kind: 'focus', status: 'planned', note: '', inventoryId: null });
type App = ReturnType<typeof testApp>;

const rename = (app: App, name: string) => changeSettings(app.api, (s) => ({ ...s, profile: { ...s.profile, name } }));
const noticesOf = async (app: App) => (await ok(app.api.appInfo())).notices;
const nameOf = async (app: App) => (await ok(app.api.settingsGet())).profile.name;

/** A data folder with saved settings, and a file outside it that someone links to. */
async function folderAndOutside() {
  const root = tempDir();
  const dir = path.join(root, 'data');
  const seed = testApp(dir);
  await ok(rename(seed, '山田 花子'));
  await ok(seed.api.daySaveBlock({ date: '2026-11-25', id: null, block: block('資料作成') }));
  const outside = path.join(root, 'outside');
  fs.mkdirSync(outside);
  const target = path.join(outside, 'someone-elses.json');
  // Valid settings, so only the link check (not validation) can keep the app from using them.
  fs.writeFileSync(target, fs.readFileSync(path.join(dir, 'settings.json'), 'utf8').replace('山田 花子', '外部の内容'));
  return { dir, outside, target, targetBytes: fs.readFileSync(target) };
}

describe('links and other things that are not the app’s own files', () => {
  it('a document replaced by a link to a file outside: not read through, not overwritten there, kept aside and the user told', async () => {
    const { dir, target, targetBytes } = await folderAndOutside();
    const settings = path.join(dir, 'settings.json');
    fs.rmSync(settings);
    fs.symlinkSync(target, settings);

    const app = testApp(dir);
    expect(await nameOf(app)).toBe(''); // the linked file's content was not used
    const [notice] = await noticesOf(app);
    expect(notice).toMatchObject({ kind: 'not_own', document: 'settings', keptAt: path.join(dir, 'settings.not-own-2026-11-25T00-00-00Z.json') });
    expect(fs.lstatSync(notice!.keptAt!).isSymbolicLink()).toBe(true); // the link itself, renamed
    expect(fs.readlinkSync(notice!.keptAt!)).toBe(target);

    expect(await rename(app, '鈴木 一郎')).toMatchObject({ ok: true });
    expect(fs.readFileSync(target)).toEqual(targetBytes); // nothing written outside
    expect(fs.lstatSync(settings).isFile()).toBe(true); // our own regular file again
    expect(JSON.parse(fs.readFileSync(settings, 'utf8')).profile.name).toBe('鈴木 一郎');
  });

  it('a link swapped in while the app runs is not written through on the next save', async () => {
    const { dir, target, targetBytes } = await folderAndOutside();
    const app = testApp(dir);
    expect(await nameOf(app)).toBe('山田 花子'); // loaded before the swap
    const settings = path.join(dir, 'settings.json');
    fs.rmSync(settings);
    fs.symlinkSync(target, settings);

    expect(await rename(app, '鈴木 一郎')).toMatchObject({ ok: true });
    expect(fs.readFileSync(target)).toEqual(targetBytes);
    expect(fs.lstatSync(settings).isFile()).toBe(true);
    expect(await noticesOf(app)).toEqual([expect.objectContaining({ kind: 'not_own', document: 'settings' })]);
  });

  it('an app folder (days/) replaced by a link to a folder outside: nothing is written into that folder', async () => {
    const { dir, outside } = await folderAndOutside();
    const days = path.join(dir, 'days');
    fs.renameSync(days, path.join(outside, 'days'));
    fs.symlinkSync(path.join(outside, 'days'), days);
    const outsideBefore = fs.readFileSync(path.join(outside, 'days', '2026-11.json'));

    const app = testApp(dir);
    const view = await ok(app.api.dayGet({ date: '2026-11-25' }));
    expect(view.day.blocks.map((b) => b.title)).not.toContain('資料作成'); // not read through the link
    expect(await app.api.daySaveBlock({ date: '2026-11-25', id: null, block: block('新しい予定', '10:00', '11:00') })).toMatchObject({ ok: true });
    expect(fs.readdirSync(path.join(outside, 'days'))).toEqual(['2026-11.json']);
    expect(fs.readFileSync(path.join(outside, 'days', '2026-11.json'))).toEqual(outsideBefore);
    expect(fs.lstatSync(days).isDirectory()).toBe(true);
    const kept = (await noticesOf(app)).find((n) => n.kind === 'not_own');
    expect(kept).toMatchObject({ document: 'days/2026-11' });
    expect(fs.lstatSync(kept!.keptAt!).isSymbolicLink()).toBe(true);
  });

  it.skipIf(!posix)('a pipe where a document belongs is not opened (a read would hang the start): kept aside and reported', async () => {
    const { dir } = await folderAndOutside();
    const settings = path.join(dir, 'settings.json');
    fs.rmSync(settings);
    execFileSync('mkfifo', [settings]);
    // In a child process: a read of the pipe would block it for good, and the test worker with it.
    const run = await runAppChild(appChild(), dir, [['settings:get', undefined], ['app:info', undefined], ['settings:rename', '鈴木 一郎']], { timeoutMs: 15_000 });
    const [get, info, renamed] = run.results;
    expect(get).toMatchObject({ ok: true, data: { profile: { name: '' } } });
    const notice = ok(info).notices.find((n) => n.kind === 'not_own');
    expect(notice).toMatchObject({ document: 'settings' });
    expect(fs.lstatSync(notice!.keptAt!).isFIFO()).toBe(true);
    expect(renamed).toMatchObject({ ok: true });
    expect(fs.lstatSync(settings).isFile()).toBe(true); // our own regular file in its place
  });
});

describe('owner-only (POSIX modes; Windows relies on the profile ACL)', () => {
  it.skipIf(!posix)('every folder the app creates is 0700 and every file 0600 — day records, reminder log, checklists, backups, the lock', async () => {
    const dir = path.join(tempDir(), 'data');
    const claimed = claimDataFolder(dir, 'preview', silentLogger);
    const app = testApp(dir);
    await ok(app.api.daySaveBlock({ date: '2026-11-25', id: null, block: block('資料作成') }));
    await ok(app.api.checklistAddItem({ date: '2026-11-25', label: '持ち帰り' }));
    app.start();
    app.time.advance(3 * 60 * 60_000); // reminders logged, the daily backup made
    await ok(app.api.dataBackupNow());
    const entries = (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f));
    const folders = [dir, ...entries.filter((f) => fs.statSync(f).isDirectory())];
    const files = entries.filter((f) => fs.statSync(f).isFile());
    expect(folders.map((f) => path.relative(dir, f)).sort()).toEqual(['', 'backups', 'checklists', 'days', 'reminders']);
    expect(files.some((f) => f.endsWith('telework-techo.lock'))).toBe(true);
    for (const f of folders) expect([path.relative(dir, f), (fs.statSync(f).mode & 0o777).toString(8)]).toEqual([path.relative(dir, f), '700']);
    for (const f of files) expect([path.relative(dir, f), (fs.statSync(f).mode & 0o777).toString(8)]).toEqual([path.relative(dir, f), '600']);
    if (claimed.kind === 'claimed') claimed.lock?.release();
  });

  it.skipIf(!posix)('folders an older version created 0755 are made owner-only at the next start', () => {
    const dir = path.join(tempDir(), 'data');
    fs.mkdirSync(path.join(dir, 'days'), { recursive: true, mode: 0o755 });
    fs.mkdirSync(path.join(dir, 'reminders'), { mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const claimed = claimDataFolder(dir, 'preview', silentLogger);
    for (const f of [dir, path.join(dir, 'days'), path.join(dir, 'reminders')]) expect((fs.statSync(f).mode & 0o777).toString(8)).toBe('700');
    if (claimed.kind === 'claimed') claimed.lock?.release();
  });
});
