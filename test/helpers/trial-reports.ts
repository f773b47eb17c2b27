/**
 * A folder as 総務課 receives it for the telework trial of test/fixtures/org-trial.json (令和8年度
 * テレワーク試行, 11/9〜12/18, 企画課/総務課/税務課, at least 2 days, managers 部長/課長/課長補佐):
 * three staff data folders worked through the period with the real services (the organisation file
 * imported with org:import, each day begun and ended with record:clock) and exported as daily-report
 * JSON, plus one anonymous survey answer file — the survey answered through survey:answer and the answer
 * file written by survey:answerFile, as the staff app does.
 *
 * - 山田 花子 (企画課, 課長: a manager) teleworks twice (11/10, 11/25; 1時間 after hours on 11/25) and
 *   works one day in the office; she hands in her survey answer with her name (the report's `survey`).
 * - 佐藤 一郎 (企画課, 主事) teleworks once (12/2) and answers anonymously (a separate answer file).
 * - 鈴木 三郎 (総務課, 主任) never teleworks (two office days).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomId } from '../../main/adapters/system-clock.js';
import type { Place } from '../../shared/lists/places.js';
import type { SurveyConsent } from '../../shared/trial/survey-answers.js';
import type { SurveyResponse } from '../../shared/trial/trial-schema.js';
import { fakeClock } from './fake-clock.js';
import { changeSettings } from './settings.js';
import { testApp } from './test-app.js';
import { ok } from './typed-client.js';

export const ORG_TRIAL_FILE = path.resolve(import.meta.dirname, '../fixtures/org-trial.json');
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00+09:00`);

export interface TrialStaff {
  staffId: string;
  name: string;
  department: string;
  title: string;
  /** Each day worked: where, and when 始業 and 終業 were pressed (record:clock). */
  days: { date: string; place: Place; start: string; end: string }[];
}

/** A survey answered in the staff app: on which day and at what time, how it is handed in, and the answers. */
export interface TrialAnswer {
  date: string;
  time: string;
  consent: SurveyConsent;
  response: SurveyResponse;
}

/**
 * One staff member's files for the trial period, made by the real app: the daily-report JSON (with
 * the answers handed in with the name) and, for an anonymous answer, the answer file.
 */
