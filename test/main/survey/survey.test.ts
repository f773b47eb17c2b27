/**
 * The trial's survey on the staff side (issue #17), through the typed client: when each occasion is
 * due (fake clock and the stored days), which answers are refused and why, named answers in the
 * JSON report, and anonymous answers in no export file but their own answer file — which carries
 * no name, 職員番号, 所属, 役職 or instant.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok, refused } from '../../helpers/typed-client.js';
import { anonymousAnswerFileSchema } from '../../../shared/trial/trial-schema.js';
import type { TechoApi } from '../../../shared/ipc/api.js';
import type { ChannelInput } from '../../../shared/ipc/contract.js';
import type { IpcResult } from '../../../shared/ipc/result.js';

const tempDir = useTempDir();
const ORG = fs.readFileSync(new URL('../../fixtures/org-trial.json', import.meta.url), 'utf8');
const NAME = '試行 花子';
const STAFF_ID = '0271828';
const DEPT = '企画課';
const TITLE = '主任';
const COMMENT = '紙の決裁が残っているので電子化を進めてほしい';
const at = (date: string, time = '09:00') => Date.parse(`${date}T${time}:00+09:00`);

async function setup(date = '2026-11-10') {
  const clock = fakeClock(at(date));
  const pdf = { print: async (html: string) => new TextEncoder().encode(html) };
  const dir = tempDir();
  const app = testApp(dir, clock, { pdfPrinter: pdf });
  await ok(changeSettings(app.api, (s) => ({ ...s, profile: { ...s.profile, name: NAME, staffId: STAFF_ID, department: DEPT, title: TITLE } })));
  await ok(app.api.orgImport({ text: ORG }));
  return { ...app, clock, dir };
}

/** A telework day on which work started at 8:30 and (unless `ended` is false) ended at 17:15. */
async function teleworkDay(api: TechoApi, date: string, ended = true) {
  await ok(api.daySetWorkStyle({ date, workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
  await ok(api.recordSetTime({ date, field: 'start', minutes: 510, reason: '' }));
  if (ended) await ok(api.recordSetTime({ date, field: 'end', minutes: 1035, reason: '' }));
}

const ANSWERS: ChannelInput<'survey:answer'>['answers'] = [
  { type: 'scale', questionId: 'efficiency', value: 4 },
  { type: 'choice', questionId: 'place', chosen: ['自宅'] },
  { type: 'choice', questionId: 'trouble', chosen: ['通信環境', '紙の資料'] },
  { type: 'text', questionId: 'comment', text: COMMENT },
];

describe('survey occasions', () => {
  it('offers nothing before the first telework day, the first-day survey once it is over (終業 recorded), and the end survey from the period’s last working day for four weeks', async () => {
    const { api } = await setup();
    let state = await ok(api.surveyState({ date: '2026-11-10' }));
    expect(state.survey?.title).toBe('テレワーク試行アンケート');
    expect(state.due).toBeNull();
    expect(state.occasions.map((o) => o.open)).toEqual([false, false]);

    // A telework day planned but not started does not count.
    await ok(api.daySetWorkStyle({ date: '2026-11-10', workStyle: { am: 'home', pm: 'home', satelliteOffice: '' } }));
    expect((await ok(api.surveyState({ date: '2026-11-10' }))).due).toBeNull();
    // An office day with a start does not count either.
    await ok(api.recordSetTime({ date: '2026-11-11', field: 'start', minutes: 510, reason: '' }));
    await ok(api.daySetWorkStyle({ date: '2026-11-11', workStyle: { am: 'office', pm: 'office', satelliteOffice: '' } }));
    expect((await ok(api.surveyState({ date: '2026-11-11' }))).due).toBeNull();

    // At 始業 the telework day has not been had yet: nothing until its 終業.
    await teleworkDay(api, '2026-11-12', false);
    expect((await ok(api.surveyState({ date: '2026-11-12' }))).due).toBeNull();
    expect(refused(await api.surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', consent: 'named', answers: ANSWERS })).message).toContain('終業を記録した後');
    await ok(api.recordSetTime({ date: '2026-11-12', field: 'end', minutes: 1035, reason: '' }));
    expect((await ok(api.surveyState({ date: '2026-11-11' }))).due).toBeNull();
    state = await ok(api.surveyState({ date: '2026-11-12' }));
    expect(state.due).toBe('firstDay');
    expect(state.asked).toBe(true);
    expect((await ok(api.surveyState({ date: '2026-12-17' }))).due).toBe('firstDay');
    // 12/18 (Fri) is the last working day: the end survey takes over.
    state = await ok(api.surveyState({ date: '2026-12-18' }));
    expect(state.due).toBe('end');
    expect(state.occasions.map((o) => [o.occasion, o.open])).toEqual([
      ['firstDay', false],
      ['end', true],
    ]);
    expect((await ok(api.surveyState({ date: '2027-01-15' }))).due).toBe('end');
    state = await ok(api.surveyState({ date: '2027-01-16' }));
    expect(state.due).toBeNull();
    // After the window the survey is not asked any more: the window hides the offer and アンケート.
    expect(state.asked).toBe(false);
    expect(state.occasions.map((o) => o.open)).toEqual([false, false]);
  });

  it('opens the first-day survey the next day when 終業 was never recorded on the first telework day', async () => {
    const { api } = await setup();
    await teleworkDay(api, '2026-11-12', false);
    expect((await ok(api.surveyState({ date: '2026-11-12' }))).due).toBeNull();
    expect((await ok(api.surveyState({ date: '2026-11-13' }))).due).toBe('firstDay');
  });

  it('does not ask staff outside the trial’s target 課; a blank 所属 is asked', async () => {
    const { api } = await setup();
    await teleworkDay(api, '2026-11-12');
    await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, department: '建設課' } })));
    let state = await ok(api.surveyState({ date: '2026-11-13' }));
    expect(state.asked).toBe(false);
    expect(state.due).toBeNull();
    expect(state.occasions.map((o) => o.open)).toEqual([false, false]);
    const r = refused(await api.surveyAnswer({ date: '2026-11-13', occasion: 'firstDay', consent: 'anonymous', answers: ANSWERS }));
    expect(r.message).toBe('このアンケートは、テレワーク試行の対象の課の職員が回答します。設定の所属が対象の課ではないため、回答できません。');
    expect(refused(await api.surveyDecline({ date: '2026-11-13', occasion: 'firstDay' })).message).toContain('対象の課ではない');
    await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, department: '' } })));
    state = await ok(api.surveyState({ date: '2026-11-13' }));
    expect(state).toMatchObject({ asked: true, due: 'firstDay' });
  });

  it('opens the end survey on the last working day when the period ends on a holiday, and never for someone who did not telework', async () => {
    const { api } = await setup();
    const org = JSON.parse(ORG);
    org.trial.end = '2026-12-20'; // a Sunday: the last working day is Friday 12/18
    await ok(api.orgImport({ text: JSON.stringify(org) }));
    expect((await ok(api.surveyState({ date: '2026-12-18' }))).due).toBeNull();
    await teleworkDay(api, '2026-12-01');
    expect((await ok(api.surveyState({ date: '2026-12-17' }))).due).toBe('firstDay');
    expect((await ok(api.surveyState({ date: '2026-12-18' }))).due).toBe('end');
  });

  it('a declined occasion is no longer offered but can still be answered; an answered one cannot be answered again', async () => {
    const { api } = await setup();
    await teleworkDay(api, '2026-11-12');
    let state = await ok(api.surveyDecline({ date: '2026-11-12', occasion: 'firstDay' }));
    expect(state.due).toBeNull();
    expect(state.occasions[0]?.entry).toMatchObject({ status: 'declined' });
    state = await ok(api.surveyAnswer({ date: '2026-11-13', occasion: 'firstDay', consent: 'named', answers: ANSWERS }));
    expect(state.occasions[0]?.entry).toMatchObject({ status: 'answered', consent: 'named' });
    expect(refused(await api.surveyAnswer({ date: '2026-11-13', occasion: 'firstDay', consent: 'anonymous', answers: ANSWERS })).message).toBe(
      'この回のアンケートには回答済みです。',
    );
    expect(refused(await api.surveyAnswer({ date: '2026-11-13', occasion: 'end', consent: 'anonymous', answers: ANSWERS })).message).toContain('試行期間の最後の勤務日から');
  });

  it('a damaged answers file is kept aside with a notice, and the app goes on', async () => {
    const dir = tempDir();
    const first = testApp(dir, fakeClock(at('2026-11-12')));
    await ok(first.api.orgImport({ text: ORG }));
    await teleworkDay(first.api, '2026-11-12');
    await ok(first.api.surveyDecline({ date: '2026-11-12', occasion: 'firstDay' }));
    fs.writeFileSync(`${dir}/survey-answers.json`, '{ "schemaVersion": 1, "entries": [ { "status": "答えた" } ] }');
    const again = testApp(dir, fakeClock(at('2026-11-12')));
    expect((await ok(again.api.surveyState({ date: '2026-11-12' }))).due).toBe('firstDay');
    const info = await ok(again.api.appInfo());
    expect(info.notices).toEqual([expect.objectContaining({ kind: 'invalid', document: 'survey-answers' })]);
    expect(fs.readdirSync(dir).some((f) => /^survey-answers\.corrupt-.*\.json$/.test(f))).toBe(true);
  });
});

