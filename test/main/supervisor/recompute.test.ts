import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli.js';
import type { TeamView } from '../../../shared/ipc/contract.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();
type Doc = { generatedAt: string; days: { date: string; metrics: Record<string, number | boolean>; record: { end: number } }[] };

/** 山田: one day, 8:30 to 22:45 on 2026-11-25 (outside hours and late night from the real app). */
const lateDay = () => staffReport(tempDir(), { staffId: '000123', name: '山田 花子' }, { '2026-11-25': [510, 22 * 60 + 45] });
const edit = (text: string, change: (d: Doc) => void) => {
  const doc = JSON.parse(text) as Doc;
  change(doc);
  return JSON.stringify(doc);
};

async function supervisorWith(files: Record<string, string>) {
  const app = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 19, 0).getTime()));
  const imported = await app.router.dispatch('supervisor:import', { files: Object.entries(files).map(([name, text]) => ({ name, size: text.length, text })) });
  const view = async () => ((await app.router.dispatch('supervisor:view', { date: '2026-11-25' })) as { data: TeamView }).data;
  return { r: app.router, imported: imported as { ok: boolean; data: { accepted: number; rejected: { name: string; reason: string }[] } }, view };
}
const lines = (v: TeamView) => v.exceptions.map((e) => `${e.date} ${e.name} ${e.kind} ${e.minutes}${e.figures.length ? ` ${e.figures.join(',')}` : ''}`);

