import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createConfStoreFactory } from '../../../main/adapters/conf-key-value-store.js';
import { openDocument, type DocumentType } from '../../../main/persistence/document-repository.js';
import { createStorageNotices } from '../../../main/persistence/storage-notices.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

// A document whose version 1 stored minutes as "HH:MM" text and version 2 as numbers.
const counterV2: DocumentType<{ startMinutes: number }> = {
  version: 2,
  migrations: [(doc) => ({ startMinutes: Number(String(doc.start).slice(0, 2)) * 60 + Number(String(doc.start).slice(3)) })],
  schema: z.strictObject({ startMinutes: z.number().int() }),
  defaults: () => ({ startMinutes: 510 }),
};

function setup() {
  const dir = tempDir();
  const clock = fakeClock(Date.parse('2026-11-25T00:00:00Z'));
  const factory = createConfStoreFactory(dir);
  const notices = createStorageNotices(factory, clock);
  const open = () => openDocument('sample', counterV2, { factory, clock, notices });
  return { dir, file: path.join(dir, 'sample.json'), clock, notices, open };
}

describe('document repository', () => {
  // Windows has no POSIX file modes (the per-user profile's ACL protects the folder there).
  it.skipIf(process.platform === 'win32')('creates the data folder owner-only (0700) and each file 0600 on first save', () => {
    const dir = path.join(tempDir(), 'data');
    const clock = fakeClock();
    const factory = createConfStoreFactory(dir);
    const notices = createStorageNotices(factory, clock);
    openDocument('sample', counterV2, { factory, clock, notices }).save({ startMinutes: 540 });
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'sample.json')).mode & 0o777).toBe(0o600);
  });

  it('starts from defaults without creating a file; the first save writes it with a schemaVersion', () => {
    const { file, open } = setup();
    const repo = open();
    expect(repo.load()).toEqual({ startMinutes: 510 });
    expect(fs.existsSync(file)).toBe(false);
    repo.save({ startMinutes: 520 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 2, startMinutes: 520 });
  });

  it('reads a file someone saved once with a BOM (Notepad) instead of treating it as damaged', () => {
    const { file, open, notices } = setup();
    fs.writeFileSync(file, '\uFEFF{"schemaVersion": 2, "startMinutes": 600}');
    expect(open().load()).toEqual({ startMinutes: 600 });
    expect(notices.list()).toEqual([]);
  });

  it('saves and reloads in a new instance', () => {
    const { open } = setup();
    open().save({ startMinutes: 600 });
    expect(open().load()).toEqual({ startMinutes: 600 });
  });

  it('migrates an old document step by step and writes the new version', () => {
    const { file, open } = setup();
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, start: '09:15' }));
    expect(open().load()).toEqual({ startMinutes: 555 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion).toBe(2);
  });

  it.each([
    ['unparsable JSON', '{"schemaVersion": 2, "startMin', 'corrupt'],
    ['a schema-invalid document', JSON.stringify({ schemaVersion: 2, startMinutes: 'nine' }), 'invalid'],
    ['a missing schemaVersion', JSON.stringify({ startMinutes: 1 }), 'invalid'],
    ['a file from a newer app', JSON.stringify({ schemaVersion: 9, startMinutes: 1 }), 'newer_version'],
  ])('keeps %s aside, reports it, and starts fresh', (_label, content, kind) => {
    const { dir, file, open, notices } = setup();
    fs.writeFileSync(file, content);
    expect(open().load()).toEqual({ startMinutes: 510 });
    const kept = path.join(dir, 'sample.corrupt-2026-11-25T00-00-00Z.json');
    expect(fs.readFileSync(kept, 'utf8')).toBe(content); // the old bytes, untouched
    expect(notices.list()).toEqual([
      { id: expect.any(String), kind, document: 'sample', keptAt: kept, at: '2026-11-25T00:00:00.000Z' },
    ]);
  });

  it('keeps notices across a restart until dismissed', () => {
    const { dir, file, open, clock } = setup();
    fs.writeFileSync(file, 'not json');
    open().load();
    const again = createStorageNotices(createConfStoreFactory(dir), clock);
    const [notice] = again.list();
    expect(notice?.document).toBe('sample');
    expect(again.dismiss(notice!.id)).toEqual([]);
    expect(createStorageNotices(createConfStoreFactory(dir), clock).list()).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('writes files readable by the owner only (POSIX mode bits; Windows has none to check)', () => {
    const { file, open } = setup();
    open().save({ startMinutes: 480 });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses to save a document that does not validate, leaving the file unchanged', () => {
    const { file, open } = setup();
    const repo = open();
    repo.save({ startMinutes: 600 });
    const before = fs.readFileSync(file);
    expect(() => repo.save({ startMinutes: 1.5 })).toThrow();
    expect(fs.readFileSync(file)).toEqual(before);
  });
});
