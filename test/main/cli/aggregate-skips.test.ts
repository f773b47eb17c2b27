/**
 * `aggregate` over a folder it does not own (issue #13): a symlink loop, a link to nowhere or an
 * unreadable file is skipped with a reason of its own, and the good reports are still aggregated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe.skipIf(process.platform === 'win32')('aggregate skips what it cannot read and goes on (symlinks need POSIX here)', () => {
  it('a self-link, a link back up the tree and a dangling link are each listed with a reason; the good report is aggregated', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'yamada.json'), await staffReport(tempDir(), { staffId: '007123', name: '山田 花子' }, { '2026-11-25': [510, 1080] }));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('self.json', path.join(dir, 'self.json'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
    fs.symlinkSync('nowhere.json', path.join(dir, 'dangling.json'));
    const out = path.join(tempDir(), 'team.csv');
    const err: string[] = [];
    const stdout: string[] = [];
    const io = { stdout: (l: string) => stdout.push(l), stderr: (l: string) => err.push(l), now: () => 0, version: 'test' };
    expect(await runCli(['aggregate', dir, '--out', out], io)).toBe(1);
    const text = err.join('');
    expect(text).toContain(`NG  ${path.join(dir, 'self.json')}: シンボリックリンクが循環しているため読み飛ばしました。`);
    expect(text).toContain(`NG  ${path.join(dir, 'sub', 'up')}: シンボリックリンクが循環しているため読み飛ばしました。`);
    expect(text).toContain(`NG  ${path.join(dir, 'dangling.json')}: 読み込めないため読み飛ばしました(ENOENT)。`);
    expect(stdout).toEqual([`1ファイル・職員 1人を集計し ${out} に書き出しました。`]);
    expect(fs.readFileSync(out).subarray(3).toString('utf8').split('\r\n')[1]).toMatch(/^'007123,山田 花子,/);
  });
});
