import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../renderer/src/use-translation.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TechoApi } from '../../shared/ipc/api.js';
import { createI18n } from '../helpers/i18n.js';
import { type Settings, defaultSettings } from '../../shared/settings/settings-schema.js';
import { SettingsView } from '../../renderer/src/views/settings-view.js';

afterEach(cleanup);
/** vi.waitFor gives up after 1 s by default; on a shared 2-core machine a render can take longer. */
const LOADED_MACHINE = { timeout: 10_000 };

function renderView(settingsUpdate: (s: Settings) => Promise<unknown>) {
  const api = { settingsUpdate: vi.fn(settingsUpdate) } as unknown as TechoApi;
  const onSaved = vi.fn();
  render(
    <I18nProvider i18n={createI18n('ja')}>
      <SettingsView api={api} settings={defaultSettings()} onSaved={onSaved} />
    </I18nProvider>,
  );
  return { api, onSaved };
}

describe('SettingsView', () => {
  it('sends the edited settings and reports success', async () => {
    const { api, onSaved } = renderView(async (s) => ({ ok: true, data: s }));
    await userEvent.type(screen.getByLabelText('氏名'), '山田 花子');
    await userEvent.click(screen.getByRole('button', { name: '設定を保存' }));
    expect(api.settingsUpdate).toHaveBeenCalledWith(expect.objectContaining({ profile: expect.objectContaining({ name: '山田 花子' }) }));
    expect(onSaved).toHaveBeenCalled();
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('設定を保存しました。'), LOADED_MACHINE);
  });

  it("shows main's message next to the field it names", async () => {
    renderView(async () => ({
      ok: false,
      error: { code: 'invalid_input', message: 'x', fields: { 'workHours.breaks.0.end': '終了時刻は開始時刻より後にしてください。' } },
    }));
    await userEvent.click(screen.getByRole('button', { name: '設定を保存' }));
    const end = screen.getByLabelText('休憩 1 の終了');
    await vi.waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'), LOADED_MACHINE);
    const describedBy = end.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toBe('終了時刻は開始時刻より後にしてください。');
  });

  it('discards unsaved edits', async () => {
    renderView(async (s) => ({ ok: true, data: s }));
    await userEvent.type(screen.getByLabelText('所属'), '総務課');
    await userEvent.click(screen.getByRole('button', { name: '変更を取り消す' }));
    expect((screen.getByLabelText('所属') as HTMLInputElement).value).toBe('');
  });
});
