/**
 * Data safety through the IPC router on real files: daily automatic backups (fake clock and
 * timers, sleep and clock jumps), restore, the export of everything and the import back
 * (round trip into a fresh data folder), refusals that change nothing, and "export, then wipe".
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { IpcResult } from '../../../shared/ipc/result.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function setup(dir = tempDir(), clock = fakeClock()) {
  const app = testApp(dir, clock);
  const { api } = app;
  const block = (date: string, title: string, start = '09:00', end = '10:00') =>
    ok(api.daySaveBlock({ date, id: null, block: { start, end, title, kind: 'focus', status: 'planned', note: '', inventoryId: null } }));
  const titles = async (date: string) => (await ok(api.dayGet({ date }))).day.blocks.filter((b) => b.kind !== 'break').map((b) => b.title);
  const backups = async () => (await ok(api.dataBackups())).backups;
  return { app, api, dir, clock, block, titles, backups };
}

/** Every document file under the data folder (backups aside) with its parsed content. */
function documents(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const p = path.join(dir, rel);
    if (rel.startsWith('backups') || !fs.statSync(p).isFile() || !rel.endsWith('.json')) continue;
    out[rel.split(path.sep).join('/')] = JSON.parse(fs.readFileSync(p, 'utf8'));
  }
  return out;
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const rel of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const p = path.join(dir, rel);
    if (fs.statSync(p).isFile()) out[rel] = fs.readFileSync(p).toString('base64');
  }
  return out;
}

describe('daily automatic backups', () => {
  it('makes one backup a day a minute after start, not at start and never twice a day', async () => {
    const t = setup();
    await t.block('2026-11-25', '予算資料');
    const stop = t.app.start();
    expect(await t.backups()).toEqual([]); // start-up does not pay for a backup
    t.app.time.advance(60_000);
    const first = await t.backups();
    expect(first.map((b) => b.kind)).toEqual(['auto']);
    t.app.time.advance(10 * HOUR); // 19:01 the same day
    expect(await t.backups()).toHaveLength(1);
    t.app.time.advance(6 * HOUR); // past midnight: 2026-11-26 01:01
    expect((await t.backups()).map((b) => b.kind)).toEqual(['auto', 'auto']);
    stop();
  });

  it('catches up on resume after a sleep across midnight, and after the clock is set forward', async () => {
    const t = setup();
    await t.block('2026-11-25', '窓口対応');
    const stop = t.app.start();
    t.app.time.advance(60_000);
    t.app.time.sleep(20 * HOUR); // asleep until 2026-11-26 05:01
    t.app.time.resume(); // the OS runs the overdue timer …
    t.app.resume(); // … and announces the resume
    let list = await t.backups();
    expect(list.map((b) => b.at.slice(0, 10))).toEqual(['2026-11-25', '2026-11-25']); // 05:01 JST is still the 25th in UTC
    expect(list).toHaveLength(2);
    t.app.time.jump(2 * DAY); // the user sets the clock two days forward
    t.app.time.advance(HOUR); // the hourly check notices
    list = await t.backups();
    expect(list).toHaveLength(3);
    stop();
  });

  it('keeps backups for the chosen number of days (the newest always stays) and writes them owner-only', async () => {
    const t = setup();
    await t.block('2026-11-25', '記録');
    await ok(changeSettings(t.api, (s) => ({ ...s, backupKeepDays: 3 })));
    const stop = t.app.start();
    t.app.time.advance(10 * DAY);
    const list = await t.backups();
    expect(list).toHaveLength(3);
    expect(new Set(list.map((b) => b.at.slice(0, 10))).size).toBe(3);
    if (process.platform !== 'win32') {
      for (const b of list) expect(fs.statSync(path.join(t.dir, 'backups', b.id)).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(t.dir, 'settings.json')).mode & 0o777).toBe(0o600);
    }
    const error = await refused(changeSettings(t.api, (s) => ({ ...s, backupKeepDays: 0 })));
    expect(error.fields?.backupKeepDays).toBe('保存日数は1〜90の整数で入力してください。');
    stop();
    // Ten days of the app's timers run minute by minute (reminders, focus, backups): about 10 s alone, more on shared cores.
  }, 60_000);

  it('a failing backup is logged and tried again at the next check, the app keeps running', async () => {
    const t = setup();
    await t.block('2026-11-25', '記録');
    fs.writeFileSync(path.join(t.dir, 'backups'), 'a file where the folder should be');
    const stop = t.app.start();
    t.app.time.advance(60_000);
    expect(t.app.errors).toHaveLength(1);
    fs.rmSync(path.join(t.dir, 'backups'));
    t.app.time.advance(HOUR);
    expect(await t.backups()).toHaveLength(1);
    stop();
  });
});

