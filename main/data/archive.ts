/**
 * One file holding everything the app stores: the format of the export of everything, of the
 * daily backups and of what "import back" reads. Documents keep their own schemaVersion, so an
 * archive written by an older version is migrated on the way in like any stored document.
 *
 * Reading an archive is all-or-nothing: the whole text is checked (size, nesting, `__proto__`
 * keys, the envelope, then every document against its own type) before anything is written.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { MAX_ARCHIVE_CHARS } from '../../shared/data/data-schema.js';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from '../../shared/json/json-depth.js';
import { UserError } from '../services/user-error.js';
import { migrate } from '../persistence/migrations.js';
import type { DataFolder } from '../ports/data-folder.js';
import { documentNameOf, documentTypeOf } from './document-catalog.js';

export const ARCHIVE_FORMAT = 'telework-techo-data';
export const ARCHIVE_VERSION = 1;

export const ARCHIVE_REASONS = ['export', 'auto', 'manual', 'before-restore', 'before-import'] as const;
export type ArchiveReason = (typeof ARCHIVE_REASONS)[number];

type RawDocument = Record<string, unknown>;

export interface Archive {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  reason: ArchiveReason;
  /** Document name ("settings", "days/2026-11") → the stored document, schemaVersion included. */
  documents: Record<string, RawDocument>;
  /** Damaged files the app kept aside (name → text), so a wipe after the export loses nothing. */
  keptAside: Record<string, string>;
}

const envelopeSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string().max(40),
  appVersion: z.string().max(40),
  reason: z.enum(ARCHIVE_REASONS),
  documents: z.record(z.string().max(100), z.record(z.string(), z.unknown())),
  keptAside: z.record(z.string().max(300), z.string()),
});

/** Reads every document of the data folder as stored (valid ones) and the kept-aside files. */
export function collectArchive(folder: DataFolder, meta: { createdAt: string; appVersion: string; reason: ArchiveReason }): Archive {
  const documents: Record<string, RawDocument> = {};
  const keptAside: Record<string, string> = {};
  for (const file of folder.files()) {
    const name = documentNameOf(file);
    if (name) {
      const text = folder.readText(file);
      try {
        documents[name] = validDocument(name, JSON.parse(text) as unknown);
      } catch {
        // Damaged since it was last loaded: carried as text, like the files the app kept aside.
        keptAside[file] = text;
      }
    } else if (/\.corrupt-[^/]*\.json$/.test(file)) {
      keptAside[file] = folder.readText(file);
    }
  }
  return { format: ARCHIVE_FORMAT, formatVersion: ARCHIVE_VERSION, ...meta, documents, keptAside };
}

const MONTHLY_NAME = /^[a-z-]+\/(\d{4}-\d{2})$/;

/** The document migrated to the current version and validated; throws UserError naming it otherwise. */
function validDocument(name: string, raw: unknown): RawDocument {
  const type = documentTypeOf(name);
  if (!type) throw new UserError('invalid_input', ['data.unknownDocument', { name }]);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UserError('invalid_input', ['data.invalidDocument', { name }]);
  const outcome = migrate(raw as RawDocument, type.version, type.migrations);
  if (outcome.kind === 'newer_version') throw new UserError('invalid_input', ['data.newerDocument', { name }]);
  if (outcome.kind === 'invalid') throw new UserError('invalid_input', ['data.invalidDocument', { name }]);
  const { schemaVersion: _v, ...body } = outcome.doc;
  const parsed = type.schema.safeParse(body);
  if (!parsed.success) throw new UserError('invalid_input', ['data.invalidDocument', { name }]);
  // A month file holds only its own month's dates (others would be stored but never shown).
  const month = MONTHLY_NAME.exec(name)?.[1];
  if (month && Object.keys((parsed.data as { days: object }).days).some((date) => !date.startsWith(`${month}-`))) {
    throw new UserError('invalid_input', ['data.invalidDocument', { name }]);
  }
  return { schemaVersion: type.version, ...(parsed.data as RawDocument) };
}

/** JSON.parse that refuses `__proto__` keys instead of quietly turning them into prototypes. */
function parseJsonWithoutProto(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__') throw new UserError('invalid_input', 'data.protoKey');
    return value;
  });
}

/** Parses and checks a whole archive text; nothing partial ever comes out of it. */
export function parseArchive(text: string): Archive {
  if (text.length > MAX_ARCHIVE_CHARS) throw new UserError('invalid_input', 'data.tooLarge');
  // The file is read as UTF-8; Shift_JIS or other bytes come out as U+FFFD.
  if (text.includes('\uFFFD')) throw new UserError('invalid_input', 'data.encoding');
  const body = text.replace(/^\uFEFF/, '');
  if (jsonDepthExceeds(body)) throw new UserError('invalid_input', ['data.tooDeep', { max: MAX_JSON_DEPTH }]);
  let value: unknown;
  try {
    value = parseJsonWithoutProto(body);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('invalid_input', 'data.notJson');
  }
  const looksOurs = typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ARCHIVE_FORMAT;
  if (!looksOurs) throw new UserError('invalid_input', 'data.notArchive');
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > ARCHIVE_VERSION) throw new UserError('invalid_input', 'data.newerArchive');
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success || envelope.data.formatVersion !== ARCHIVE_VERSION) throw new UserError('invalid_input', 'data.notArchive');
  const documents: Record<string, RawDocument> = {};
  for (const [name, raw] of Object.entries(envelope.data.documents)) documents[name] = validDocument(name, raw);
  return { ...envelope.data, format: ARCHIVE_FORMAT, documents };
}

/**
 * The archive as text. A stored U+FFFD (a garbled character someone pasted) is written as the
 * escape \ufffd, so the encoding check on the way back in only ever sees real decoding damage.
 */
export function archiveText(archive: Archive, indent?: number): string {
  return JSON.stringify(archive, null, indent).replace(/\uFFFD/g, '\\ufffd');
}

/** A fingerprint of what an archive holds (not when or why it was made): "is this still the data I exported?" */
export function archiveDigest(archive: Archive): string {
  return createHash('sha256').update(JSON.stringify([archive.documents, archive.keptAside])).digest('hex');
}

/** How many day records an archive holds (for "N日分" in messages). */
export function dayCount(archive: Archive): number {
  return Object.entries(archive.documents)
    .filter(([name]) => name.startsWith('days/'))
    .reduce((sum, [, doc]) => sum + Object.keys((doc as { days?: object }).days ?? {}).length, 0);
}