export async function trialStaffFiles(dir: string, who: TrialStaff, answer?: TrialAnswer): Promise<{ report: string; answerFile?: { name: string; text: string } }> {
  const clock = fakeClock(at('2026-11-06', '12:00'));
  // Random ids as the app makes them: each staff member's answer file has its own.
  const { api } = testApp(dir, clock, { newId: randomId });
  await ok(changeSettings(api, (s) => ({ ...s, firstRun: 'done', profile: { ...s.profile, staffId: who.staffId, name: who.name, department: who.department, title: who.title } })));
  await ok(api.orgImport({ text: fs.readFileSync(ORG_TRIAL_FILE, 'utf8') }));
  for (const day of who.days) {
    clock.set(at(day.date, '08:00'));
    await ok(api.daySetWorkStyle({ date: day.date, workStyle: { am: day.place, pm: day.place, satelliteOffice: '' } }));
    clock.set(at(day.date, day.start));
    await ok(api.recordClock({ date: day.date, field: 'start', reason: '' }));
    clock.set(at(day.date, day.end));
    await ok(api.recordClock({ date: day.date, field: 'end', reason: '' }));
  }
  let answerFile: { name: string; text: string } | undefined;
  if (answer) {
    clock.set(at(answer.date, answer.time));
    await ok(api.surveyAnswer({ date: answer.date, occasion: answer.response.occasion, consent: answer.consent, answers: answer.response.answers }));
    if (answer.consent === 'anonymous') {
      const file = await ok(api.surveyAnswerFile({ occasion: answer.response.occasion }));
      answerFile = { name: file.name, text: Buffer.from(file.base64, 'base64').toString('utf8') };
    }
  }
  clock.set(at('2026-12-18', '18:00'));
  const res = await ok(api.exportFiles({ from: '2026-11-09', to: '2026-12-18', formats: ['json'], encoding: 'utf8bom' }));
  const report = Buffer.from(res.files.find((f) => f.name.startsWith('daily-report_'))!.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
  return { report, answerFile };
}

/** One staff member's report file alone. */
export async function trialStaffReport(dir: string, who: TrialStaff, answer?: TrialAnswer): Promise<string> {
  return (await trialStaffFiles(dir, who, answer)).report;
}

export const STAFF: TrialStaff[] = [
  {
    staffId: '100001',
    name: '山田 花子',
    department: '企画課',
    title: '課長',
    days: [
      { date: '2026-11-10', place: 'home', start: '08:30', end: '17:15' },
      { date: '2026-11-11', place: 'office', start: '08:30', end: '17:15' },
      { date: '2026-11-25', place: 'home', start: '08:30', end: '18:15' },
    ],
  },
  { staffId: '100002', name: '佐藤 一郎', department: '企画課', title: '主事', days: [{ date: '2026-12-02', place: 'home', start: '08:30', end: '17:15' }] },
  {
    staffId: '100003',
    name: '鈴木 三郎',
    department: '総務課',
    title: '主任',
    days: [
      { date: '2026-11-12', place: 'office', start: '08:30', end: '17:15' },
      { date: '2026-12-03', place: 'office', start: '08:30', end: '17:15' },
    ],
  },
];

const response = (occasion: SurveyResponse['occasion'], values: [number, number], place: string, trouble: string[], comment: string): SurveyResponse => ({
  trialId: 'r8-trial',
  surveyId: 'r8-survey',
  occasion,
  answers: [
    { type: 'scale', questionId: 'efficiency', value: values[0] },
    { type: 'scale', questionId: 'balance', value: values[1] },
    { type: 'choice', questionId: 'place', chosen: [place] },
    { type: 'choice', questionId: 'trouble', chosen: trouble },
    { type: 'text', questionId: 'comment', text: comment },
  ],
});

export const NAMED_COMMENT = '紙の決裁が残る業務は、テレワークの日に回せません。';
export const ANONYMOUS_COMMENT = '自宅の通信が遅く、Web会議が途切れました。';
/** 山田's answer at the period's end, handed in with her name (it travels inside her report). */
export const NAMED_ANSWER: TrialAnswer = { date: '2026-12-18', time: '17:00', consent: 'named', response: response('end', [5, 4], '自宅', ['紙の資料', '電子決裁'], NAMED_COMMENT) };
/** 佐藤's answer after his first telework day, anonymous (a separate answer file). */
export const ANONYMOUS_ANSWER: TrialAnswer = { date: '2026-12-02', time: '17:30', consent: 'anonymous', response: response('firstDay', [4, 5], 'サテライトオフィス', ['通信環境'], ANONYMOUS_COMMENT) };
const ANSWERS = new Map<string, TrialAnswer>([
  ['100001', NAMED_ANSWER],
  ['100002', ANONYMOUS_ANSWER],
]);

/** The folder 総務課 imports: three report files and one anonymous answer file, as the staff app wrote them. */
export async function trialFolder(): Promise<string> {
  const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));
  const folder = tmp('techo-trial-');
  for (const who of STAFF) {
    // Each staff member's own data folder, gone once their files are exported.
    const dir = tmp('techo-staff-');
    const { report, answerFile } = await trialStaffFiles(dir, who, ANSWERS.get(who.staffId));
    fs.writeFileSync(path.join(folder, `daily-report_${who.staffId}.json`), report);
    if (answerFile) fs.writeFileSync(path.join(folder, answerFile.name), answerFile.text);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return folder;
}

/** The folder's files as the view sends them (name, size, base64), for a test that imports through the API. */
export function folderFiles(folder: string) {
  return fs.readdirSync(folder).map((name) => {
    const bytes = fs.readFileSync(path.join(folder, name));
    return { name, size: bytes.length, base64: bytes.toString('base64') };
  });
}
