import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();

const GOOD = JSON.stringify(
  {
    format: 'telework-techo/org-defaults',
    version: 1,
    workHours: { start: '08:30', end: '17:15', breaks: [{ start: '12:00', end: '13:00' }] },
    holidays: [{ date: '2026-06-02', name: '開庁記念日' }],
    blockKinds: ['focus', 'approval', 'meeting', 'break', 'other'],
    inventory: [{ title: '住民票の交付', kind: 'other', telework: 'no', reason: 'personalInfo', minutes: 60, note: '' }],
    templates: [{ name: '研修の日', hours: { start: '09:00', end: '17:00' }, blocks: [{ start: '09:00', end: '12:00', title: 'Web研修', kind: 'webTraining', inventoryId: null }] }],
  },
  null,
  2,
);

async function setup() {
  const app = testApp(tempDir());
  const snapshot = () => Promise.all([app.api.settingsGet(), app.api.inventoryList(), app.api.templateList(), app.api.calendarGet({ year: 2026 })]);
  return { app, snapshot };
}

describe('organisation defaults file', () => {
  it('applies every part of a valid file', async () => {
    const { app } = await setup();
    const res = await app.api.orgImport({ text: GOOD });
    expect(res).toEqual({ ok: true, data: { workHours: true, orgTimeZone: null, orgDays: 1, inventory: 1, templates: 1, checklist: 0, trial: null, trialRemoved: null } });
    const cal = await app.api.calendarGet({ year: 2026 });
    expect(cal).toMatchObject({ ok: true, data: { orgDays: [{ date: '2026-06-02', name: '開庁記念日' }] } });
    expect(await app.api.dayGet({ date: '2026-06-02' })).toMatchObject({ data: { info: { kind: 'organisation', isHoliday: true } } });
    expect(await app.api.settingsGet()).toMatchObject({ data: { blockKinds: ['focus', 'approval', 'meeting', 'break', 'other'] } });
  });

  it('names the line and column of a JSON syntax error, and changes nothing', async () => {
    const { app, snapshot } = await setup();
    const before = await snapshot();
    const broken = GOOD.replace('"version": 1,', '"version": 1');
    const res = await app.api.orgImport({ text: broken });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^JSON の書き方に誤りがあります\(4行目 \d+文字目: 区切りの「,」がありません\)。$/) } });
    expect(await snapshot()).toEqual(before);
  });

  it('names the line and field of each invalid entry, and applies none of the valid parts', async () => {
    const { app, snapshot } = await setup();
    const before = await snapshot();
    const doc = JSON.parse(GOOD);
    doc.inventory[0].telework = 'maybe';
    doc.holidays[0].date = '2026-02-30';
    const text = JSON.stringify(doc, null, 2);
    const error = await refused(app.api.orgImport({ text }));
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    // Every problem is in the one field of the request, the file's text: one line each, the first also the message.
    expect(Object.keys(error.fields ?? {})).toEqual(['text']);
    const problems = error.fields!.text!.split('\n');
    expect(problems).toContain(`${lineOf('2026-02-30')}行目「holidays.0.date」: 実在する日付を入力してください。`);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${lineOf('"maybe"')}行目「inventory.0.telework」`)));
    expect(problems).toHaveLength(2);
    expect(error.message).toBe(problems[0]);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['not this format', JSON.stringify({ format: 'other', version: 1 }), /「庁内共通の設定」のファイルではありません/],
    ['a future version', JSON.stringify({ format: 'telework-techo/org-defaults', version: 2 }), /対応していない版/],
    ['an empty file', '', /JSON の書き方に誤りがあります\(1行目 1文字目: (値がありません|ファイルが空です)\)/],
    ['a __proto__ key', '{"format":"telework-techo/org-defaults","version":1,"__proto__":{"polluted":true}}', /想定外の項目/],
    ['a truncated file', GOOD.slice(0, 200), /JSON の書き方に誤りがあります/],
    [
      'a template with overlapping blocks',
      JSON.stringify({ format: 'telework-techo/org-defaults', version: 1, templates: [{ name: 'x', hours: { start: '09:00', end: '17:00' }, blocks: [{ start: '09:00', end: '11:00', title: 'a', kind: 'focus', inventoryId: null }, { start: '10:00', end: '12:00', title: 'b', kind: 'focus', inventoryId: null }] }] }),
      /「templates\.0\.blocks\.1\.start」: ほかの予定と時間が重なっています。/,
    ],
    [
      'a template block ending before it starts',
      JSON.stringify({ format: 'telework-techo/org-defaults', version: 1, templates: [{ name: 'x', hours: { start: '09:00', end: '17:00' }, blocks: [{ start: '11:00', end: '10:00', title: 'a', kind: 'focus', inventoryId: null }] }] }),
      /「templates\.0\.blocks\.0\.end」: 終了時刻は開始時刻より後にしてください。/,
    ],
  ])('refuses %s with a clear message', async (_label, text, message) => {
    const { app, snapshot } = await setup();
    const before = await snapshot();
    const res = await app.api.orgImport({ text });
    expect(res).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  // Issue #17: 総務課's trial (period, target 課, rule, managers' 役職, survey) arrives with the organisation file.
  it('sets the telework trial with its survey, and refuses a trial that ends before it starts without changing anything', async () => {
    const { app } = await setup();
    const text = fs.readFileSync(new URL('../../fixtures/org-trial.json', import.meta.url), 'utf8');
    expect(await ok(app.api.orgImport({ text }))).toMatchObject({ trial: '令和8年度 テレワーク試行', workHours: false });
    const trial = (await ok(app.api.settingsGet())).trial;
    expect(trial).toMatchObject({ id: 'r8-trial', start: '2026-11-09', end: '2026-12-18', minDays: 2, departments: ['企画課', '総務課', '税務課'] });
    expect(trial?.survey?.questions.map((q) => q.type)).toEqual(['scale', 'scale', 'choice', 'choice', 'text']);

    const backwards = JSON.parse(text);
    backwards.trial.end = '2026-11-01';
    const res = refused(await app.api.orgImport({ text: JSON.stringify(backwards, null, 2) }));
    expect(res.message).toContain('試行期間の終了日は開始日以後にしてください。');
    expect((await ok(app.api.settingsGet())).trial?.end).toBe('2026-12-18');
  });

  it('"trial": null removes the trial (its name is answered for the message); a file without "trial" leaves it as it is', async () => {
    const { app } = await setup();
    const text = fs.readFileSync(new URL('../../fixtures/org-trial.json', import.meta.url), 'utf8');
    await ok(app.api.orgImport({ text }));
    expect(await ok(app.api.orgImport({ text: GOOD }))).toMatchObject({ trial: null, trialRemoved: null });
    expect((await ok(app.api.settingsGet())).trial?.id).toBe('r8-trial');

    const removing = JSON.stringify({ format: 'telework-techo/org-defaults', version: 1, trial: null });
    expect(await ok(app.api.orgImport({ text: removing }))).toMatchObject({ trial: null, trialRemoved: '令和8年度 テレワーク試行' });
    expect((await ok(app.api.settingsGet())).trial).toBeNull();
    expect(await ok(app.api.trialProgress({ date: '2026-11-25' }))).toBeNull();
    // Nothing left to remove: nothing said.
    expect(await ok(app.api.orgImport({ text: removing }))).toMatchObject({ trialRemoved: null });
  });
});
