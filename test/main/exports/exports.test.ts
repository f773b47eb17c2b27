import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { foldLine } from '../../../main/exports/ics.js';
import { createChromiumPdfPrinter } from '../../../main/adapters/chromium-pdf-printer.js';
import { lookUpMachineBrowser } from '../../../main/browser/machine-browser-lookup.js';
import { csvForExcel, unencodableInCp932 } from '../../../main/exports/csv-for-excel.js';
import type { BlockInput } from '../../../shared/day/day-schema.js';
import { type CsvEncoding } from '../../../shared/lists/csv-encodings.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/lists/export-formats.js';
import { reportDocumentSchema } from '../../../shared/reports/report-document.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { changeSettings } from '../../helpers/settings.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
const block = (start: string, end: string, title: string, note = ''): BlockInput => ({ start, end, title, kind: 'focus', status: 'done', note, inventoryId: null });

async function setup() {
  const app = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 18, 0).getTime()));
  const { api } = app;
  await ok(changeSettings(api, (s) => ({ ...s, profile: { ...s.profile, name: '髙橋 𠮷子', staffId: '000123', department: '企画課①' } })));
  await ok(api.daySaveBlock({ date: DATE, id: null, block: block('09:00', '10:30', '=1+1', '結果, "引用" と\n改行') }));
  await ok(api.daySaveBlock({ date: DATE, id: null, block: block('13:00', '14:00', '資料作成〜確認 😀') }));
  await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 511, reason: '' }));
  await ok(api.recordSetTime({ date: DATE, field: 'start', minutes: 510, reason: '打刻忘れ' }));
  await ok(api.recordSetTime({ date: DATE, field: 'end', minutes: 1080, reason: '' }));
  const files = async (formats: ExportFormat[], encoding: CsvEncoding = 'utf8bom') => {
    const data = await ok(api.exportFiles({ from: '2026-11-01', to: '2026-11-30', formats, encoding }));
    return { ...data, file: (suffix: string) => Buffer.from(data.files.find((f) => f.name.endsWith(suffix))!.base64, 'base64') };
  };
  return { app, files };
}

