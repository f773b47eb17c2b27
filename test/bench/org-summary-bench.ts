/**
 * 総務課's summary of the telework trial: `telework-techo org-summary <folder>` over 300 staff's report
 * files of one 年度 (each exported by the real exporter from a generated 年度, then given its own
 * 職員番号, name, 所属, 役職 and telework days), with anonymous answer files beside them — reading,
 * validating and compiling, as 総務課 runs it at the end of the trial. Budget: ≤ 10 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../main/cli/run-cli.js';
import type { Clock } from '../../main/ports/clock.js';
import type { LocalDate } from '../../shared/calendar/local-date.js';
import type { ReportDocument } from '../../shared/reports/report-document.js';
import type { Bench } from './bench.js';
import { benchApp, call } from './bench-app.js';
import { checkGeneratedMonth, generateMonths, writeMonths } from './history-generator.js';
import { fmtSummary, summarize, table, timed } from './stats.js';

const FY_FROM: LocalDate = '2026-04-01';
const FY_TO: LocalDate = '2027-03-31';
const clock: Clock = { now: () => Date.parse('2027-03-31T18:00:00+09:00') };
const STAFF = 300;
const ANSWER_FILES = 150;
const REPS = 3;
const BUDGET_MS = 10_000;

const TARGETS = ['総務課', '企画政策課', '税務課', '市民課'];
/** One 課 of five is outside the trial: its files are read and counted as outsideTrial. */
const DEPARTMENTS = [...TARGETS, '福祉課'];
const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const GIVEN = ['太郎', '花子', '健一', '美咲', '翔太', '陽子', '大輔', '由美', '誠', '恵'];

const ORG = {
  format: 'telework-techo/org-defaults',
  version: 1,
  trial: {
    id: 'r8-trial',
    name: '令和8年度 テレワーク試行',
    start: FY_FROM,
    end: FY_TO,
    departments: TARGETS,
    minDays: 10,
    managerTitles: ['部長', '課長', '課長補佐'],
    survey: {
      id: 'r8-survey',
      title: 'テレワーク試行アンケート',
      questions: [
        { type: 'scale', id: 'efficiency', text: '業務の効率は上がりましたか。', low: 'そう思わない', high: 'そう思う' },
        { type: 'choice', id: 'trouble', text: '困ったことを選んでください(複数可)。', options: ['紙の資料', '電子決裁', '通信環境', '特になし'], multiple: true },
        { type: 'text', id: 'comment', text: '実施要領の見直しへの意見をお書きください。' },
      ],
    },
  },
};

const response = (i: number, occasion: 'firstDay' | 'end') => ({
  trialId: 'r8-trial',
  surveyId: 'r8-survey',
  occasion,
  answers: [
    { type: 'scale', questionId: 'efficiency', value: (i % 5) + 1 },
    { type: 'choice', questionId: 'trouble', chosen: [['紙の資料'], ['電子決裁', '通信環境'], ['特になし']][i % 3] },
    { type: 'text', questionId: 'comment', text: `通勤時間が減り、資料作成に集中できた(${i})。` },
  ],
});

/** One person's 年度, exported to JSON by the real exporter. */
async function fiscalYearReport(dir: string): Promise<ReportDocument> {
  const months = generateMonths(FY_FROM, FY_TO);
  for (const body of months.values()) checkGeneratedMonth(body);
  writeMonths(dir, months);
  const r = await call<{ files: { name: string; base64: string }[] }>(benchApp(dir, clock), 'export:files', { from: FY_FROM, to: FY_TO, formats: ['json'], encoding: 'utf8bom' });
  const file = r.files.find((f) => f.name.startsWith('daily-report_') && f.name.endsWith('.json'))!;
  return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '')) as ReportDocument;
}