describe('restoring a backup', () => {
  it('returns to the backed-up state, keeps the state before as a backup, and that one undoes the restore', async () => {
    const t = setup();
    await t.block('2026-11-25', '予算資料');
    const kept = await ok(t.api.dataBackupNow());
    expect(kept.kind).toBe('manual');
    await t.block('2026-11-25', '議事録', '10:00', '11:00');
    await t.block('2026-12-01', '来月の計画');
    const r = await ok(t.api.dataRestore({ id: kept.id }));
    expect(r.restored).toBe(kept.id);
    expect(await t.titles('2026-11-25')).toEqual(['予算資料']);
    expect(await t.titles('2026-12-01')).toEqual([]); // a month that did not exist then is gone
    expect(fs.existsSync(path.join(t.dir, 'days', '2026-12.json'))).toBe(false);
    const list = await t.backups();
    expect(list.find((b) => b.id === r.safety)?.kind).toBe('before-restore');
    // Undo is no longer the plan's undo (the services were rebuilt from disk) …
    const undo = await t.api.dayUndo({ date: '2026-11-25' });
    expect(undo.ok).toBe(false);
    // … but restoring the "before restore" backup is.
    await ok(t.api.dataRestore({ id: r.safety! }));
    expect(await t.titles('2026-11-25')).toEqual(['予算資料', '議事録']);
    expect(await t.titles('2026-12-01')).toEqual(['来月の計画']);
  });

  it('refuses a damaged backup, an unknown id and a path, with nothing changed', async () => {
    const t = setup();
    await t.block('2026-11-25', '予算資料');
    fs.mkdirSync(path.join(t.dir, 'backups'));
    fs.writeFileSync(path.join(t.dir, 'backups', '2026-11-24T00-00-00Z_auto.json.gz'), gzipSync('{"format":"telework-techo-data", "documents": {'));
    fs.writeFileSync(path.join(t.dir, 'backups', '2026-11-23T00-00-00Z_auto.json.gz'), 'not gzip at all');
    const before = files(t.dir);
    expect((await refused(t.api.dataRestore({ id: '2026-11-24T00-00-00Z_auto.json.gz' }))).message).toBe(
      'ファイルが壊れているか、JSON ではありません(途中で切れていないか確認してください)。何も変更していません。',
    );
    expect((await refused(t.api.dataRestore({ id: '2026-11-23T00-00-00Z_auto.json.gz' }))).message).toContain('バックアップのファイルが壊れていて読めません');
    // A path is not even a backup id: the contract refuses it before the service looks.
    expect(await refused(t.api.dataRestore({ id: '../settings.json' }))).toMatchObject({ code: 'invalid_input', fields: { id: '値が正しくありません。入力し直してください。' } });
    expect(files(t.dir)).toEqual(before);
    expect(await t.titles('2026-11-25')).toEqual(['予算資料']);
  });
});

