/**
 * Import fuzzing: organisation defaults and supervisor report files that are truncated, huge,
 * deeply nested, in the wrong encoding or carry __proto__ keys. Each gets a clear, translated
 * refusal; nothing is half-applied; nothing crashes. The requests are well-formed (typed client);
 * what is hostile is the file text inside them — wrong payloads are ipc-fuzz.test.ts's part.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';
import { ok } from '../../helpers/typed-client.js';

const tempDir = useTempDir();
const root = path.resolve(import.meta.dirname, '../../..');
const GOOD_ORG = fs.readFileSync(path.join(root, 'test/fixtures/org-defaults.json'), 'utf8');

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const cp932 = iconv.encode(GOOD_ORG, 'CP932').toString('latin1'); // what a Shift_JIS file looks like read as text

const hostileTexts = fc.oneof(
  fc.nat(GOOD_ORG.length - 1).map((n) => GOOD_ORG.slice(0, n)), // truncated anywhere
  fc.constant(nested(10_000)), // deeply nested
  fc.constant(`{"format":"telework-techo/org-defaults","version":1,"holidays":[${'{"date":"2026-01-05","name":"x"},'.repeat(5000)}{}]}`), // large
  fc.constant(cp932), // wrong encoding
  fc.constant('{"format":"telework-techo/org-defaults","version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'),
  fc.constant('\uFEFF'),
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
);

describe('import fuzzing', () => {
  it('organisation defaults: every hostile file is refused with a message, and nothing is half-applied', async () => {
    const dir = tempDir();
    const app = testApp(dir);
    const state = async () =>
      JSON.stringify(await Promise.all([app.api.settingsGet(), app.api.inventoryList(), app.api.templateList(), app.api.calendarGet({ year: 2026 })]));
    const before = await state();
    await fc.assert(
      fc.asyncProperty(hostileTexts, async (text) => {
        const res = await app.api.orgImport({ text });
        if (res.ok) return; // a random text that happens to be a valid (empty) defaults file
        expect(res.error.code).toBe('invalid_input');
        expect(res.error.message).toMatch(/[ぁ-んァ-ン一-龥]/); // a Japanese sentence, not a stack trace
        expect(await state()).toBe(before);
      }),
      { numRuns: 120, seed: 7 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(app.errors).toEqual([]);
  });

  it('supervisor report files: truncated, nested, wrong-encoding, polluted or huge files are each listed with a reason', async () => {
    const app = testApp(tempDir());
    await fc.assert(
      fc.asyncProperty(hostileTexts, async (text) => {
        const data = await ok(app.api.supervisorImport({ files: [{ name: 'x.json', size: text.length, text }] }));
        expect(data.accepted + data.rejected.length).toBe(1);
        for (const r of data.rejected) expect(r.reason).toMatch(/[ぁ-んァ-ン一-龥]/);
      }),
      { numRuns: 120, seed: 11 },
    );
    const huge = await app.api.supervisorImport( { files: [{ name: 'huge.json', size: 60 * 1024 * 1024 }] });
    expect(huge).toMatchObject({ ok: true, data: { accepted: 0, rejected: [{ name: 'huge.json', reason: expect.stringContaining('大きすぎます') }] } });
    expect(app.errors).toEqual([]);
  });

  it('the export of everything read back: truncated, mangled, nested, polluted or re-encoded files are refused and change no file', async () => {
    const source = testApp(tempDir());
    await ok(source.api.daySaveBlock({ date: '2026-11-25', id: null, block: { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } }));
    await ok(source.api.inventorySave({ id: null, item: { title: '窓口', kind: 'other', telework: 'no', reason: 'counter', minutes: 60, note: '' } }));
    const exported = await ok(source.api.dataExportAll());
    const good = Buffer.from(exported.base64, 'base64').toString('utf8');
    const dir = tempDir();
    const app = testApp(dir);
    await ok(app.api.daySaveBlock({ date: '2026-11-26', id: null, block: { start: '13:00', end: '14:00', title: '守る記録', kind: 'focus', status: 'planned', note: '', inventoryId: null } }));
    const snapshot = () => fs.readdirSync(dir, { recursive: true }).map(String).sort().map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf8') : '']);
    let before = snapshot();
    const archiveTexts = fc.oneof(
      fc.nat(good.length - 1).map((n) => good.slice(0, n)), // truncated anywhere
      fc.tuple(fc.nat(good.length - 1), fc.string({ minLength: 1, maxLength: 3 })).map(([n, junk]) => good.slice(0, n) + junk + good.slice(n + 1)), // one spot mangled
      fc.constant(nested(10_000)),
      fc.constant(iconv.encode(good, 'CP932').toString('latin1')),
      fc.constant(good.replace('"documents": {', '"documents": {"__proto__": {"polluted": true},')),
      fc.json({ maxDepth: 4 }),
    );
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(archiveTexts, async (text) => {
        const res = await app.api.dataImport({ text });
        if (res.ok) {
          // A mangled spot inside a title can still be a valid file: then it is applied whole.
          before = snapshot();
          return;
        }
        refused++;
        expect(res.error.code).toBe('invalid_input');
        expect(res.error.message).toMatch(/[ぁ-んァ-ン一-龥]/);
        expect(snapshot()).toEqual(before);
      }),
      { numRuns: 120, seed: 13 },
    );
    expect(refused).toBeGreaterThan(60);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(app.errors).toEqual([]);
  });
});
