/**
 * The .ics and the JSON report, read by code nobody here wrote: Python's `icalendar` parses the
 * calendar (an event per telework day and per block, in Asia/Tokyo, lines folded as RFC 5545 says),
 * and Python's `jsonschema` validates the report against the schema the app publishes beside it.
 * Debian's /usr/bin/python3 (not a pyenv one), with python3-icalendar and python3-jsonschema, which
 * `npm test` installs as root on Debian; skipped, saying why, where they are missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/fake-clock.js';
import { changeSettings } from '../../helpers/settings.js';
import { seedExampleDay } from '../../helpers/seed-day.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const PYTHON = '/usr/bin/python3';
const has = (module: string) => fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', `import ${module}`]).status === 0;
const ICAL_MISSING = 'python3-icalendar が見つからないため省略 / skipped: Python icalendar not found (apt-get install python3-icalendar)';
const SCHEMA_MISSING = 'python3-jsonschema が見つからないため省略 / skipped: Python jsonschema not found (apt-get install python3-jsonschema)';
if (!has('icalendar')) console.warn(ICAL_MISSING);
if (!has('jsonschema')) console.warn(SCHEMA_MISSING);

const python = (script: string, ...args: string[]) => {
  const r = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
};

/** The seed's example day as a telework day, exported in the given formats into `dir`. */
async function exported(dir: string, formats: ('ics' | 'json')[], orgTimeZone = 'Asia/Tokyo') {
  const app = testApp(path.join(dir, 'data'), fakeClock(Date.parse('2026-11-25T18:00:00+09:00')));
  await ok(changeSettings(app.api, (s) => ({ ...s, orgTimeZone, teleworkWeekdays: [3], profile: { ...s.profile, name: '山田 花子', staffId: '007123' } })));
  await seedExampleDay(app.api, '2026-11-25');
  const r = await ok(app.api.exportFiles({ from: '2026-11-25', to: '2026-11-25', formats, encoding: 'utf8bom' }));
  const out: Record<string, string> = {};
  for (const f of r.files) {
    const file = path.join(dir, f.name);
    fs.writeFileSync(file, Buffer.from(f.base64, 'base64'));
    out[f.name] = file;
  }
  return out;
}

describe('independent parsers read the exports', () => {
  const icsEvents = (ics: string) =>
    python(
      `import sys, json, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for e in cal.walk('VEVENT'):
    s = e.decoded('DTSTART')
    out.append({'summary': str(e.get('SUMMARY')), 'start': s.isoformat(), 'tz': str(getattr(s, 'tzinfo', None) and s.tzinfo), 'uid': str(e.get('UID'))})
print(json.dumps(out, ensure_ascii=False))`,
      ics,
    ) as { summary: string; start: string; tz: string; uid: string }[];
  const icsOf = (files: Record<string, string>) => Object.entries(files).find(([name]) => name.endsWith('.ics'))![1];

  it.skipIf(!has('icalendar'))('Python icalendar parses the .ics: the telework day and every block, in Asia/Tokyo', async () => {
    const events = icsEvents(icsOf(await exported(tempDir(), ['ics'])));
    const blocks = events.filter((e) => e.start.includes('T'));
    expect(blocks.map((e) => e.summary)).toEqual(expect.arrayContaining(['資料作成', '他自治体事例確認・電子決裁確認', '計画書確認']));
    expect(blocks.find((e) => e.summary === '資料作成')!.start).toBe('2026-11-25T09:00:00+09:00');
    expect(events.some((e) => !e.start.includes('T'))).toBe(true); // the all-day telework event
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it.skipIf(!has('icalendar'))('with the organisation in another zone (Asia/Bangkok) a 9:00 予定 is 9:00 there, whatever the machine', async () => {
    const events = icsEvents(icsOf(await exported(tempDir(), ['ics'], 'Asia/Bangkok')));
    const start = events.find((e) => e.summary === '資料作成')!.start;
    expect(Date.parse(start)).toBe(Date.parse('2026-11-25T09:00:00+07:00'));
  });

  it.skipIf(!has('jsonschema'))('Python jsonschema validates the JSON report against the schema shipped beside it; a tampered one fails', async () => {
    const dir = tempDir();
    const files = await exported(dir, ['json']);
    const report = Object.entries(files).find(([name]) => name.startsWith('daily-report') && name.endsWith('.json'))![1];
    const schema = files['daily-report.schema.json']!;
    const validate = (file: string) =>
      python(
        `import sys, json, jsonschema
schema = json.load(open(sys.argv[1], encoding='utf-8'))
doc = json.load(open(sys.argv[2], encoding='utf-8'))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = [e.message for e in cls(schema).iter_errors(doc)]
print(json.dumps(errors, ensure_ascii=False))`,
        schema,
        file,
      ) as string[];
    expect(validate(report)).toEqual([]);
    const tampered = JSON.parse(fs.readFileSync(report, 'utf8')) as { days: { record: Record<string, unknown> }[] };
    tampered.days[0]!.record.start = 'nine';
    const bad = path.join(dir, 'tampered.json');
    fs.writeFileSync(bad, JSON.stringify(tampered));
    expect(validate(bad).length).toBeGreaterThan(0);
  });
});
