/**
 * Child processes for tests that need a real second process (a writer killed with SIGKILL, a
 * second instance, the app run as another user): the TypeScript entry is bundled with esbuild
 * into a probe folder inside the repository (git-ignored), so the child resolves npm packages
 * from node_modules like the real bundles do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** A fresh probe folder under test/ (removed by the caller); readable by other users, for tests that run a child as `nobody`. */
export function makeProbeDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(repoRoot, 'test', `.probe-${prefix}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Bundles `entry` (relative to the repository) to `outfile` as one ESM file; npm packages stay external. */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [path.join(repoRoot, entry)], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', absWorkingDir: repoRoot });
  fs.chmodSync(outfile, 0o644);
  return outfile;
}