describe('daily-report exports', () => {
  it('CSV for Excel: BOM, CRLF, RFC 4180 quoting, formulas neutralised, 職員番号 kept as text', async () => {
    const { files } = await setup();
    const out = await files(['csv']);
    const daily = out.file('daily-report_000123_2026-11-01_2026-11-30.csv');
    expect([...daily.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = daily.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '職員番号,氏名,所属,日付,和暦日付,曜日,年度,休日区分,勤務形態,勤務場所,所定始業,所定終業,申告始業,申告終業,休憩分,中抜け回数,中抜け時間分,実勤務分,時間外勤務分,深夜勤務分,命令・許可,予定件数,完了件数,電子決裁・供覧の確認回数,始業報告時刻,終業報告時刻,修正有無',
    );
    expect(text.split('\r\n')[1]).toBe("'000123,髙橋 𠮷子,企画課①,2026-11-25,令和8年(2026年)11月25日(水),水,2026,,出勤,,08:30,17:15,08:30,18:00,60,0,0,510,45,0,要確認,2,2,0,,,有");
    // Records end in CRLF; a line break inside a cell stays LF, as Excel itself writes it (Alt+Enter).
    expect(text.split('\r\n')).toHaveLength(3);
    const details = out.file('daily-report-details_000123_2026-11-01_2026-11-30.csv').subarray(3).toString('utf8');
    expect(details).toContain(`'000123,髙橋 𠮷子,2026-11-25,予定,09:00,10:30,90,"'=1+1",集中作業,完了,"結果, ""引用"" と\n改行",0,0\r\n`);
  });

  it('CSV cells are Japanese whatever the UI language: with the UI in English the files are byte for byte the same', async () => {
    const { app, files } = await setup();
    await ok(app.api.daySetWorkStyle({ date: DATE, workStyle: { am: 'home', pm: 'office', satelliteOffice: '' } }));
    await ok(app.api.recordSaveInterruption({ date: DATE, interruption: { id: null, start: 840, end: 860, treatment: 'hourlyLeave', note: '' }, reason: '' }));
    await ok(app.api.daySaveBlock({ date: '2026-11-28', id: null, block: { ...block('09:00', '10:00', '休日の当番'), kind: 'meeting', status: 'inProgress' } }));
    const inJapanese = await files(['csv']);
    await ok(changeSettings(app.api, (s) => ({ ...s, language: 'en' })));
    const inEnglish = await files(['csv']);
    const text = (suffix: string) => inEnglish.file(suffix).subarray(3).toString('utf8');
    const daily = text('daily-report_000123_2026-11-01_2026-11-30.csv');
    const details = text('daily-report-details_000123_2026-11-01_2026-11-30.csv');
    // The words the UI language would otherwise change: places (half-day mix), 要確認, 休日区分, kinds, statuses, 中抜け treatment.
    expect(daily).toContain(',午前在宅勤務・午後出勤,');
    expect(daily).toContain(',要確認,');
    expect(daily).toContain(',土曜日,');
    expect(details).toContain(',集中作業,完了,');
    expect(details).toContain(',会議,実施中,');
    expect(details).toContain(',中抜け,14:00,14:20,20,,,年休(時間単位),');
    expect(`${daily}${details}`).not.toMatch(/[A-Za-z]{4,}/); // no English word anywhere (staff names here are Japanese)
    expect(inEnglish.files.map((f) => f.name)).toEqual(inJapanese.files.map((f) => f.name));
    inEnglish.files.forEach((f, i) => expect(f.base64, f.name).toBe(inJapanese.files[i]!.base64));
  });

  it('CSV in CP932 round-trips 〜, 髙 and ① and reports 𠮷 and emoji', async () => {
    expect(unencodableInCp932('〜髙①')).toEqual([]);
    const { files } = await setup();
    const out = await files(['csv'], 'cp932');
    expect(out.lost.sort()).toEqual(['😀', '𠮷'].sort());
    const decoded = iconv.decode(out.file('daily-report-details_000123_2026-11-01_2026-11-30.csv'), 'CP932');
    expect(decoded).toContain('資料作成～確認 ?'); // 〜 as Windows shows it (0x8160); the emoji is lost, and reported
    expect(iconv.decode(out.file('daily-report_000123_2026-11-01_2026-11-30.csv'), 'CP932')).toContain('髙橋 ?子,企画課①');
    const csv = csvForExcel(['a'], [['〜']], 'cp932');
    expect([...csv.bytes]).toEqual([0x61, 0x0d, 0x0a, 0x81, 0x60, 0x0d, 0x0a]);
  });

  it('JSON: a versioned document that validates against the shipped JSON Schema with an independent validator (ajv)', async () => {
    const { app, files } = await setup();
    const out = await files(['json']);
    const doc = JSON.parse(out.file('2026-11-30.json').toString('utf8'));
    const schema = JSON.parse(out.file('daily-report.schema.json').toString('utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(reportDocumentSchema.safeParse(doc).success).toBe(true);
    expect(validate({ ...doc, version: 3 })).toBe(false);
    // Without 役職 and survey answers: version 1, which the previous release's 所属長の確認画面 reads.
    expect(doc).toMatchObject({ format: 'telework-techo/daily-report', version: 1, staff: { staffId: '000123' } });
    expect(Object.keys(doc.staff)).not.toContain('title');
    expect(doc).not.toHaveProperty('survey');
    // What the previous release accepted: version 1 exactly, staff without 役職, no survey (strict objects).
    const previousRelease = reportDocumentSchema.omit({ survey: true }).extend({ version: z.literal(1), staff: z.strictObject({ staffId: z.string(), name: z.string(), department: z.string() }) });
    expect(previousRelease.safeParse(doc).success).toBe(true);
    // With a 役職: version 2, carrying it.
    await ok(changeSettings(app.api, (s) => ({ ...s, profile: { ...s.profile, title: '主査' } })));
    const withTitle = JSON.parse((await files(['json'])).file('2026-11-30.json').toString('utf8'));
    expect(withTitle).toMatchObject({ version: 2, staff: { staffId: '000123', title: '主査' } });
    expect(validate(withTitle), JSON.stringify(validate.errors)).toBe(true);
    // The correction history of 始業 goes out unchanged
    expect(doc.days[0].record.corrections).toEqual([{ at: new Date(2026, 10, 25, 18, 0).toISOString(), field: 'start', before: '08:31', after: '08:30', reason: '打刻忘れ' }]);
  });

  it('Markdown and printable HTML carry the Japanese title, the blocks and the correction history (escaped)', async () => {
    const { files } = await setup();
    const out = await files(['md', 'html']);
    const md = out.file('.md').toString('utf8');
    expect(md).toContain('# テレワーク日報 髙橋 𠮷子(令和8年(2026年)11月1日(日)〜令和8年(2026年)11月30日(月))');
    expect(md).toContain('| 9:00〜10:30 | =1+1 | 集中作業 | 完了 |');
    expect(md).toContain('- 実勤務時間: 8時間30分\n- 時間外勤務: 45分\n- 深夜勤務: 0分\n');
    expect(md).toContain('始業: 8:31 → 8:30(理由: 打刻忘れ)');
    const html = out.file('.html').toString('utf8');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<td>資料作成〜確認 😀</td>');
    expect(html).not.toContain('<script');
    expect(html).toContain('<html lang="ja">');
  });

  it('in English: lang="en", English dates and 祝日 names, "next day" instead of 翌', async () => {
    const { app, files } = await setup();
    await ok(changeSettings(app.api, (s) => ({ ...s, language: 'en' })));
    await ok(app.api.daySaveBlock({ date: '2026-11-23', id: null, block: block('09:00', '10:00', 'Holiday duty') }));
    await ok(app.api.recordSetTime({ date: DATE, field: 'end', minutes: 1530, reason: 'late meeting' }));
    const out = await files(['md', 'html']);
    const html = out.file('.html').toString('utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Mon, 23 Nov 2026 Labor Thanksgiving Day');
    expect(html).toContain('8:30–17:15');
    // The JSON report stays readable by earlier versions: no English name stored, it follows from the date.
    const json = JSON.parse((await files(['json'])).file('_2026-11-30.json').toString('utf8'));
    expect(json.days.find((d: { date: string }) => d.date === '2026-11-23').info).toEqual({ date: '2026-11-23', kind: 'national', name: '勤労感謝の日', isHoliday: true });
    const md = out.file('.md').toString('utf8');
    expect(md).toContain('next day 1:30');
    expect(md).not.toMatch(/令和|勤労感謝の日/);
    // Only the stored correction history keeps the notation it was written in (翌01:30).
  });

  it('.ics: RFC 5545 lines (CRLF, folded at 75 octets) with one event per block', async () => {
    const { files } = await setup();
    const ics = (await files(['ics'])).file('.ics').toString('utf8');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain('DTSTART;TZID=Asia/Tokyo:20261125T090000');
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:=1+1');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3); // two blocks and the 休憩
    const long = foldLine(`SUMMARY:${'あ'.repeat(40)}`);
    expect(long.split('\r\n ').join('')).toBe(`SUMMARY:${'あ'.repeat(40)}`);
    expect(long.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });

  it('refuses an inverted range with a clear message, and exports only stored days', async () => {
    const { app } = await setup();
    const bad = await app.api.exportFiles({ from: '2026-11-30', to: '2026-11-01', formats: ['csv'], encoding: 'utf8bom' });
    expect(bad).toMatchObject({ ok: false, error: { message: '終了日は開始日と同じ日か、それより後の日にしてください。' } });
    const one = await ok(app.api.exportFiles({ from: DATE, to: DATE, formats: ['json'], encoding: 'utf8bom' }));
    expect(one.days).toBe(1);
  });
});

describe('all formats at once (issue #13: the contract\'s .max(5) refused the six the export view offers)', () => {
  it('export:files and export:toFolder take every format together, once each', async () => {
    const pdfPrinter = { print: async () => new TextEncoder().encode('%PDF-1.4 stand-in') };
    const app = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 18, 0).getTime()), { pdfPrinter });
    await ok(app.api.daySaveBlock({ date: DATE, id: null, block: block('09:00', '10:00', '資料作成') }));
    const all = [...EXPORT_FORMATS];
    const res = await ok(app.api.exportFiles({ from: DATE, to: DATE, formats: all, encoding: 'utf8bom' }));
    const names = res.files.map((f) => f.name);
    expect(names.map((n) => n.replace(/^.*\./, '')).sort()).toEqual(['csv', 'csv', 'html', 'ics', 'json', 'json', 'md', 'pdf', 'xlsx']);
    // A format named twice is still one file each; more names than formats is refused, beside the field.
    const twice = await ok(app.api.exportFiles({ from: DATE, to: DATE, formats: ['csv', 'csv'], encoding: 'utf8bom' }));
    expect(twice.files).toHaveLength(2);
    const tooMany = await app.api.exportToFolder({ from: DATE, to: DATE, formats: [...all, 'csv'], encoding: 'utf8bom' });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { formats: '一覧から選んでください。' } } });
  });
});

