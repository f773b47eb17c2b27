import fs from 'node:fs';
import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const TELEWORK = '2026-11-27'; // Friday, made a telework day by the weekly pattern

async function setup(dir = tempDir()) {
  let next: string | null = null;
  const app = testApp(dir, fakeClock(new Date(2026, 10, 26, 16, 0).getTime()), { filePicker: { pickPdf: async () => next } });
  await ok(changeSettings(app.api, (s) => ({ ...s, teleworkWeekdays: [5] })));
  return { app, api: app.api, dir, choose: (p: string | null) => (next = p) };
}

describe('pre-telework checklist', () => {
  it('opens on the next telework day with the default items and shows completion', async () => {
    const { api } = await setup();
    const v = await ok(api.checklistGet({ date: null }));
    expect(v.checklist.date).toBe(TELEWORK);
    expect(v.telework).toBe(true);
    expect(v.checklist.items.map((i) => i.label)).toEqual(['テレワーク申請', '予定表の更新', '窓口当番の交代', '貸与PC・Wi-Fiルーターの持ち帰り', 'リモート接続の確認', '個人情報を含む資料を持ち出さない']);
    const done = await ok(api.checklistSetItemDone({ date: TELEWORK, id: v.checklist.items[0]!.id, done: true }));
    expect([done.done, done.total]).toEqual([1, 6]);
  });

  it('refuses a text file renamed to .pdf, accepts a real PDF with its size, and flags it once deleted', async () => {
    const { api, choose } = await setup();
    const files = tempDir();
    const fake = path.join(files, '会議資料.pdf');
    fs.writeFileSync(fake, 'これはテキストです');
    const real = path.join(files, '計画書.pdf');
    fs.writeFileSync(real, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    let v = await ok(api.checklistAddPdf({ date: TELEWORK, title: '計画書(本編)' }));
    const id = v.checklist.pdfs[0]!.id;
    choose(fake);
    expect(await api.checklistAttachPdf({ date: TELEWORK, id })).toMatchObject({
      ok: false,
      error: { message: '「会議資料.pdf」は PDF ファイルではありません(名前が .pdf でも中身が PDF ではありません)。' },
    });
    choose(real);
    const attached = await ok(api.checklistAttachPdf({ date: TELEWORK, id }));
    assert('checklist' in attached, 'a picked PDF answers the checklist, not "cancelled"');
    expect(attached.checklist.pdfs[0]).toMatchObject({ path: real, size: fs.statSync(real).size });
    expect(attached.missingPdfs).toEqual([]);
    choose(null);
    expect(await ok(api.checklistAttachPdf({ date: TELEWORK, id }))).toEqual({ cancelled: true });
    fs.rmSync(real);
    v = await ok(api.checklistGet({ date: TELEWORK }));
    expect(v.missingPdfs).toEqual([id]);
  });

  it('flags a paper approval planned on a telework day and suggests an office day; survives a restart', async () => {
    const { api, dir } = await setup();
    const v = await ok(api.checklistSaveApproval({
      date: TELEWORK,
      id: null,
      approval: { subject: '協議会委員の任命', approver: '課長', deadline: TELEWORK, plannedDate: TELEWORK, paper: true },
    }));
    expect(v.conflicts).toEqual([
      { approvalId: v.checklist.approvals[0]!.id, kind: 'paperOnTelework', suggestedDate: '2026-11-26' },
      { approvalId: v.checklist.approvals[0]!.id, kind: 'deadlineOnTelework', suggestedDate: '2026-11-26' },
    ]);
    const electronic = await ok(api.checklistSaveApproval({
      date: TELEWORK,
      id: v.checklist.approvals[0]!.id,
      approval: { subject: '協議会委員の任命', approver: '課長', deadline: '2026-11-30', plannedDate: TELEWORK, paper: false },
    }));
    expect(electronic.conflicts).toEqual([]);
    const again = await ok((await setup(dir)).api.checklistGet({ date: TELEWORK }));
    expect(again.checklist.approvals[0]).toMatchObject({ subject: '協議会委員の任命', paper: false, deadline: '2026-11-30' });
  });

  it('lists open items in the start report when asked', async () => {
    const { api } = await setup();
    const v = await ok(api.checklistGet({ date: TELEWORK }));
    for (const item of v.checklist.items.slice(0, 5)) await ok(api.checklistSetItemDone({ date: TELEWORK, id: item.id, done: true }));
    const before = await ok(api.reportCompose({ date: TELEWORK, kind: 'start' }));
    expect(before.body).not.toContain('準備の未完了');
    await ok(api.checklistSetIncludeInStartReport({ date: TELEWORK, include: true }));
    const after = await ok(api.reportCompose({ date: TELEWORK, kind: 'start' }));
    expect(after.body.split('\n').at(-1)).toBe('準備の未完了: 個人情報を含む資料を持ち出さない');
  });

  it('the eve-of-telework reminder opens this checklist', async () => {
    const { app } = await setup();
    app.start();
    app.time.advance(MIN);
    expect(app.shown.find((n) => n.body.startsWith('明日のテレワーク'))?.view).toBe(`checklist/${TELEWORK}`);
  });

  it('the 51st item is refused with a message naming the limit, and the 50 stay', async () => {
    const { api, app } = await setup();
    const v = await ok(api.checklistGet({ date: TELEWORK }));
    for (let i = v.checklist.items.length; i < 50; i++) await ok(api.checklistAddItem({ date: TELEWORK, label: `項目${i}` }));
    const res = await api.checklistAddItem({ date: TELEWORK, label: '51件目' });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '1日の準備に登録できるのは、それぞれ50件までです。不要なものを削除してから追加してください。' } });
    expect((await ok(api.checklistGet({ date: TELEWORK }))).checklist.items).toHaveLength(50);
    expect(app.errors).toEqual([]);
  });

  it('in English a new day offers the shipped items in English; a template the organisation set stays as set', async () => {
    const { api } = await setup();
    await ok(changeSettings(api, (s) => ({ ...s, language: 'en' })));
    const v = await ok(api.checklistGet({ date: TELEWORK }));
    expect(v.checklist.items.map((i) => i.label)).toEqual(['Telework request filed', 'Schedule updated', 'Counter duty handed over', 'Loaned PC and Wi-Fi router taken home', 'Remote connection checked', 'No documents with personal data taken out']);
    await ok(api.checklistAddItem({ date: TELEWORK, label: '公用携帯の持ち帰り' }));
    await ok(api.checklistSaveAsTemplate({ date: TELEWORK }));
    const next = await ok(api.checklistGet({ date: '2027-01-08' }));
    expect(next.checklist.items.at(-1)?.label).toBe('公用携帯の持ち帰り');
    expect(next.checklist.items[0]?.label).toBe('Telework request filed');
  });
});

const MIN = 60_000;