describe('export of everything and import back', () => {
  async function populated() {
    const t = setup();
    await ok(changeSettings(t.api, (s) => ({ ...s, profile: { ...s.profile, name: '山田 花子', staffId: '00123' }, teleworkWeekdays: [1, 5] })));
    await t.block('2026-10-30', '前月の記録');
    await t.block('2026-11-25', '予算資料');
    await ok(t.api.recordClock({ date: '2026-11-25', field: 'start', reason: '' }));
    await ok(t.api.inventorySave({ id: null, item: { title: '窓口', kind: 'other', telework: 'no', reason: 'counter', minutes: 60, note: '' } }));
    await ok(t.api.templateSave({ date: '2026-11-25', name: '在宅の日' }));
    await ok(t.api.calendarSetOrgDays({ orgDays: [{ date: '2026-12-28', name: '庁舎点検' }] }));
    await ok(t.api.checklistAddItem({ date: '2026-11-27', label: '鍵の返却' }));
    await ok(t.api.reportMarkSent({ date: '2026-11-25', kind: 'start', via: 'clipboard', text: '【始業報告】' }));
    return t;
  }

  it('round-trips: every document and every view of a fresh PC equal the original', async () => {
    const t = await populated();
    const exported = await ok(t.api.dataExportAll());
    expect(exported.name).toBe('telework-techo-all-2026-11-25.json');
    expect(exported.days).toBe(2);
    const text = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'telework-techo-data', formatVersion: 1, reason: 'export' });

    const fresh = setup();
    const r = await ok(fresh.api.dataImport({ text }));
    expect(r).toEqual({ days: 2, documents: exported.documents, safety: null });
    expect(documents(fresh.dir)).toEqual(documents(t.dir));
    const views: [string, (api: TechoApi) => Promise<IpcResult<object>>][] = [
      ['settings:get', (api) => api.settingsGet()],
      ['day:get 2026-11-25', (api) => api.dayGet({ date: '2026-11-25' })],
      ['day:get 2026-10-30', (api) => api.dayGet({ date: '2026-10-30' })],
      ['inventory:list', (api) => api.inventoryList()],
      ['template:list', (api) => api.templateList()],
      ['checklist:get', (api) => api.checklistGet({ date: '2026-11-27' })],
      ['calendar:get', (api) => api.calendarGet({ year: 2026 })],
      ['report:compose', (api) => api.reportCompose({ date: '2026-11-25', kind: 'end' })],
    ];
    for (const [name, view] of views) {
      // The plan's undo is per session, not data: a fresh PC has nothing to undo.
      const imported = { ...(await ok(view(fresh.api))), canUndo: undefined };
      const original = { ...(await ok(view(t.api))), canUndo: undefined };
      expect(imported, name).toEqual(original);
    }
  });

  it('importing over existing data replaces it, after keeping it as a "before import" backup', async () => {
    const t = await populated();
    const text = Buffer.from((await ok(t.api.dataExportAll())).base64, 'base64').toString('utf8');
    const other = setup();
    await other.block('2027-01-05', '別の記録');
    const r = await ok(other.api.dataImport({ text }));
    expect(await other.titles('2027-01-05')).toEqual([]);
    expect(await other.titles('2026-11-25')).toEqual(['予算資料']);
    expect((await other.backups()).map((b) => [b.id, b.kind])).toEqual([[r.safety, 'before-import']]);
  });

  it('reads an export from an older version (documents migrated) and refuses one from a newer version', async () => {
    const t = await populated();
    const archive = JSON.parse(Buffer.from((await ok(t.api.dataExportAll())).base64, 'base64').toString('utf8'));
    const { backupKeepDays: _k, ...v5 } = archive.documents.settings;
    const older = { ...archive, documents: { ...archive.documents, settings: { ...v5, schemaVersion: 5 } } };
    const fresh = setup();
    await ok(fresh.api.dataImport({ text: JSON.stringify(older) }));
    expect((await ok(fresh.api.settingsGet())).backupKeepDays).toBe(14);
    const newer = { ...archive, documents: { ...archive.documents, settings: { ...archive.documents.settings, schemaVersion: 99 } } };
    expect((await refused(fresh.api.dataImport({ text: JSON.stringify(newer) }))).message).toBe(
      '「settings」は新しいバージョンのアプリで書き出されています。アプリを更新してから読み込んでください。',
    );
  });

  it('refuses malformed files with a clear message and changes nothing', async () => {
    const t = await populated();
    const good = Buffer.from((await ok(t.api.dataExportAll())).base64, 'base64').toString('utf8');
    const archive = JSON.parse(good);
    const target = setup();
    await target.block('2026-11-25', '守るべき記録');
    const before = files(target.dir);
    const cases: [string, string][] = [
      [good.slice(0, good.length / 2), 'ファイルが壊れているか、JSON ではありません'],
      ['', 'ファイルが壊れているか、JSON ではありません'],
      ['{"format":"something-else"}', 'テレワーク手帳の「すべてのデータ」のファイルではありません'],
      [JSON.stringify({ ...archive, formatVersion: 2 }), '新しいバージョンのアプリで書き出されたファイルです'],
      [JSON.stringify({ ...archive, documents: { ...archive.documents, 'days/2026-13': { schemaVersion: 1, days: {} } } }), '不明なデータ「days/2026-13」'],
      [JSON.stringify({ ...archive, documents: { ...archive.documents, '../evil': {} } }), '不明なデータ「../evil」'],
      [JSON.stringify({ ...archive, documents: { ...archive.documents, 'days/2026-11': { schemaVersion: 1, days: { '2026-11-25': { date: '2026-11-25', blocks: 'x' } } } } }), '「days/2026-11」の内容が正しくありません'],
      [JSON.stringify({ ...archive, documents: { ...archive.documents, 'days/2026-10': { schemaVersion: 1, days: { '2026-11-25': archive.documents['days/2026-11'].days['2026-11-25'] } } } }), '「days/2026-10」の内容が正しくありません'],
      [good.replace('"documents": {', '"documents": {"__proto__": {"polluted": true},'), '使えない項目名(__proto__)'],
      ['['.repeat(10_000) + ']'.repeat(10_000), 'JSON の入れ子が深すぎます'],
      // Re-saved as Shift_JIS by an editor, then read as UTF-8 (what the file picker does).
      [new TextDecoder().decode(iconv.encode(good, 'cp932')), '文字コードが UTF-8 ではありません'],
    ];
    for (const [text, expected] of cases) {
      const res = await target.api.dataImport({ text });
      expect(res.ok, text.slice(0, 60)).toBe(false);
      if (!res.ok) expect(res.error.message).toContain(expected);
      expect(files(target.dir)).toEqual(before);
    }
    expect(await target.titles('2026-11-25')).toEqual(['守るべき記録']);
  });

  it('carries files the app kept aside, so nothing is lost by a wipe after the export', async () => {
    const t = setup();
    await t.block('2026-11-25', '予算資料');
    fs.writeFileSync(path.join(t.dir, 'days', '2026-10.json'), '{ broken');
    await ok(t.api.dayGet({ date: '2026-10-01' })); // finds it, keeps it aside
    const archive = JSON.parse(Buffer.from((await ok(t.api.dataExportAll())).base64, 'base64').toString('utf8'));
    const kept = Object.entries(archive.keptAside as Record<string, string>);
    expect(kept).toHaveLength(1);
    expect(kept[0]![0]).toMatch(/^days\/2026-10\.corrupt-.*\.json$/);
    expect(kept[0]![1]).toBe('{ broken');
  });
});