describe('the supervisor view recomputes instead of believing the file', () => {
  it('zeroed metrics beside a record ending 22:45: 時間外勤務 and 深夜勤務 shown anyway, and the mismatch named', async () => {
    const zeroed = edit(await lateDay(), (d) => {
      for (const k of ['outsideMinutes', 'lateNightMinutes']) d.days[0]!.metrics[k] = 0;
      d.days[0]!.metrics.needsPermission = false;
    });
    const { view } = await supervisorWith({ 'zeroed.json': zeroed });
    const v = await view();
    expect(lines(v)).toEqual([
      '2026-11-25 山田 花子 figuresMismatch 0 outsideMinutes,lateNightMinutes,needsPermission',
      '2026-11-25 山田 花子 outsideHours 330',
      '2026-11-25 山田 花子 lateNight 45',
      '2026-11-25 山田 花子 missingPermission 0',
    ]);
    expect(v.totals[0]).toMatchObject({ monthMinutes: 330, yearMinutes: 330 });
  });

  it('a file from before the 15-minute rule that asked for a 命令・許可 for 5 minutes early is not called edited', async () => {
    const early = await staffReport(tempDir(), { staffId: '000124', name: '佐藤 一郎' }, { '2026-11-25': [505, 17 * 60 + 15] });
    const earlier = edit(early, (d) => void (d.days[0]!.metrics.needsPermission = true));
    const { view } = await supervisorWith({ 'early.json': earlier });
    expect(lines(await view())).toEqual(['2026-11-25 佐藤 一郎 outsideHours 5']);
    // The same claim beside 30 minutes outside the hours is no earlier rule's: it stays a finding only if it differs.
    const late = edit(await staffReport(tempDir(), { staffId: '000125', name: '鈴木 二郎' }, { '2026-11-25': [480, 17 * 60 + 15] }), (d) => void (d.days[0]!.metrics.needsPermission = false));
    const other = await supervisorWith({ 'late.json': late });
    expect(lines(await other.view())).toContain('2026-11-25 鈴木 二郎 figuresMismatch 0 needsPermission');
  });

  it('the consolidated CSV carries the recomputed figures, not the file’s', async () => {
    const zeroed = edit(await lateDay(), (d) => (d.days[0]!.metrics.outsideMinutes = 0));
    const { r } = await supervisorWith({ 'zeroed.json': zeroed });
    const csv = (await r.dispatch('supervisor:exportCsv', { encoding: 'utf8bom' })) as { data: { base64: string } };
    const [header, row] = Buffer.from(csv.data.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(row!.split(',')[header!.split(',').indexOf('時間外勤務分')]).toBe('330');
  });

  it.each(['9999-12-31T23:59:59Z', 'zzz', '2026-11-25'])('generatedAt %s: only a real instant is accepted, and it decides nothing', async (generatedAt) => {
    const { imported } = await supervisorWith({ 'stamp.json': edit(await lateDay(), (d) => (d.generatedAt = generatedAt)) });
    if (generatedAt.startsWith('9999')) {
      // A syntactically real instant is accepted, but it decides nothing (see the conflict test below).
      expect(imported.data.accepted).toBe(1);
    } else {
      expect(imported.data.rejected).toEqual([{ name: 'stamp.json', reason: expect.stringMatching(/^日報の形式が正しくありません\(「generatedAt」/) }]);
    }
  });

  it('two files for one person and day that differ are a conflict with both versions and a choice; neither "9999-…" nor import order wins', async () => {
    const real = await lateDay();
    const earlier = edit(real, (d) => {
      d.generatedAt = '9999-12-31T23:59:59Z';
      d.days[0]!.record.end = 17 * 60 + 15;
    });
    const { r, view } = await supervisorWith({ 'a-edited.json': earlier, 'b-real.json': real, 'c-real-again.json': real });
    let v = await view();
    expect(v.conflicts).toHaveLength(1);
    const [conflict] = v.conflicts;
    expect(conflict).toMatchObject({ staffId: '000123', date: '2026-11-25', chosen: null });
    expect(conflict!.versions.map((x) => [x.files, x.end, x.outsideMinutes])).toEqual([
      [['a-edited.json'], 1035, 0],
      [['b-real.json', 'c-real-again.json'], 1365, 330], // same content counted once, both names kept
    ]);
    // Until chosen, the day counts nowhere and says why.
    expect(lines(v)).toEqual(['2026-11-25 山田 花子 conflict 0']);
    expect(v.status[0]).toMatchObject({ present: false, conflict: true });
    expect(v.totals[0]!.monthMinutes).toBe(0);

    expect(await r.dispatch('supervisor:choose', { staffId: '000123', date: '2026-11-25', version: 'nope' })).toEqual({ ok: true, data: { chosen: false } });
    expect(await r.dispatch('supervisor:choose', { staffId: '000123', date: '2026-11-25', version: conflict!.versions[1]!.id })).toEqual({ ok: true, data: { chosen: true } });
    v = await view();
    expect(v.conflicts[0]!.chosen).toBe(conflict!.versions[1]!.id);
    expect(v.status[0]).toMatchObject({ present: true, conflict: false });
    expect(v.totals[0]!.monthMinutes).toBe(330);
  });

  it('the drill-down returns the day with the recomputed figures, and nothing while two versions wait for a choice', async () => {
    const real = await lateDay();
    const zeroed = edit(real, (d) => (d.days[0]!.metrics.outsideMinutes = 0));
    const one = await supervisorWith({ 'zeroed.json': zeroed });
    const day = (await one.r.dispatch('supervisor:day', { staffId: '000123', date: '2026-11-25' })) as { data: { record: { end: number }; metrics: { outsideMinutes: number }; blocks: unknown[] } };
    expect([day.data.record.end, day.data.metrics.outsideMinutes, day.data.blocks.length]).toEqual([1365, 330, 3]);
    const two = await supervisorWith({ 'a.json': real, 'b.json': edit(real, (d) => (d.days[0]!.record.end = 1035)) });
    expect(await two.r.dispatch('supervisor:day', { staffId: '000123', date: '2026-11-25' })).toEqual({ ok: true, data: null });
  });

  it('the same content imported twice is one record, not a conflict', async () => {
    const real = await lateDay();
    const { view, imported } = await supervisorWith({ 'a.json': real, 'b.json': real });
    expect(imported.data.accepted).toBe(2);
    const v = await view();
    expect(v.conflicts).toEqual([]);
    expect(v.totals[0]!.monthMinutes).toBe(330);
  });

  it('aggregate names both files of a conflict and leaves the day out of the table', async () => {
    const dir = tempDir();
    const real = await lateDay();
    fs.writeFileSync(path.join(dir, 'a.json'), real);
    fs.writeFileSync(path.join(dir, 'b.json'), edit(real, (d) => (d.days[0]!.record.end = 1035)));
    const err: string[] = [];
    const out = path.join(tempDir(), 'team.csv');
    const code = await runCli(['aggregate', dir, '--out', out], { stdout: () => {}, stderr: (t) => err.push(t), now: () => 0, version: 'test' });
    expect(code).toBe(1);
    expect(err.join('')).toContain(`NG  山田 花子 2026-11-25: 内容の異なる日報が複数あります(${path.join(dir, 'a.json')} / ${path.join(dir, 'b.json')})`);
    expect(fs.readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(1); // the header only
  });
});
