/**
 * Our own document versioning (conf's migrations are documented as unreliable). Each migration is
 * a pure function from version n to n+1; a document is migrated step by step on load.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export type MigrationOutcome =
  | { kind: 'ok'; doc: Record<string, unknown>; migrated: boolean }
  | { kind: 'newer_version'; found: number }
  | { kind: 'invalid' };

/**
 * `migrations[i]` turns version i+1 into version i+2, so `currentVersion === migrations.length + 1`.
 */
export function migrate(doc: Record<string, unknown>, currentVersion: number, migrations: readonly Migration[]): MigrationOutcome {
  if (migrations.length !== currentVersion - 1) {
    throw new Error(`expected ${currentVersion - 1} migrations, got ${migrations.length}`);
  }
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'invalid' };
  if (version > currentVersion) return { kind: 'newer_version', found: version };
  let out = doc;
  for (let v = version; v < currentVersion; v++) {
    const step = migrations[v - 1]!; // length checked above
    out = { ...step(out), schemaVersion: v + 1 };
  }
  return { kind: 'ok', doc: out, migrated: version !== currentVersion };
}