describe('export, then wipe (returning a loaned laptop)', () => {
  it('refuses to wipe before the export and without the typed word, then removes every file', async () => {
    const t = setup();
    const stop = t.app.start();
    await t.block('2026-11-25', '予算資料');
    await ok(t.api.dataBackupNow());
    const before = files(t.dir);
    expect((await refused(t.api.dataWipe({ exportId: 'made-up', confirmation: '消去' }))).message).toBe('消去の前に、すべてのデータを書き出してください。');
    const exported = await ok(t.api.dataExportAll());
    const wrong = await refused(t.api.dataWipe({ exportId: exported.exportId, confirmation: 'けす' }));
    expect(wrong.fields?.confirmation).toBe('確認のため「消去」と入力してください。');
    expect(files(t.dir)).toEqual(before);

    const r = await ok(t.api.dataWipe({ exportId: exported.exportId, confirmation: ' 消去 ' }));
    expect(r.removed).toBe(Object.keys(before).length);
    expect(files(t.dir)).toEqual({});
    // The app goes on as a fresh install with its scheduler stopped: nothing is written back …
    t.app.time.advance(2 * DAY);
    expect(await t.titles('2026-11-25')).toEqual([]);
    expect((await ok(t.api.settingsGet())).profile.name).toBe('');
    expect(files(t.dir)).toEqual({});
    // … and the exported file brings everything back.
    await ok(t.api.dataImport({ text: Buffer.from(exported.base64, 'base64').toString('utf8') }));
    expect(await t.titles('2026-11-25')).toEqual(['予算資料']);
    stop();
  });

  it('an export id is good for this session only, and the English word is asked in English', async () => {
    const t = setup();
    await t.block('2026-11-25', 'Budget');
    await ok(changeSettings(t.api, (s) => ({ ...s, language: 'en' })));
    const { exportId } = await ok(t.api.dataExportAll());
    const restarted = setup(t.dir, t.clock);
    expect((await refused(restarted.api.dataWipe({ exportId, confirmation: 'ERASE' }))).message).toBe('Export all data before erasing.');
    expect((await refused(t.api.dataWipe({ exportId, confirmation: '消去' }))).message).toBe('Type "ERASE" to confirm.');
    expect((await ok(t.api.dataWipe({ exportId, confirmation: 'ERASE' }))).removed).toBeGreaterThan(0);
  });
});

