/**
 * Every export's file name carries the person and the range (issue #13): a 所属長 saving a team's
 * attachments into one folder must not have one person's file overwrite another's.
 */
import { describe, expect, it } from 'vitest';
import { fileNameSafe } from '../../../main/exports/export-file-base.js';
import { fakeClock } from '../../helpers/fake-clock.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { testApp } from '../../helpers/test-app.js';

const tempDir = useTempDir();

async function exportedNames(profile: { staffId: string; name: string }): Promise<string[]> {
  const r = testApp(tempDir(), fakeClock()).router;
  const s = (await r.dispatch('settings:get', undefined)) as { data: Record<string, unknown> & { profile: Record<string, string> } };
  await r.dispatch('settings:update', { ...s.data, profile: { ...s.data.profile, ...profile } });
  const res = await r.dispatch('export:files', { from: '2026-11-01', to: '2026-11-30', formats: ['csv', 'json', 'md', 'html', 'ics'], encoding: 'utf8bom' });
  if (!res.ok) throw new Error(res.error.message);
  return (res.data as { files: { name: string }[] }).files.map((f) => f.name).sort();
}

describe('export file names carry the person and the range', () => {
  it('the 職員番号 (leading zeros kept) names every file; two people never share a name', async () => {
    expect(await exportedNames({ staffId: '007123', name: '山田 花子' })).toEqual([
      'daily-report-details_007123_2026-11-01_2026-11-30.csv',
      'daily-report.schema.json',
      'daily-report_007123_2026-11-01_2026-11-30.csv',
      'daily-report_007123_2026-11-01_2026-11-30.html',
      'daily-report_007123_2026-11-01_2026-11-30.json',
      'daily-report_007123_2026-11-01_2026-11-30.md',
      'telework_007123_2026-11-01_2026-11-30.ics',
    ]);
    const other = await exportedNames({ staffId: '007124', name: '山田 花子' });
    expect(other).toContain('daily-report_007124_2026-11-01_2026-11-30.json');
  });

  it('without a 職員番号 the name is used, made file-name safe; with neither, the range alone', async () => {
    expect(await exportedNames({ staffId: '', name: '山田/花子 <企画>' })).toContain('daily-report_山田-花子-企画_2026-11-01_2026-11-30.json');
    expect(await exportedNames({ staffId: '', name: '' })).toContain('daily-report_2026-11-01_2026-11-30.json');
  });

  it('fileNameSafe: no character Windows refuses, no separator, no leading dot, bounded length', () => {
    expect(fileNameSafe('a<b>c:d"e/f\\g|h?i*j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(fileNameSafe('..髙﨑 𠮷子_2.')).toBe('髙﨑-𠮷子-2');
    expect(fileNameSafe('a\u0000b\tc\u007Fd')).toBe('a-b-c-d');
    expect([...fileNameSafe('長'.repeat(100))]).toHaveLength(40);
  });
});
