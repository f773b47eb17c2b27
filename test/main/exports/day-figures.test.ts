/**
 * Issue #12: the day's numbers come from one source (shared/day/day-metrics.ts). One day with two
 * 電子決裁・供覧の確認 (one reminder marked 完了, one 予定 marked 完了), a 150-minute 中抜け closed
 * before 終業 and focus minutes gives the same figures in the 終業報告, the CSV row, the JSON and
 * 所属長の確認画面 — and the 中抜け exception fires before 終業 is recorded.
 */
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { teleworkTestApp } from '../../helpers/telework-app.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';
import { seedExampleDay } from '../../helpers/seed-day.js';
import type { ReportDocument } from '../../../shared/reports/report-document.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
const at = (h: number, m: number) => Date.parse(`${DATE}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+09:00`);
const MIN = 60_000;
/** Rows and cells of a CSV whose cells hold no comma, quote or line break (the figures here). */
const parseCsv = (text: string) => text.split('\r\n').filter(Boolean).map((line) => line.split(','));

describe("the day's figures, from one source", () => {
  it('2 approval checks, a 150-minute 中抜け and focus minutes agree in the 終業報告, the CSV, the JSON and the supervisor view', async () => {
    const clock = fakeClock(at(8, 55));
    const app = teleworkTestApp(tempDir(), clock);
    const { api } = app;
    await ok(api.settingsGet());
    let view = await seedExampleDay(api, DATE);
    app.start();
    await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 9 * 60, reason: '' }));

    // A 25-minute focus session on 資料作成.
    const first = view.day.blocks.find((b) => b.title === '資料作成')!;
    await ok(api.focusStart({ date: DATE, blockId: first.id, minutes: 25, countSleep: false }));
    app.time.advance(30 * MIN); // 9:25: the session ends
    await ok(api.focusComplete({ status: 'done', note: '' }));

    // 11:00 電子決裁確認: the reminder marked 完了.
    app.time.advance(96 * MIN); // 11:01
    const check = (await ok(api.reminderState({ date: DATE }))).due.find((e) => e.kind === 'approval')!;
    await ok(api.reminderDone({ id: check.id }));
    // 14:30 電子決裁確認: the 予定 marked 完了 (its reminder left alone).
    view = await ok(api.dayGet({ date: DATE }));
    const { id, focus: _f, ...approval } = view.day.blocks.find((b) => b.start === '14:30')!;
    await ok(api.daySaveBlock({ date: DATE, id, block: { ...approval, status: 'done' } }));
    // 中抜け 13:00〜15:30, entered at 15:40 — 終業 not yet recorded.
    clock.set(at(15, 40));
    view = await ok(api.recordSaveInterruption({ date: DATE, interruption: { id: null, start: 13 * 60, end: 15 * 60 + 30, treatment: 'break', note: '' }, reason: '' }));
    expect(view.metrics.interruptionMinutes).toBe(150);

    const report = await ok(api.reportCompose({ date: DATE, kind: 'end' }));
    expect(report.body).toMatch(/: 2回\(11:01、15:00\)$/m);
    expect(report.body).toContain('13:00〜15:30(休憩)(計2時間30分)');
    expect(report.body).toContain('25分');

    const files = (await ok(api.exportFiles({ from: DATE, to: DATE, formats: ['csv', 'json'], encoding: 'utf8bom' }))).files;
    const text = (test: RegExp) => Buffer.from(files.find((f) => test.test(f.name))!.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
    const [header, row] = parseCsv(text(/^daily-report_.*\.csv$/));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell('電子決裁・供覧の確認回数'), cell('中抜け回数'), cell('中抜け時間分')]).toEqual(['2', '1', '150']);
    const detail = parseCsv(text(/^daily-report-details_.*\.csv$/));
    const focusCol = detail[0]!.indexOf('集中分');
    expect(detail.slice(1).reduce((sum, r) => sum + Number(r[focusCol] || 0), 0)).toBe(25);

    const json = text(/^daily-report_.*\.json$/);
    const doc = JSON.parse(json) as ReportDocument;
    expect(doc.days[0]!.approvalChecks).toHaveLength(2);
    expect(doc.days[0]!.metrics.interruptionMinutes).toBe(150);
    expect(doc.days[0]!.blocks.reduce((sum, b) => sum + b.focus.minutes, 0)).toBe(25);

    // The supervisor recomputes the same figures (no mismatch) and the 中抜け exception fires.
    const boss = testApp(tempDir(), fakeClock(at(17, 0)));
    await ok(boss.api.supervisorImport({ files: [{ name: 'yamada.json', size: json.length, text: json }] }));
    const team = await ok(boss.api.supervisorView({ date: DATE }));
    expect(team.exceptions.map((e) => `${e.kind} ${e.minutes}`)).toEqual(['longInterruption 150']);
    const day = (await ok(boss.api.supervisorDay({ staffId: doc.staff.staffId || `name:${doc.staff.name}`, date: DATE })))!;
    expect(day.metrics.interruptionMinutes).toBe(150);
    expect(day.approvalChecks).toHaveLength(2);
  });

  it('an open 中抜け counts up to now in the day view, before 戻り and before 終業', async () => {
    const clock = fakeClock(at(14, 0));
    const app = testApp(tempDir(), clock);
    await ok(app.api.recordSetTime({ date: DATE, field: 'start', minutes: 9 * 60, reason: '' }));
    await ok(app.api.recordSaveInterruption({ date: DATE, interruption: { id: null, start: 13 * 60, end: null, treatment: 'break', note: '' }, reason: '' }));
    clock.set(at(15, 30));
    expect((await ok(app.api.dayGet({ date: DATE }))).metrics.interruptionMinutes).toBe(150);
  });

  it('a 予定 carried to the next working day (繰越済み) counts there, not twice: 予定件数, the .ics and 所属長の確認画面', async () => {
    const app = teleworkTestApp(tempDir(), fakeClock(at(17, 0)));
    const { api } = app;
    const view = await seedExampleDay(api, DATE);
    const work = view.day.blocks.filter((b) => b.kind !== 'break');
    const moved = work.slice(-2);
    await ok(api.dayCarryOver({ date: DATE, blockIds: moved.map((b) => b.id) }));
    const files = (await ok(api.exportFiles({ from: DATE, to: DATE, formats: ['csv', 'json', 'ics'], encoding: 'utf8bom' }))).files;
    const text = (name: RegExp) => Buffer.from(files.find((f) => name.test(f.name))!.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
    const [header, row] = parseCsv(text(/^daily-report_.*\.csv$/));
    expect(row![header!.indexOf('予定件数')]).toBe(String(work.length - 2));
    const ics = text(/\.ics$/);
    for (const b of moved) expect(ics).not.toContain(`SUMMARY:${b.title}`);
    const json = text(/^daily-report_.*\.json$/);
    const boss = testApp(tempDir(), fakeClock(at(18, 0)));
    await ok(boss.api.supervisorImport({ files: [{ name: 'yamada.json', size: json.length, text: json }] }));
    const person = (await ok(boss.api.supervisorView({ date: DATE }))).status[0]!;
    expect(person.planned).toBe(work.length - 2);
  });
});
