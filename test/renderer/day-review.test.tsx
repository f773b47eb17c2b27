/**
 * The end-of-day review and the now strip on the real main process (jsdom): each of 完了 / 未完了 /
 * 繰越し is sent through the contract and carried as chosen; the strip's 中抜け pauses a running
 * focus timer. The browser journey is test/e2e/day-flow.spec.ts.
 */
import { type ReactElement } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../renderer/src/use-translation.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../helpers/i18n.js';
import { type Channel, channels } from '../../shared/ipc/contract.js';
import type { Block } from '../../shared/day/day-schema.js';
import { NowStrip, currentAndNext } from '../../renderer/src/components/now-strip.js';
import { DayReviewView, REVIEW_CHOICES } from '../../renderer/src/views/day-review-view.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { block } from '../helpers/seed-day.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { testApp } from '../helpers/test-app.js';
import { ok, routerClient } from '../helpers/typed-client.js';

const tempDir = useTempDir();
const DATE = '2026-11-25'; // Wednesday
const NEXT = '2026-11-26';
const LOADED_MACHINE = { timeout: 10_000 };
const i18n = createI18n('ja');
const t = i18n.t.bind(i18n);
afterEach(cleanup);

function onMain(hour = 17) {
  const main = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, hour, 0).getTime()));
  const sent: { channel: Channel; payload: unknown }[] = [];
  const api = routerClient(main, (channel, payload, next) => {
    sent.push({ channel, payload });
    return next();
  });
  const show = (ui: ReactElement) => render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>);
  const refused = () =>
    sent.flatMap((r) => {
      const parsed = channels[r.channel].input.safeParse(r.payload);
      return parsed.success ? [] : [`${r.channel}: ${parsed.error.issues.map((i) => i.message).join(', ')}`];
    });
  return { main, api, show, sent, refused };
}