describe('survey answers that do not fit', () => {
  it('refuses answers that do not fit the survey, naming the question, and stores nothing', async () => {
    const { api, dir } = await setup();
    await teleworkDay(api, '2026-11-12');
    const answer = (answers: ChannelInput<'survey:answer'>['answers']) => api.surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', consent: 'named', answers });
    let r = refused(await answer([{ type: 'choice', questionId: 'place', chosen: ['喫茶店'] }]));
    expect(r.message).toBe('「主にどこで勤務しましたか。」への回答が選択肢にありません。選択肢から選んでください。');
    expect(r.fields).toEqual({ 'answers.0.chosen': r.message });
    r = refused(await answer([{ type: 'scale', questionId: 'efficiency', value: 3 }, { type: 'choice', questionId: 'place', chosen: ['自宅', 'サテライトオフィス'] }]));
    expect(r.fields).toEqual({ 'answers.1.chosen': '「主にどこで勤務しましたか。」は1つだけ選んでください。' });
    r = refused(await answer([{ type: 'text', questionId: 'efficiency', text: 'とても' }]));
    expect(r.message).toContain('「業務の効率は上がりましたか。」への回答の形式が質問と合いません。');
    r = refused(await answer([{ type: 'text', questionId: 'q99', text: 'x' }]));
    expect(r.message).toContain('アンケートにない質問(q99)');
    r = refused(await answer([{ type: 'scale', questionId: 'efficiency', value: 6 }]));
    expect(Object.keys(r.fields ?? {})).toEqual(['answers.0.value']);
    r = refused(await answer([{ type: 'text', questionId: 'comment', text: 'あ'.repeat(1001) }]));
    expect(r.fields?.['answers.0.text']).toContain('1000');
    r = refused(await answer([{ type: 'text', questionId: 'comment', text: '   ' }, { type: 'choice', questionId: 'trouble', chosen: [] }]));
    expect(r.message).toBe('1つ以上の質問に回答してください。回答しない場合は「回答しない」を押してください。');
    const noConsent = await (api as unknown as { surveyAnswer(x: unknown): Promise<IpcResult<unknown>> }).surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', answers: ANSWERS });
    expect(refused(noConsent).fields?.consent).toBe('回答の扱い(氏名を付けるか、匿名か)を選んでください。');
    expect((await ok(api.surveyState({ date: '2026-11-12' }))).due).toBe('firstDay');
    expect(fs.existsSync(`${dir}/survey-answers.json`)).toBe(false);
  });

  it('refuses an organisation file whose choice question repeats an option, saying so (ja and en)', async () => {
    const { api } = testApp(tempDir(), fakeClock(at('2026-11-06', '12:00')));
    const text = ORG.replace('"options": ["自宅", "サテライトオフィス", "移動中・出張先"]', '"options": ["自宅", "自宅", "移動中・出張先"]');
    expect(JSON.stringify(await refused(api.orgImport({ text })))).toContain('同じ選択肢が2回書かれています');
    await ok(changeSettings(api, (s) => ({ ...s, language: 'en' })));
    expect(JSON.stringify(await refused(api.orgImport({ text })))).toContain('The same option is written twice');
  });

  it('refuses an answer with no survey in the settings', async () => {
    const app = testApp(tempDir(), fakeClock(at('2026-11-12')));
    expect(await ok(app.api.surveyState({ date: '2026-11-12' }))).toEqual({ trial: null, survey: null, asked: false, due: null, occasions: [] });
    const r = refused(await app.api.surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', consent: 'named', answers: ANSWERS }));
    expect(r.message).toContain('回答できるアンケートがありません。');
  });
});

const ALL_FORMATS = ['csv', 'xlsx', 'json', 'md', 'html', 'pdf', 'ics'] as const;
const decode = (base64: string) => Buffer.from(base64, 'base64');

describe('where answers go', () => {
  it('named answers travel in the JSON report with when they were answered; the readable formats stay as they were', async () => {
    const { api, clock } = await setup('2026-11-12');
    await teleworkDay(api, '2026-11-12');
    clock.set(at('2026-11-12', '17:40'));
    await ok(api.surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', consent: 'named', answers: ANSWERS }));
    const { files } = await ok(api.exportFiles({ from: '2026-11-01', to: '2026-11-30', formats: ['json'], encoding: 'utf8bom' }));
    const report = JSON.parse(decode(files.find((f) => f.name.startsWith('daily-report_'))!.base64).toString('utf8'));
    expect(report.version).toBe(2);
    expect(report.staff).toMatchObject({ name: NAME, staffId: STAFF_ID });
    expect(report.survey).toEqual([
      {
        trialId: 'r8-trial',
        surveyId: 'r8-survey',
        occasion: 'firstDay',
        answeredAt: '2026-11-12T08:40:00.000Z',
        answers: [
          { type: 'scale', questionId: 'efficiency', value: 4 },
          { type: 'choice', questionId: 'place', chosen: ['自宅'] },
          // In the survey's order of options.
          { type: 'choice', questionId: 'trouble', chosen: ['紙の資料', '通信環境'] },
          { type: 'text', questionId: 'comment', text: COMMENT },
        ],
      },
    ]);
    expect(refused(await api.surveyAnswerFile({ occasion: 'firstDay' })).message).toContain('匿名の回答がありません');
  });

  it('a report whose range does not overlap the trial (period and the four weeks after) carries no named answers', async () => {
    const { api, clock } = await setup('2026-11-12');
    await teleworkDay(api, '2026-11-12');
    clock.set(at('2026-11-12', '17:40'));
    await ok(api.surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', consent: 'named', answers: ANSWERS }));
    const reportOf = async (from: string, to: string) => {
      await ok(api.daySetWorkStyle({ date: from, workStyle: { am: 'office', pm: 'office', satelliteOffice: '' } }));
      const { files } = await ok(api.exportFiles({ from, to, formats: ['json'], encoding: 'utf8bom' }));
      return JSON.parse(decode(files.find((f) => f.name.startsWith('daily-report_'))!.base64).toString('utf8'));
    };
    // May 2027: months after the trial; the 所属長 reading it gets no survey answer.
    expect(await reportOf('2027-05-01', '2027-05-31')).not.toHaveProperty('survey');
    // Before the period.
    expect(await reportOf('2026-10-01', '2026-10-31')).not.toHaveProperty('survey');
    // The four weeks after the period's end (when the end survey is answered) still carry them.
    expect((await reportOf('2027-01-04', '2027-01-08')).survey).toHaveLength(1);
  });

  it('anonymous answers are in no export file (JSON, CSV, workbook, Markdown, HTML, PDF, .ics), only in their own answer file, which names no one', async () => {
    const { api } = await setup('2026-11-12');
    await teleworkDay(api, '2026-11-12');
    await ok(api.surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', consent: 'anonymous', answers: ANSWERS }));
    const { files } = await ok(api.exportFiles({ from: '2026-11-01', to: '2026-11-30', formats: [...ALL_FORMATS], encoding: 'utf8bom' }));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      const bytes = decode(f.base64);
      for (const needle of [COMMENT, 'r8-survey', 'efficiency']) expect(bytes.includes(Buffer.from(needle)), `${needle} in ${f.name}`).toBe(false);
    }
    const json = JSON.parse(decode(files.find((f) => f.name.startsWith('daily-report_') && f.name.endsWith('.json'))!.base64).toString('utf8'));
    expect(json).not.toHaveProperty('survey');
    // The workbook is zipped: its sheets are searched after unzipping.
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(decode(files.find((f) => f.name.endsWith('.xlsx'))!.base64) as never);
    const cells: string[] = [];
    book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    expect(cells.join('\n')).not.toContain(COMMENT);

    const file = await ok(api.surveyAnswerFile({ occasion: 'firstDay' }));
    // A random id (the ids port) in its contents and its name: files of different people never share a name.
    const text = decode(file.base64).toString('utf8');
    const parsed = anonymousAnswerFileSchema.parse(JSON.parse(text));
    expect(file.name).toBe(`survey-answers-r8-trial-firstDay-${parsed.id.slice(0, 8)}.json`);
    // Saved again: the same id, so 総務課 counts a second copy once.
    const again = await ok(api.surveyAnswerFile({ occasion: 'firstDay' }));
    expect(again.name).toBe(file.name);
    expect(anonymousAnswerFileSchema.parse(JSON.parse(decode(again.base64).toString('utf8'))).id).toBe(parsed.id);
    expect(parsed.responses).toEqual([{ trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'firstDay', answers: expect.arrayContaining([{ type: 'text', questionId: 'comment', text: COMMENT }]) }]);
    for (const personal of [NAME, '試行', STAFF_ID, DEPT, TITLE, '2026-', 'T0', 'answeredAt']) expect(text, personal).not.toContain(personal);
  });

  it('the export of everything (the person’s own backup, handed to no one) keeps the answers, brings them back on another PC, and the wipe removes them', async () => {
    const { api, dir } = await setup('2026-11-12');
    await teleworkDay(api, '2026-11-12');
    await ok(api.surveyAnswer({ date: '2026-11-12', occasion: 'firstDay', consent: 'anonymous', answers: ANSWERS }));
    const exported = await ok(api.dataExportAll());
    const archive = JSON.parse(decode(exported.base64).toString('utf8'));
    expect(archive.documents['survey-answers'].entries).toEqual([expect.objectContaining({ status: 'answered', consent: 'anonymous' })]);

    const fresh = testApp(tempDir(), fakeClock(at('2026-11-12')));
    await ok(fresh.api.dataImport({ text: decode(exported.base64).toString('utf8') }));
    expect((await ok(fresh.api.surveyState({ date: '2026-11-12' }))).occasions[0]?.entry).toMatchObject({ status: 'answered', consent: 'anonymous' });
    expect(decode((await ok(fresh.api.surveyAnswerFile({ occasion: 'firstDay' }))).base64).toString('utf8')).toContain(COMMENT);

    expect(fs.existsSync(`${dir}/survey-answers.json`)).toBe(true);
    await ok(api.dataWipe({ exportId: exported.exportId, confirmation: '消去' }));
    expect(fs.existsSync(`${dir}/survey-answers.json`)).toBe(false);
  });
});
