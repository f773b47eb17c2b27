/**
 * The Markdown export carries user text as text (issue #13): a title holding `<script>` or a name
 * holding `<img onerror>` must not become live HTML where the file is rendered (a wiki, a mail
 * client, a viewer). Rendered with cmark-gfm, a CommonMark renderer nobody here wrote, where it is
 * installed (`npm test` installs it as root on Debian); the escaped source is checked everywhere.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildMarkdown } from '../../../main/exports/readable-report.js';
import { translatorFor } from '../../../shared/i18n/translator.js';
import { type ReportDocument, reportDocumentSchema } from '../../../shared/reports/report-document.js';
import { staffReport } from '../../helpers/staff-reports.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();
const cmark = spawnSync('sh', ['-c', 'command -v cmark-gfm']).status === 0;
const SKIP_REASON = 'cmark-gfm が見つからないため省略 / skipped: cmark-gfm not found (apt-get install cmark-gfm)';
if (!cmark) console.warn(SKIP_REASON);

const TITLE = '<script>alert(1)</script> & **太字** [link](javascript:alert(1)) `code` | 列';
const NAME = '<img src=x onerror=alert(1)> 山田';

async function hostileMarkdown(): Promise<{ md: string; doc: ReportDocument }> {
  const doc = reportDocumentSchema.parse(JSON.parse(await staffReport(tempDir(), { staffId: '007123', name: '山田 花子' }, { '2026-11-25': [510, 1365] })));
  doc.staff.name = NAME;
  doc.staff.department = '<b>企画課</b>';
  for (const d of doc.days) {
    d.record.permissionRef = '<iframe src=x>';
    d.blocks = d.blocks.map((b) => ({ ...b, title: TITLE, note: '<style>*{}</style>\n<a href=x>x</a>' }));
  }
  return { md: buildMarkdown(doc, translatorFor('ja'), 'ja', 'Asia/Tokyo'), doc };
}

describe('Markdown export escapes HTML in user text', () => {
  it('no raw tag from user text is left in the Markdown source, and a table cell stays one cell', async () => {
    const { md } = await hostileMarkdown();
    expect(md).not.toMatch(/(?<!\\)<(script|img|iframe|b|style|a)\b/i); // only backslash-escaped
    expect(md).toContain('\\<script\\>');
    // One table row per 予定: the pipe and the line break in user text do not add columns or rows.
    const rows = md.split('\n').filter((l) => l.includes('\\<script\\>'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('rendered by cmark-gfm (CommonMark), the text shows as text: no element from user text, the words still there', async (ctx) => {
    if (!cmark) return ctx.skip(SKIP_REASON);
    const { md } = await hostileMarkdown();
    // --unsafe: render raw HTML as a permissive viewer would; escaping must hold without the renderer's help.
    const run = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table'], { input: md, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const html = run.stdout;
    expect(html).not.toMatch(/<(script|img|iframe|style|b)[\s>]/i);
    expect(html).not.toMatch(/<a\s/i);
    expect(html).not.toMatch(/<(strong|code)>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 山田');
    expect(html).toContain('**太字**');
  });
});