describe('the end-of-day review', () => {
  it('each choice once: the 完了 block stays, the 未完了 and 繰越し ones go to the next working day; 終業 is recorded and the 終業報告 opened', async () => {
    const { main, api, show, refused } = onMain();
    for (const b of [block('09:00', '10:00', '資料作成'), block('10:00', '11:00', '協議'), block('13:00', '14:00', '計画書確認')]) await ok(main.api.daySaveBlock({ date: DATE, id: null, block: b }));
    await ok(main.api.recordSetTime({ date: DATE, field: 'start', minutes: 8 * 60 + 30, reason: '' }));
    const onReport = vi.fn();
    show(<DayReviewView api={api} date={DATE} nowMinutes={17 * 60} onClose={() => {}} onReport={onReport} />);
    const titles = ['資料作成', '協議', '計画書確認'];
    await screen.findByRole('radio', { name: '資料作成: 完了' }, LOADED_MACHINE);
    // Each item's three choices carry its title in their names; one press picks one.
    for (const [i, title] of titles.entries()) await userEvent.click(screen.getByRole('radio', { name: `${title}: ${t(`review.choices.${REVIEW_CHOICES[i]!}`)}` }));
    expect(screen.getByTestId('review-summary').textContent).toBe('完了 1件・未完了 1件・繰越し 1件');
    expect(screen.getByRole('checkbox', { name: '今の時刻(17:00)で終業を記録する' })).toHaveProperty('checked', true);
    await userEvent.click(screen.getByRole('button', { name: '次の勤務日へ繰越して終業報告へ' }));
    await vi.waitFor(() => expect(onReport).toHaveBeenCalled(), LOADED_MACHINE);

    expect(refused()).toEqual([]);
    const next = await ok(main.api.dayGet({ date: NEXT }));
    expect(next.day.blocks.filter((b) => b.kind !== 'break').map((b) => b.title).sort()).toEqual(['協議', '計画書確認']);
    const today = await ok(main.api.dayGet({ date: DATE }));
    expect(Object.fromEntries(today.day.blocks.filter((b) => b.kind !== 'break').map((b) => [b.title, b.status]))).toEqual({
      資料作成: 'done',
      // Both moved, so both 繰越済み on their own day (kept apart from 未完了).
      協議: 'carried',
      計画書確認: 'carried',
    });
    expect(today.day.record.end).toBe(17 * 60);
    const report = await ok(main.api.reportCompose({ date: DATE, kind: 'end' }));
    expect(report.body).toContain('・9:00〜10:00 資料作成(完了)');
    expect(report.body).toMatch(/・10:00〜11:00 協議\((?!完了)/);
  });

  it('all done, and the box unticked: nothing is carried, 終業 is not recorded, the 終業報告 still opens', async () => {
    const { main, api, show, sent } = onMain();
    await ok(main.api.daySaveBlock({ date: DATE, id: null, block: block('09:00', '10:00', '資料作成') }));
    const onReport = vi.fn();
    show(<DayReviewView api={api} date={DATE} nowMinutes={17 * 60} onClose={() => {}} onReport={onReport} />);
    await userEvent.click(await screen.findByRole('radio', { name: '資料作成: 完了' }, LOADED_MACHINE));
    await userEvent.click(screen.getByRole('checkbox', { name: '今の時刻(17:00)で終業を記録する' }));
    await userEvent.click(screen.getByRole('button', { name: '終業報告へ' }));
    await vi.waitFor(() => expect(onReport).toHaveBeenCalled(), LOADED_MACHINE);
    expect(sent.filter((r) => r.channel === 'day:carryOver' || r.channel === 'record:clock')).toEqual([]);
    expect((await ok(main.api.dayGet({ date: DATE }))).day.record.end).toBeNull();
  });
});

describe('the now strip', () => {
  it('中抜け開始 pauses the running focus timer and offers the 中断報告; a 戻り in the same minute is refused with a message, the 中抜け kept', async () => {
    const { main, api, show } = onMain(10);
    await ok(main.api.daySaveBlock({ date: DATE, id: null, block: block('09:00', '11:00', '資料作成') }));
    await ok(main.api.recordClock({ date: DATE, field: 'start', reason: '' }));
    await ok(main.api.focusStart({ date: DATE, blockId: null, minutes: 60, countSleep: false }));
    show(<NowStrip api={api} date={DATE} nowMinutes={600} onReview={() => {}} timeZone="Asia/Tokyo" />);
    const strip = await screen.findByRole('region', { name: '今の状況' }, LOADED_MACHINE);
    await vi.waitFor(() => expect(within(strip).getByTestId('now-focus').textContent).toContain('残り'), LOADED_MACHINE);
    await userEvent.click(within(strip).getByRole('button', { name: '中抜け開始' }));
    await within(strip).findByRole('link', { name: '中断報告を作成' }, LOADED_MACHINE);
    expect((await ok(main.api.focusGet())).session?.status).toBe('paused');
    expect((await ok(main.api.dayGet({ date: DATE }))).day.record.interruptions).toMatchObject([{ start: 600, end: null }]);
    expect(within(strip).queryByRole('button', { name: '終業' })).toBeNull();
    // Back is refused in the same minute (an end must follow the start): the message says so, nothing is lost.
    await userEvent.click(within(strip).getByRole('button', { name: '戻り' }));
    await vi.waitFor(() => expect(within(strip).getByTestId('now-message').textContent).not.toBe(''), LOADED_MACHINE);
    expect((await ok(main.api.dayGet({ date: DATE }))).day.record.interruptions).toMatchObject([{ start: 600, end: null }]);
  });

  it('picks the current and the next 予定, past 休憩 and 中止', () => {
    const b = (start: string, end: string, title: string, extra: Partial<Block> = {}) => ({ ...block(start, end, title), id: title, focus: { minutes: 0, sessions: 0, interruptions: {} }, ...extra }) as Block;
    const blocks = [b('13:00', '14:00', 'C'), b('09:00', '10:00', 'A'), b('10:00', '11:00', 'X', { status: 'cancelled' }), b('12:00', '13:00', '昼', { kind: 'break' })];
    expect(currentAndNext(blocks, 9 * 60 + 30)).toEqual({ current: blocks[1], next: blocks[0] });
    expect(currentAndNext(blocks, 12 * 60 + 30)).toEqual({ current: undefined, next: blocks[0] });
    expect(currentAndNext(blocks, 14 * 60)).toEqual({ current: undefined, next: undefined });
  });
});
