/**
 * The app when main answers slowly (a busy PC): the whole app in jsdom over the real main process,
 * with a switch that holds main's answers back and then lets them through in order. What the user
 * did while waiting must not be undone by an answer already on its way, and what is on screen
 * while waiting must never be the previous week's, day's or report's.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../renderer/src/use-translation.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app.js';
import { createRendererI18n } from '../../renderer/src/i18n.js';
import { testApp } from '../helpers/test-app.js';
import { ok, routerClient } from '../helpers/typed-client.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { changeSettings } from '../helpers/settings.js';

const tempDir = useTempDir();
afterEach(cleanup);
const LOADED_MACHINE = { timeout: 10_000 };

/** The app on the real main process; `hold()` keeps main's answers back until `release()`. */
async function renderSlowApp(route = 'today') {
  const main = testApp(tempDir());
  // Someone who has done the first-run setup (a new folder would open on it).
  await changeSettings(main.api, (s) => ({ ...s, firstRun: 'done' }));
  let held: (() => void)[] | undefined;
  const api = routerClient(main, async (_channel, _payload, next) => {
    const answer = await next();
    if (!held) return answer;
    return new Promise((resolve) => held!.push(() => resolve(answer)));
  });
  window.location.hash = `#/${route}`;
  const i18n = createRendererI18n();
  render(
    <I18nProvider i18n={i18n}>
      <App api={api} i18n={i18n} />
    </I18nProvider>,
  );
  return {
    main,
    hold: () => void (held = []),
    release: () =>
      act(async () => {
        const waiting = held ?? [];
        held = undefined;
        for (const answer of waiting) answer();
      }),
  };
}

const lunch = (name: RegExp) => screen.findByRole('button', { name }, LOADED_MACHINE);
const blocksOnDisk = async (main: ReturnType<typeof testApp>) =>
  (await ok(main.api.dayGet({ date: '2026-11-25' }))).day.blocks.map((b) => `${b.start}-${b.end} ${b.title}`);

describe('the day view while main answers slowly', () => {
  it('two Shift+↑ presses before the first answer shorten the block by both steps (a held key loses none)', async () => {
    const { main, hold, release } = await renderSlowApp();
    (await lunch(/^12:00〜13:00 休憩/)).focus();
    hold();
    await userEvent.keyboard('{Shift>}{ArrowUp}{ArrowUp}{/Shift}');
    // Shown at once, from where the block already was after the first press.
    expect(screen.getByRole('button', { name: /^12:00〜12:50 休憩/ })).toHaveProperty('tagName', 'BUTTON');
    await release();
    await vi.waitFor(() => expect(document.querySelector('p.status-text[role=status]')?.textContent).toBe('12:00〜12:50 休憩'), LOADED_MACHINE);
    expect(screen.getByRole('button', { name: /^12:00〜12:50 休憩/ })).toBe(document.activeElement);
    expect(await blocksOnDisk(main)).toEqual(['12:00-12:50 休憩']);
  });

  it('a save answered late closes its own editor, not the one the user opened meanwhile', async () => {
    const { main, hold, release } = await renderSlowApp();
    await userEvent.click(await lunch(/^12:00〜13:00 休憩/));
    await userEvent.clear(await screen.findByLabelText('件名', {}, LOADED_MACHINE));
    await userEvent.type(screen.getByLabelText('件名'), '昼休み');
    hold();
    await userEvent.click(screen.getByRole('button', { name: '予定を保存' }));
    await userEvent.click(screen.getByRole('button', { name: '予定を追加' }));
    await release();
    await lunch(/^12:00〜13:00 昼休み/);
    const editor = screen.getByRole('region', { name: '新しい予定' });
    expect(within(editor).getByLabelText('開始')).toBe(document.activeElement);
    expect(await blocksOnDisk(main)).toEqual(['12:00-13:00 昼休み']);
  });
});

describe('while the next one is on its way, the previous one is not on screen', () => {
  it("the week: after 次の週, last week's days are gone until this week's arrive", async () => {
    const { hold, release } = await renderSlowApp('week');
    await screen.findByRole('link', { name: '11/27(金) の計画を開く' }, LOADED_MACHINE);
    hold();
    await userEvent.click(screen.getByRole('button', { name: '次の週 →' }));
    expect(screen.queryByRole('link', { name: '11/27(金) の計画を開く' })).toBeNull();
    await release();
    await screen.findByRole('link', { name: '12/4(金) の計画を開く' }, LOADED_MACHINE);
  });

  it('the report: after 終業報告, no copy or mail of the 始業報告 text until the 終業報告 is composed', async () => {
    const { hold, release } = await renderSlowApp('report/start');
    await vi.waitFor(() => expect((screen.getByLabelText('本文') as HTMLTextAreaElement).value).toMatch(/^【始業報告】/), LOADED_MACHINE);
    hold();
    await userEvent.click(screen.getByRole('button', { name: '終業報告' }));
    expect(screen.queryByLabelText('本文')).toBeNull();
    expect(screen.queryByRole('button', { name: 'コピー' })).toBeNull();
    await release();
    await vi.waitFor(() => expect((screen.getByLabelText('本文') as HTMLTextAreaElement).value).toMatch(/^【終業報告】/), LOADED_MACHINE);
  });
});
