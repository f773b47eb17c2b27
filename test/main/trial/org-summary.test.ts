/**
 * 総務課's summary of the telework trial through the typed client (orgSummary:*): three target staff —
 * one who never teleworks, one manager, one who also handed in an anonymous answer file — plus one
 * from outside the target 課, an overlapping older file, bad files and answers for another trial.
 */
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { changeSettings } from '../../helpers/settings.js';
import { ORG_TRIAL_TEXT, answerFile, asFile, filesOf, trialFolder } from '../../helpers/trial-files.js';
import { ok, refused } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const at = (iso: string) => Date.parse(iso);

/** 総務課's own app, with the trial from the organisation file. */
async function orgApp() {
  const app = testApp(tempDir(), fakeClock(at('2026-12-21T10:00:00+09:00')));
  expect(await ok(app.api.orgImport({ text: ORG_TRIAL_TEXT }))).toMatchObject({ trial: '令和8年度 テレワーク試行' });
  return app;
}

describe('orgSummary:import', () => {
  it('counts participation overall, of managers and by 課, lists who has not teleworked, and compiles the survey', async () => {
    const folder = await trialFolder(tempDir);
    const { api } = await orgApp();
    expect(await ok(api.orgSummaryCurrent())).toBeNull();
    // The planned telework day that never began is in 佐藤's file, and is not counted.
    expect(folder['sato.json']).toMatch(/"date": "2026-11-13"/);
    const s = await ok(api.orgSummaryImport({ files: filesOf(folder) }));
    expect(s.trial.name).toBe('令和8年度 テレワーク試行');
    expect(s.files).toEqual({
      reports: 5,
      answerFiles: 1,
      outsideTrial: 1,
      rejected: [
        { name: 'answers-other.json', reason: '別の試行またはアンケートの回答です(試行 r7-trial、アンケート r7-survey)。集計に含めていません。' },
        { name: 'truncated.json', reason: expect.stringMatching(/^JSON として読めません\(\d+行目/) },
        { name: 'other.json', reason: 'テレワーク手帳の日報ファイルでもアンケートの回答ファイルでもありません。' },
      ],
    });
    expect(s.all).toEqual({ staff: 3, participants: 2, metRule: 1 });
    expect(s.managers).toEqual({ staff: 1, participants: 1, metRule: 0 });
    expect(s.byDepartment.map((r) => [r.department, r.staff, r.participants, r.metRule, r.managers.participants, r.teleworkDays])).toEqual([
      ['企画課', 1, 1, 1, 0, 3],
      ['総務課', 1, 0, 0, 0, 0],
      ['税務課', 1, 1, 0, 1, 1],
    ]);
    // 時間外勤務 recomputed from the recorded times (8:30〜17:15): 山田 11/11 to 18:20 and 11/16 to 19:00; 佐藤 12/2 to 20:00.
    expect(s.byDepartment.map((r) => [r.department, r.outsideMinutes, r.teleworkOutsideMinutes])).toEqual([
      ['企画課', 65 + 105, 65],
      ['総務課', 0, 0],
      ['税務課', 165, 0],
    ]);
    expect(s.notYet).toEqual([{ staffId: '100003', name: '鈴木 次郎', department: '総務課', title: '主事', manager: false }]);
    expect(s.months).toEqual(['2026-11', '2026-12']);
    expect(s.people.map((p) => [p.name, p.manager, p.teleworkDays, p.byMonth])).toEqual([
      ['山田 花子', false, 3, [2, 1]],
      ['鈴木 次郎', false, 0, [0, 0]],
      ['佐藤 一郎', true, 1, [1, 0]],
    ]);
    // One anonymous answer file (fewer than 5): its answers are not compiled anywhere — totals minus
    // the named answers would give it away — only that it was withheld is said.
    const survey = s.survey!;
    expect(survey).toMatchObject({ surveyId: 'r8-survey', responses: 1, named: 1, anonymous: 0, withheldAnonymous: 1, byOccasion: { firstDay: 1, end: 0 } });
    const q = Object.fromEntries(survey.questions.map((x) => [x.id, x]));
    expect(q.efficiency).toMatchObject({ answered: 1, labels: ['1', '2', '3', '4', '5'], counts: [0, 0, 0, 1, 0], average: 4 });
    expect(q.balance).toMatchObject({ answered: 0, counts: [0, 0, 0, 0, 0], average: null });
    expect(q.place).toMatchObject({ answered: 0, labels: ['自宅', 'サテライトオフィス', '移動中・出張先'], counts: [0, 0, 0] });
    expect(q.trouble).toMatchObject({ answered: 1, counts: [1, 0, 1, 0, 0] });
    expect(q.comment!.texts).toEqual(['紙の資料が多く、持ち帰りに困った。']);
    expect(await ok(api.orgSummaryCurrent())).toEqual(s);
  });

  it('takes the newest file of a day whatever the order of the files', async () => {
    const folder = await trialFolder(tempDir);
    const { api } = await orgApp();
    const reversed = filesOf(folder).reverse();
    const s = await ok(api.orgSummaryImport({ files: reversed }));
    expect(s.people.find((p) => p.staffId === '100001')).toMatchObject({ teleworkDays: 3, byMonth: [2, 1] });
    // Only the older file: 11/10 was an office day then.
    const onlyOld = await ok(api.orgSummaryImport({ files: filesOf({ 'yamada-old.json': folder['yamada-old.json']! }) }));
    expect(onlyOld.people).toMatchObject([{ staffId: '100001', teleworkDays: 0 }]);
    expect(onlyOld.notYet.map((p) => p.name)).toEqual(['山田 花子']);
  });

  it('adds files sent in several calls (append) to the same summary, counted against the trial of the first', async () => {
    const folder = await trialFolder(tempDir);
    const { api } = await orgApp();
    const files = filesOf(folder);
    const whole = await ok(api.orgSummaryImport({ files }));
    await ok(api.orgSummaryClear());
    await ok(api.orgSummaryImport({ files: files.slice(0, 4) }));
    await ok(api.orgSummaryImport({ files: files.slice(4, 7), append: true }));
    expect(await ok(api.orgSummaryImport({ files: files.slice(7), append: true }))).toEqual(whole);
    // Without append, an import starts again.
    expect((await ok(api.orgSummaryImport({ files: files.slice(7) }))).files).toMatchObject({ reports: 0, answerFiles: 0 });
  });

  it('is refused, saying what to choose, when no trial is set anywhere; an organisation file given with the files names it', async () => {
    const folder = await trialFolder(tempDir);
    const { api } = testApp(tempDir(), fakeClock(at('2026-12-21T10:00:00+09:00')));
    const error = await refused(api.orgSummaryImport({ files: filesOf(folder) }));
    expect(error.message).toBe('テレワーク試行が設定されていません。試行を定めた庁内共通の設定ファイルを選んでください。');
    expect(await ok(api.orgSummaryCurrent())).toBeNull();
    const s = await ok(api.orgSummaryImport({ files: filesOf(folder), orgText: ORG_TRIAL_TEXT }));
    expect(s.all).toEqual({ staff: 3, participants: 2, metRule: 1 });
    const noTrial = await refused(api.orgSummaryImport({ files: [], orgText: JSON.stringify({ format: 'telework-techo/org-defaults', version: 1, orgTimeZone: 'Asia/Tokyo' }) }));
    expect(noTrial.message).toMatch(/テレワーク試行\(trial\)が書かれていません/);
    const broken = await refused(api.orgSummaryImport({ files: [], orgText: ORG_TRIAL_TEXT.replace('"minDays": 2', '"minDays": 0') }));
    expect(broken.fields?.orgText).toMatch(/行目/);
    // A refused import keeps the last summary.
    expect(await ok(api.orgSummaryCurrent())).toEqual(s);
    expect(await ok(api.orgSummaryClear())).toEqual({ cleared: true });
    expect(await ok(api.orgSummaryCurrent())).toBeNull();
    expect((await refused(api.orgSummaryExportXlsx())).message).toBe('集計がまだありません。日報ファイルと回答ファイルを読み込んでください。');
  });

  it('lists a file in a shape of neither kind, a newer answer file and one with a control character, and still counts the rest', async () => {
    const folder = await trialFolder(tempDir);
    const { api } = await orgApp();
    const broken = folder['sato.json']!.replace('"佐藤 一郎"', '"佐藤\\n一郎"');
    const s = await ok(
      api.orgSummaryImport({
        files: [
          asFile('suzuki.json', folder['suzuki.json']!),
          asFile('sato-broken.json', broken),
          asFile('answers-v2.json', JSON.stringify({ format: 'telework-techo/survey-answers', version: 2, responses: [] })),
          asFile('answers-named.json', JSON.stringify({ ...JSON.parse(answerFile('d1000000', { trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'end', answers: [] })), name: '山田 花子' })),
          { name: 'sjis.json', size: 4, base64: Buffer.from([0x82, 0xa0, 0x82, 0xa2]).toString('base64') },
          { name: 'huge.json', size: 50 * 1024 * 1024 },
        ],
      }),
    );
    expect(s.files.reports).toBe(1);
    expect(s.files.rejected.map((r) => [r.name, r.reason])).toEqual([
      ['sato-broken.json', expect.stringMatching(/^氏名に改行・タブなどの制御文字/)],
      ['answers-v2.json', '新しい版(v2)の回答ファイルです。テレワーク手帳を更新してください。'],
      ['answers-named.json', expect.stringMatching(/^回答ファイルの形式が正しくありません/)],
      ['sjis.json', expect.stringMatching(/^文字コードが UTF-8 ではありません\(Shift_JIS の可能性\)/)],
      ['huge.json', 'ファイルが大きすぎます(50.0 MB。上限 20 MB)。期間を分けて出力してください。'],
    ]);
  });

  it('compiles anonymous answers once 5 are read; a copied file counts once; files that do not fit the survey or hold no answer are listed with the reason', async () => {
    const folder = await trialFolder(tempDir);
    const { api } = await orgApp();
    const anon = (id: string, value: number, text: string, occasion: 'firstDay' | 'end' = 'end') =>
      answerFile(id, { trialId: 'r8-trial', surveyId: 'r8-survey', occasion, answers: [{ type: 'scale', questionId: 'balance', value }, { type: 'text', questionId: 'comment', text }] });
    const five = {
      ...folder,
      'answers-2.json': anon('b2000000', 1, '意見2', 'firstDay'),
      'answers-3.json': anon('b3000000', 2, '意見3'),
      'answers-4.json': anon('b4000000', 4, '意見4'),
      'answers-5.json': anon('b5000000', 5, '意見5'),
    };
    const four = await ok(api.orgSummaryImport({ files: filesOf({ ...folder, 'answers-2.json': five['answers-2.json'], 'answers-3.json': five['answers-3.json'], 'answers-4.json': five['answers-4.json'] }) }));
    expect(four.survey).toMatchObject({ responses: 1, anonymous: 0, withheldAnonymous: 4 });
    expect(four.survey!.questions.find((q) => q.id === 'balance')).toMatchObject({ answered: 0 });

    const s = await ok(
      api.orgSummaryImport({
        files: filesOf({
          ...five,
          // The same file copied under another name: counted once.
          'answers-5-copy.json': five['answers-5.json'],
          // Crafted or broken files: none of their answers count.
          'twice.json': answerFile('c1000000', { trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'end', answers: [{ type: 'scale', questionId: 'balance', value: 5 }, { type: 'scale', questionId: 'balance', value: 5 }] }),
          'unknown.json': answerFile('c2000000', { trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'end', answers: [{ type: 'scale', questionId: 'q99', value: 5 }] }),
          'wrong-type.json': answerFile('c3000000', { trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'end', answers: [{ type: 'text', questionId: 'balance', text: '5' }] }),
          'not-option.json': answerFile('c4000000', { trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'end', answers: [{ type: 'choice', questionId: 'place', chosen: ['会議室'] }] }),
          'two-options.json': answerFile('c5000000', { trialId: 'r8-trial', surveyId: 'r8-survey', occasion: 'end', answers: [{ type: 'choice', questionId: 'place', chosen: ['自宅', 'サテライトオフィス'] }] }),
          'empty.json': JSON.stringify({ format: 'telework-techo/survey-answers', version: 1, id: 'c6000000', responses: [] }),
          'ten.json': JSON.stringify({ format: 'telework-techo/survey-answers', version: 1, id: 'c7000000', responses: Array.from({ length: 10 }, () => JSON.parse(five['answers-3.json']).responses[0]) }),
        }),
      }),
    );
    const reasons = Object.fromEntries(s.files.rejected.map((r) => [r.name, r.reason]));
    expect(reasons['answers-5-copy.json']).toBe('answers-5.json と同じ回答ファイル(同じ識別子)です。1件として数え、このファイルは集計に含めていません。');
    expect(reasons['twice.json']).toBe('アンケートに合わない回答が含まれています(「仕事と生活の調和(ワーク・ライフ・バランス)は良くなりましたか。」への回答が2つ)。このファイルは集計に含めていません。');
    expect(reasons['unknown.json']).toMatch(/アンケートにない質問「q99」への回答/);
    expect(reasons['wrong-type.json']).toMatch(/への回答の形式が質問と違う/);
    expect(reasons['not-option.json']).toMatch(/「主にどこで勤務しましたか。」への回答が選択肢にない/);
    expect(reasons['two-options.json']).toMatch(/1つだけ選ぶ「主にどこで勤務しましたか。」で複数の選択肢を選んでいる/);
    expect(reasons['empty.json']).toBe('この回答ファイルには回答が入っていません。集計に含めていません。');
    expect(reasons['ten.json']).toMatch(/^回答ファイルの形式が正しくありません\(「responses」: 回答ファイルには回答が1件だけ入ります。\)/);
    // Five anonymous answers (answers-1 … 5): compiled with the named one.
    expect(s.files.answerFiles).toBe(5);
    expect(s.survey).toMatchObject({ responses: 6, named: 1, anonymous: 5, withheldAnonymous: 0, byOccasion: { firstDay: 2, end: 4 } });
    const balance = s.survey!.questions.find((q) => q.id === 'balance')!;
    expect(balance).toMatchObject({ answered: 5, counts: [1, 1, 1, 1, 1], average: 3 });
    expect(s.survey!.questions.find((q) => q.id === 'comment')!.texts).toHaveLength(6);

    // The same in English.
    await ok(changeSettings(api, (x) => ({ ...x, language: 'en' })));
    const en = await ok(api.orgSummaryImport({ files: filesOf({ 'a.json': five['answers-2.json'], 'b.json': five['answers-2.json'], 'c.json': JSON.stringify({ format: 'telework-techo/survey-answers', version: 1, id: 'c6000000', responses: [] }) }) }));
    expect(en.files.rejected).toEqual([
      { name: 'b.json', reason: 'The same answer file (the same id) as a.json: counted once, this file not counted.' },
      { name: 'c.json', reason: 'This answer file holds no answers; not counted.' },
    ]);
  });
});
