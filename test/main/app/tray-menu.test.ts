/** The tray menu as data (main/app/tray-menu.ts); main/electron/tray.ts only draws it. */
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../shared/i18n/translator.js';
import { MENU_LABEL_MAX, TOOLTIP_MAX, escapeMenuLabel, trayMenu, trayTooltip } from '../../../main/app/tray-menu.js';

const ja = translatorFor('ja');

const footer = [
  { type: 'action', label: '始業報告', action: { kind: 'view', view: 'report/start' } },
  { type: 'action', label: '終業報告', action: { kind: 'view', view: 'report/end' } },
  { type: 'separator' },
  { type: 'action', label: 'ウィンドウを開く', action: { kind: 'window' } },
  { type: 'action', label: '終了', action: { kind: 'quit' } },
];

describe('tray menu', () => {
  it('nothing current, nothing due: only the fixed items, no leading separator', () => {
    expect(trayMenu({ tooltip: 'テレワーク手帳 — 今は予定なし', current: null, due: [] }, ja)).toEqual(footer);
  });

  it('the current block (not clickable), then each due reminder opening today, then the fixed items', () => {
    const menu = trayMenu(
      { tooltip: 'x', current: '資料作成 残り25分(〜10:00)', due: ['09:00 始業報告', '10:00 電子決裁確認'] },
      ja,
    );
    expect(menu).toEqual([
      { type: 'label', label: '資料作成 残り25分(〜10:00)' },
      { type: 'action', label: '09:00 始業報告', action: { kind: 'view', view: 'today' } },
      { type: 'action', label: '10:00 電子決裁確認', action: { kind: 'view', view: 'today' } },
      { type: 'separator' },
      ...footer,
    ]);
  });

  it('follows the language it is given', () => {
    const labels = trayMenu({ tooltip: '', current: null, due: [] }, translatorFor('en')).flatMap((i) => ('label' in i ? [i.label] : []));
    expect(labels).toEqual(['Start-of-work report', 'End-of-work report', 'Open window', 'Quit']);
  });

  it('shows & in user text literally (a single & is a mnemonic marker on Windows and Linux)', () => {
    expect(escapeMenuLabel('R&D && 会議')).toBe('R&&D &&&& 会議');
    const [current, due] = trayMenu({ tooltip: '', current: 'R&D 残り5分', due: ['11:00 Q&A'] }, ja);
    expect(current).toEqual({ type: 'label', label: 'R&&D 残り5分' });
    expect(due).toMatchObject({ label: '11:00 Q&&A' });
  });

  it('shortens long lines by code point, never splitting a surrogate pair', () => {
    const long = '𠮷'.repeat(100);
    const [current] = trayMenu({ tooltip: '', current: long, due: [] }, ja);
    const label = (current as { label: string }).label;
    expect([...label]).toHaveLength(MENU_LABEL_MAX);
    expect(label.endsWith('𠮷…')).toBe(true);
  });
});

describe('tray tooltip', () => {
  it('is kept as is when short and cut to the Windows limit when long', () => {
    expect(trayTooltip({ tooltip: 'テレワーク手帳 — 今は予定なし', current: null, due: [] })).toBe('テレワーク手帳 — 今は予定なし');
    const cut = trayTooltip({ tooltip: 'あ'.repeat(300), current: null, due: [] });
    expect([...cut]).toHaveLength(TOOLTIP_MAX);
    expect(cut.endsWith('…')).toBe(true);
  });
});
