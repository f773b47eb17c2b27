/**
 * The files `aggregate` reads from the folders and files it is given. A 所属長's shared folder is
 * not ours: a symlink loop, an entry without read permission or a link to nowhere must not abort
 * the run. Each such entry is skipped with its own reason and the walk goes on.
 */
import fs from 'node:fs';
import path from 'node:path';

export type SkipReason = { kind: 'loop' } | { kind: 'unreadable'; code: string };

export interface Collected {
  files: string[];
  skipped: { path: string; reason: SkipReason }[];
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';

export function collectReportFiles(inputs: readonly string[]): Collected {
  const files: string[] = [];
  const skipped: Collected['skipped'] = [];
  // Real paths of the folders already walked: a link back to one of them is a loop, not more files.
  const walked = new Set<string>();
  const walk = (p: string) => {
    try {
      // statSync follows links (a linked report is read), and throws ELOOP on a link that points at itself.
      const st = fs.statSync(p);
      if (st.isDirectory()) {
        const real = fs.realpathSync(p);
        if (walked.has(real)) return void skipped.push({ path: p, reason: { kind: 'loop' } });
        walked.add(real);
        for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
      } else if (st.isFile() && (inputs.includes(p) || p.toLowerCase().endsWith('.json'))) files.push(p);
    } catch (error) {
      const code = errorCode(error);
      skipped.push({ path: p, reason: code === 'ELOOP' ? { kind: 'loop' } : { kind: 'unreadable', code } });
    }
  };
  for (const i of inputs) walk(i);
  return { files: files.sort(), skipped };
}
