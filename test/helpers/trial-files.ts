/**
 * Files 総務課 collects for the telework trial's summary, made by the real app: a staff member's report
 * file (with 所属 and 役職, telework or office days with their recorded times) and an anonymous
 * answer file in the shape the staff app writes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NamedSurveyResponse, SurveyResponse } from '../../shared/trial/trial-schema.js';
import { fakeClock } from './fake-clock.js';
import { changeSettings } from './settings.js';
import { testApp } from './test-app.js';
import { ok } from './typed-client.js';

export const ORG_TRIAL_TEXT = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/org-trial.json'), 'utf8');

export interface TrialDay {
  telework: boolean;
  /** Minutes of 始業 and 終業; null start = the day was planned but never begun. */
  start: number | null;
  end?: number | null;
}

export async function trialReport(
  dir: string,
  who: { staffId: string; name: string; department: string; title: string },
  days: Record<string, TrialDay>,
  exportedAt: number,
  survey?: NamedSurveyResponse[],
): Promise<string> {
  const { api } = testApp(dir, fakeClock(exportedAt));
  await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, ...who } })));
  for (const [date, d] of Object.entries(days)) {
    const place = d.telework ? 'home' : 'office';
    await ok(api.daySetWorkStyle({ date, workStyle: { am: place, pm: place, satelliteOffice: '' } }));
    await ok(api.daySaveBlock({ date, id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'done', note: '', inventoryId: null } }));
    if (d.start !== null) await ok(api.recordSetTime({ date, field: 'start', minutes: d.start, reason: '' }));
    if (d.end != null) await ok(api.recordSetTime({ date, field: 'end', minutes: d.end, reason: '' }));
  }
  const dates = Object.keys(days).sort();
  const res = await ok(api.exportFiles({ from: dates[0]!, to: dates.at(-1)!, formats: ['json'], encoding: 'utf8bom' }));
  const text = Buffer.from(res.files.find((f) => f.name.startsWith('daily-report_'))!.base64, 'base64').toString('utf8');
  if (!survey) return text;
  // Named answers as the staff app adds them to the report file (issue #17, report version 2).
  const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  return JSON.stringify({ ...doc, survey });
}

/** An anonymous answer file as the staff app writes it: its random id and one response. */
export const answerFile = (id: string, response: SurveyResponse) => JSON.stringify({ format: 'telework-techo/survey-answers', version: 1, id, responses: [response] });

const at = (iso: string) => Date.parse(iso);
export const asFile = (name: string, text: string) => ({ name, size: Buffer.byteLength(text), base64: Buffer.from(text).toString('base64') });

/** The folder 総務課 collected: name → text. */
export async function trialFolder(tempDir: () => string): Promise<Record<string, string>> {
  const yamada = { staffId: '100001', name: '山田 花子', department: '企画課', title: '主査' };
  // 山田: the newer file has 11/10 as a telework day; an older one had it as an office day.
  const yamadaNew = await trialReport(
    tempDir(),
    yamada,
    {
      '2026-11-10': { telework: true, start: 510, end: 1035 },
      '2026-11-11': { telework: true, start: 510, end: 1100 },
      '2026-11-16': { telework: false, start: 510, end: 1140 },
      '2026-12-01': { telework: true, start: 510, end: 1035 },
      // Before the period: not counted.
      '2026-11-06': { telework: true, start: 510, end: 1035 },
    },
    at('2026-12-18T18:00:00+09:00'),
    [
      {
        trialId: 'r8-trial',
        surveyId: 'r8-survey',
        occasion: 'firstDay',
        answeredAt: '2026-11-10T17:30:00+09:00',
        answers: [
          { type: 'scale', questionId: 'efficiency', value: 4 },
          { type: 'choice', questionId: 'trouble', chosen: ['紙の資料', '通信環境'] },
          { type: 'text', questionId: 'comment', text: '紙の資料が多く、持ち帰りに困った。' },
        ],
      },
    ],
  );
  const yamadaOld = await trialReport(tempDir(), yamada, { '2026-11-10': { telework: false, start: 510, end: 1035 } }, at('2026-11-10T18:00:00+09:00'));
  // 佐藤 (課長, a manager): one telework day had, one planned but never begun, an office day with 時間外勤務.
  const sato = await trialReport(
    tempDir(),
    { staffId: '100002', name: '佐藤 一郎', department: '税務課', title: '課長' },
    {
      '2026-11-12': { telework: true, start: 510, end: 1035 },
      '2026-11-13': { telework: true, start: null },
      '2026-12-02': { telework: false, start: 510, end: 1200 },
    },
    at('2026-12-18T18:00:00+09:00'),
  );
  // 鈴木: never teleworks; hands in an anonymous answer file.
  const suzuki = await trialReport(
    tempDir(),
    { staffId: '100003', name: '鈴木 次郎', department: '総務課', title: '主事' },
    { '2026-11-17': { telework: false, start: 510, end: 1035 } },
    at('2026-12-18T18:00:00+09:00'),
  );
  // 田中 of 福祉課: not a target 課.
  const tanaka = await trialReport(
    tempDir(),
    { staffId: '100004', name: '田中 三郎', department: '福祉課', title: '主任' },
    { '2026-11-10': { telework: true, start: 510, end: 1035 } },
    at('2026-12-18T18:00:00+09:00'),
  );
  return {
    'yamada-new.json': yamadaNew,
    'sato.json': sato,
    'suzuki.json': suzuki,
    'tanaka.json': tanaka,
    'yamada-old.json': yamadaOld,
    'answers-1.json': answerFile('3f9a0c1e5b7d2468', {
      trialId: 'r8-trial',
      surveyId: 'r8-survey',
      occasion: 'end',
      answers: [
        { type: 'scale', questionId: 'efficiency', value: 5 },
        { type: 'scale', questionId: 'balance', value: 3 },
        { type: 'choice', questionId: 'place', chosen: ['自宅'] },
        { type: 'text', questionId: 'comment', text: '通信が遅い日があった。' },
      ],
    }),
    'answers-other.json': answerFile('a1b2c3d4e5f60718', { trialId: 'r7-trial', surveyId: 'r7-survey', occasion: 'end', answers: [{ type: 'scale', questionId: 'efficiency', value: 1 }] }),
    'truncated.json': sato.slice(0, 300),
    'other.json': '{"hello": "world"}',
  };
}

export const filesOf = (folder: Record<string, string>) => Object.entries(folder).map(([name, text]) => asFile(name, text));