/** The folder 総務課 collected: 300 report files (each a 年度), the answer files, and the organisation file. */
function writeFolder(dir: string, template: ReportDocument): number {
  const text = JSON.stringify(template);
  let bytes = 0;
  for (let i = 0; i < STAFF; i++) {
    const doc = JSON.parse(text) as ReportDocument;
    const staffId = `A${String(i + 1).padStart(5, '0')}`;
    doc.staff = { staffId, name: `${FAMILY[i % FAMILY.length]} ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]}${i >= 100 ? Math.floor(i / 100) : ''}`, department: DEPARTMENTS[i % DEPARTMENTS.length]!, title: i % 15 === 0 ? '課長' : '主事' };
    // Every tenth person never teleworks; the others every (2 + i % 7)th day.
    doc.days.forEach((d, j) => {
      const telework = i % 10 !== 0 && j % (2 + (i % 7)) === 0;
      d.telework = telework;
      d.workStyle = { am: telework ? 'home' : 'office', pm: telework ? 'home' : 'office', satelliteOffice: '' };
    });
    if (i % 3 === 0) doc.survey = [{ ...response(i, 'end'), answeredAt: '2027-03-31T17:00:00+09:00' }] as ReportDocument['survey'];
    const body = `${JSON.stringify(doc, null, 2)}\n`;
    bytes += Buffer.byteLength(body);
    fs.writeFileSync(path.join(dir, `daily-report_${staffId}_${FY_FROM}_${FY_TO}.json`), body);
  }
  for (let i = 0; i < ANSWER_FILES; i++) {
    fs.writeFileSync(path.join(dir, `survey-answers_${i}.json`), JSON.stringify({ format: 'telework-techo/survey-answers', version: 1, id: `bench-answer-${i}`, responses: [response(i, i % 2 ? 'end' : 'firstDay')] }));
  }
  return bytes;
}

export const orgSummaryBench: Bench = {
  name: `org summary: ${STAFF} staff × one 年度 (telework-techo org-summary <folder>, median of n runs, min–max in brackets)`,
  async run() {
    const cleanup: string[] = [];
    const temp = (label: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `techo-bench-org-${label}-`));
      cleanup.push(dir);
      return dir;
    };
    try {
      const template = await fiscalYearReport(temp('data'));
      const folder = temp('folder');
      const bytes = writeFolder(folder, template);
      const org = path.join(temp('org'), 'org.json');
      fs.writeFileSync(org, JSON.stringify(ORG));
      // What the command says on stderr is kept for the error: a refused file would otherwise fail the run unexplained.
      let said = '';
      const io = { stdout: () => {}, stderr: (s: string) => void (said = (said + s).slice(-4000)), now: clock.now, version: '0.0.0-bench' };
      const samples: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < REPS; r++) {
        const before = process.cpuUsage();
        const { value: code, ms } = await timed(() => runCli(['org-summary', folder, '--org', org], io));
        const used = process.cpuUsage(before);
        if (code !== 0) throw new Error(`org-summary exited with ${code}:\n${said}`);
        samples.push(ms);
        cpu.push((used.user + used.system) / 1000);
      }
      // The same folder to JSON once, to check the figures are the ones expected of it.
      const out = path.join(temp('out'), 'summary.json');
      await runCli(['org-summary', folder, '--org', org, '--out', out], io);
      const summary = JSON.parse(fs.readFileSync(out, 'utf8')) as { all: { staff: number; participants: number }; files: { reports: number; answerFiles: number; outsideTrial: number } };
      const expectedStaff = STAFF - STAFF / DEPARTMENTS.length;
      if (summary.files.reports !== STAFF || summary.files.outsideTrial !== STAFF / DEPARTMENTS.length || summary.all.staff !== expectedStaff || summary.files.answerFiles !== ANSWER_FILES) {
        throw new Error(`org-summary: unexpected figures ${JSON.stringify({ files: summary.files, all: summary.all })}`);
      }
      const median = summarize(samples).median;
      console.log(
        table(
          ['figure', 'median (min–max) / value', 'budget'],
          [
            [`files: ${STAFF} report files (${template.days.length} days each, ${(bytes / 1024 / 1024).toFixed(0)} MB of JSON) + ${ANSWER_FILES} answer files`, '', ''],
            [`read + compile: org-summary <folder> --org (n=${REPS})`, fmtSummary(summarize(samples)), `<= ${BUDGET_MS} ms: ${median <= BUDGET_MS ? 'met' : 'OVER'}`],
            // On a machine shared with other work the wall time grows with the load; the process's CPU time much less.
            ['  CPU time of this process (user + system, all its threads)', fmtSummary(summarize(cpu)), '(informative)'],
            ['participants / target staff', `${summary.all.participants} / ${summary.all.staff}`, ''],
          ],
        ),
      );
    } finally {
      for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
