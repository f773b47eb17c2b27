/** The storage notices as the user reads them: which file, why, and what to do. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../renderer/src/use-translation.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageNotice } from '../../shared/storage/storage-notice.js';
import { createI18n } from '../helpers/i18n.js';
import { NoticeBanner } from '../../renderer/src/components/notice-banner.js';

afterEach(cleanup);

const at = '2026-11-25T01:00:00.000Z';
const notices: StorageNotice[] = [
  { id: 'a', kind: 'unreadable', document: 'settings', path: '/home/u/data/settings.json', reason: 'permission', at },
  { id: 'b', kind: 'folder_unwritable', document: 'data-folder', path: '/home/u/data', reason: 'readOnly', at },
  { id: 'c', kind: 'unwritable', document: 'days/2026-11', path: '/home/u/data/days/2026-11.json', reason: 'noSpace', at },
  { id: 'd', kind: 'not_own', document: 'settings', keptAt: '/home/u/data/settings.not-own-2026-11-25T01-00-00Z.json', at },
];

function show(language: 'ja' | 'en') {
  const onDismiss = vi.fn();
  render(
    <I18nProvider i18n={createI18n(language)}>
      <NoticeBanner notices={notices} onDismiss={onDismiss} />
    </I18nProvider>,
  );
  return { onDismiss, items: screen.getAllByRole('listitem').map((li) => li.textContent ?? '') };
}

describe('NoticeBanner', () => {
  it('names the file, the reason and what to do for each kind of problem (Japanese)', async () => {
    const { items, onDismiss } = show('ja');
    expect(items[0]).toContain('「設定」のファイルを読み込めません(理由: 権限がない)。ファイルは移動も上書きもしていません。');
    expect(items[0]).toContain('アクセス権を直してから、アプリを再起動してください');
    expect(items[0]).toContain('場所: /home/u/data/settings.json');
    expect(items[1]).toContain('データの保存先に書き込めません(理由: 読み取り専用)。記録は表示できますが、変更は保存されません。');
    expect(items[2]).toContain('「2026年11月の日々の記録」を保存できません(理由: ディスクの空き不足)。');
    expect(items[2]).toContain('ディスクの空きを作ってから、もう一度保存してください。');
    expect(items[3]).toContain('シンボリックリンクなど');
    expect(items[3]).toContain('退避先: /home/u/data/settings.not-own-2026-11-25T01-00-00Z.json');
    expect(items[3]).not.toContain('場所:');
    await userEvent.click(screen.getAllByRole('button', { name: '確認しました' })[0]!);
    expect(onDismiss).toHaveBeenCalledWith('a');
  });

  it('says the same in English', () => {
    const { items } = show('en');
    expect(items[0]).toContain('The file for "Settings" cannot be read (no permission). It was neither moved nor overwritten.');
    expect(items[1]).toContain('The data folder cannot be written to (read-only).');
    expect(items[2]).toContain('"Day records of 11/2026" cannot be saved (the disk is full).');
  });
});