describe('PDF export', () => {
  const browser = lookUpMachineBrowser().ok;
  const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => fs.existsSync(p));
  it.skipIf(!browser || !pdftotext)('prints the report with Japanese text that stays text (read back with pdftotext; needs a browser and poppler-utils, which npm test installs as root on Debian)', async () => {
    const app = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 18, 0).getTime()), { pdfPrinter: createChromiumPdfPrinter({ idleMs: 0 }) });
    await ok(app.api.daySaveBlock({ date: DATE, id: null, block: block('09:00', '10:30', '国のガイドライン確認') }));
    const res = await ok(app.api.exportFiles({ from: DATE, to: DATE, formats: ['pdf'], encoding: 'utf8bom' }));
    const pdf = Buffer.from(res.files[0]!.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    const text = execFileSync(pdftotext!, ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('テレワーク日報');
    expect(text).toContain('国のガイドライン確認');
    expect(text).toContain('令和8年(2026年)11月25日(水)');
  }, 60_000);

  it('says clearly when no PDF engine is available (code "unavailable", so the window can offer the HTML)', async () => {
    const app = testApp(tempDir());
    const res = await app.api.exportFiles({ from: DATE, to: DATE, formats: ['pdf'], encoding: 'utf8bom' });
    expect(res).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('PDF を作るためのブラウザー') } });
  });

  it('the Chromium printer reports the lookup finding no browser as no PDF engine, in the user\'s language', async () => {
    const pdfPrinter = createChromiumPdfPrinter({ idleMs: 0, lookUp: () => ({ ok: false, reason: 'none' }) });
    const app = testApp(tempDir(), undefined, { pdfPrinter });
    await ok(changeSettings(app.api, (s) => ({ ...s, language: 'en' })));
    const res = await app.api.exportFiles( { from: DATE, to: DATE, formats: ['csv', 'pdf'], encoding: 'utf8bom' });
    expect(res).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/^The PDF could not be made: no browser .*Export the printable HTML instead/) } });
  });
});