describe('data safety when things go wrong', () => {
  it('a title with a pasted U+FFFD (�) survives backup, restore, export and import', async () => {
    const t = setup();
    await t.block('2026-11-25', '文字化け\uFFFDの件');
    const backup = await ok(t.api.dataBackupNow());
    await t.block('2026-11-26', '別の日');
    await ok(t.api.dataRestore({ id: backup.id }));
    expect(await t.titles('2026-11-25')).toEqual(['文字化け\uFFFDの件']);
    const text = Buffer.from((await ok(t.api.dataExportAll())).base64, 'base64').toString('utf8');
    const fresh = setup();
    await ok(fresh.api.dataImport({ text }));
    expect(await fresh.titles('2026-11-25')).toEqual(['文字化け\uFFFDの件']);
  });

  it('a write failing halfway through an import puts the state before back and says which backup holds it', async () => {
    const t = setup();
    await t.block('2026-10-30', '十月・元の記録');
    const text = Buffer.from((await ok(t.api.dataExportAll())).base64, 'base64').toString('utf8');
    const archive = JSON.parse(text);
    archive.documents['days/2026-10'].days['2026-10-30'].blocks[0].title = '十月・新しい記録';
    archive.documents['days/2026-12'] = { schemaVersion: 1, days: {} };
    // days/2026-12.json cannot be written: a folder stands where the file would go.
    fs.mkdirSync(path.join(t.dir, 'days', '2026-12.json', 'blocker'), { recursive: true });
    const error = await refused(t.api.dataImport({ text: JSON.stringify(archive) }));
    const safety = (await t.backups())[0]!;
    expect(safety.kind).toBe('before-import');
    expect(error.message).toBe(`置き換えの途中で書き込みに失敗したため、元の状態に戻しました。元の状態はバックアップ「${safety.id}」にもあります。`);
    // The services were rebuilt from disk: what is shown is what is stored, and an edit keeps it.
    expect(await t.titles('2026-10-30')).toEqual(['十月・元の記録']);
    await t.block('2026-10-30', '追加', '11:00', '12:00');
    expect(await t.titles('2026-10-30')).toEqual(['十月・元の記録', '追加']);
    expect(t.app.errors.length).toBeGreaterThan(0); // logged, not hidden
  });

  it('a handler of the old services still running (a file dialog left open) cannot write over restored data', async () => {
    let choose: (file: string | null) => void = () => {};
    const dir = tempDir();
    const app = testApp(dir, fakeClock(), { filePicker: { pickPdf: () => new Promise((resolve) => (choose = resolve)) } });
    const { api } = app;
    const v = await ok(api.checklistAddPdf({ date: '2026-11-27', title: '会議資料' }));
    const backup = await ok(api.dataBackupNow());
    await ok(api.checklistAddItem({ date: '2026-11-27', label: '復元で消える項目' }));
    const pending = api.checklistAttachPdf({ date: '2026-11-27', id: v.checklist.pdfs[0]!.id });
    await ok(api.dataRestore({ id: backup.id }));
    const restored = fs.readFileSync(path.join(dir, 'checklists', '2026-11.json'), 'utf8');
    const pdf = path.join(tempDir(), '資料.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
    choose(pdf);
    const res = await pending;
    expect(res).toMatchObject({ ok: false, error: { message: 'データが置き換えられたため、この操作は保存していません。画面を読み込み直してから、もう一度操作してください。' } });
    expect(fs.readFileSync(path.join(dir, 'checklists', '2026-11.json'), 'utf8')).toBe(restored);
  });

  it('after three weeks away the old backups are still there (kept by count as well as by days), newest first', async () => {
    const t = setup();
    await t.block('2026-11-25', '記録');
    await ok(changeSettings(t.api, (s) => ({ ...s, backupKeepDays: 3 })));
    const stop = t.app.start();
    t.app.time.advance(4 * DAY); // four daily backups, pruned to three
    expect(await t.backups()).toHaveLength(3);
    stop();
    t.clock.advance(21 * DAY); // the app was not running
    const again = t.app.start();
    t.app.time.advance(60_000);
    const list = await t.backups();
    // Today's and the two newest from before the holiday (three kept), not today's alone.
    expect(list).toHaveLength(3);
    expect(list.filter((b) => Date.parse(b.at) < t.clock.now() - 20 * DAY)).toHaveLength(2);
    expect(list.map((b) => b.at)).toEqual([...list.map((b) => b.at)].sort().reverse());
    again();
    t.clock.advance(1000);
    // Two manual backups in the same second: the later one is listed first.
    const a = await ok(t.api.dataBackupNow());
    const b = await ok(t.api.dataBackupNow());
    expect(b.id).toMatch(/_manual-2\.json\.gz$/);
    expect((await t.backups()).slice(0, 2).map((x) => x.id)).toEqual([b.id, a.id]);
  });

  it('the settings of the restored state reach the shell and the windows (settings:changed)', async () => {
    const t = setup();
    await t.block('2026-11-25', '記録');
    const backup = await ok(t.api.dataBackupNow());
    await ok(changeSettings(t.api, (s) => ({ ...s, language: 'en' })));
    const seen: unknown[] = [];
    t.api.on('settings:changed', (settings) => seen.push(settings.language));
    await ok(t.api.dataRestore({ id: backup.id }));
    expect(seen).toEqual(['ja']);
  });

  it('the wipe removes only the app’s own files, and refuses when the data changed since the export', async () => {
    const t = setup();
    await t.block('2026-11-25', '記録');
    await ok(t.api.dataBackupNow());
    fs.writeFileSync(path.join(t.dir, 'メモ.txt'), 'not ours');
    fs.mkdirSync(path.join(t.dir, 'other'));
    fs.writeFileSync(path.join(t.dir, 'other', 'x.json'), '{}');
    fs.writeFileSync(path.join(t.dir, 'backups', 'my-copy.zip'), 'not ours either');
    const { exportId } = await ok(t.api.dataExportAll());
    await t.block('2026-11-26', 'あとから追加');
    expect((await refused(t.api.dataWipe({ exportId, confirmation: '消去' }))).message).toBe('書き出した後にデータが変わりました。消去の前に、もう一度すべてのデータを書き出してください。');
    const again = await ok(t.api.dataExportAll());
    await ok(t.api.dataWipe({ exportId: again.exportId, confirmation: '消去' }));
    expect(Object.keys(files(t.dir)).sort()).toEqual([path.join('backups', 'my-copy.zip'), path.join('other', 'x.json'), 'メモ.txt'].sort());
  });

  it('an import after a wipe starts the services again (daily backups run)', async () => {
    const t = setup();
    const stop = t.app.start();
    await t.block('2026-11-25', '記録');
    const exported = await ok(t.api.dataExportAll());
    await ok(t.api.dataWipe({ exportId: exported.exportId, confirmation: '消去' }));
    t.app.time.advance(2 * HOUR);
    expect(files(t.dir)).toEqual({});
    await ok(t.api.dataImport({ text: Buffer.from(exported.base64, 'base64').toString('utf8') }));
    t.app.time.advance(2 * 60_000);
    expect((await t.backups()).map((b) => b.kind)).toEqual(['auto']);
    stop();
  });
});
