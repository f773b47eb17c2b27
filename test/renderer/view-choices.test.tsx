/**
 * Every choice a view offers is one the contract accepts (issue #15, item 2). Each view runs on the
 * real main process; every option of its lists is chosen and sent, and every request the window
 * makes is checked against the contract's input schema. A list restated by hand drifts this way:
 * the contract's `.max(5)` refused the six export formats the export view offered (issue #13).
 */
import { type ReactElement } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../../renderer/src/use-translation.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlockInput } from '../../shared/day/day-schema.js';
import type { DayView } from '../../shared/day/day-view.js';
import { createI18n } from '../helpers/i18n.js';
import { type Channel, channels } from '../../shared/ipc/contract.js';
import type { IpcResult } from '../../shared/ipc/result.js';
import { RECORD_TIMES } from '../../shared/lists/record-times.js';
import { defaultSettings } from '../../shared/settings/settings-schema.js';
import { ExportView } from '../../renderer/src/views/export-view.js';
import { InventoryView } from '../../renderer/src/views/inventory-view.js';
import { ReportView } from '../../renderer/src/views/report-view.js';
import { SettingsView } from '../../renderer/src/views/settings-view.js';
import { SupervisorView } from '../../renderer/src/views/supervisor-view.js';
import { BlockEditor } from '../../renderer/src/views/today/block-editor.js';
import { DaySettings } from '../../renderer/src/views/today/day-settings.js';
import { FocusPanel } from '../../renderer/src/views/today/focus-panel.js';
import { RecordPanel } from '../../renderer/src/views/today/record-panel.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { staffReport } from '../helpers/staff-reports.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { testApp } from '../helpers/test-app.js';
import { ok, routerClient } from '../helpers/typed-client.js';

const tempDir = useTempDir();
const DATE = '2026-11-25';
const LOADED_MACHINE = { timeout: 10_000 };
const i18n = createI18n('ja');
const t = i18n.t.bind(i18n);

beforeEach(() => {
  // jsdom has no object URLs; the views download exports through one.
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => {} });
});
afterEach(cleanup);

/** The window's API on the real main process, recording every request it makes. */
function onMain() {
  const main = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 10, 0).getTime()));
  const sent: { channel: Channel; payload: unknown }[] = [];
  // The window's requests are recorded; the test's own (main.api) are not.
  const api = routerClient(main, (channel, payload, next) => {
    sent.push({ channel, payload });
    return next();
  });
  const show = (ui: ReactElement) => render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>);
  /** The requests made on `channel`, each with what the contract says of it ([] = accepted). */
  const requests = (channel: Channel) =>
    sent
      .filter((r) => r.channel === channel)
      .map((r) => {
        const parsed = channels[channel].input.safeParse(r.payload);
        return { payload: r.payload as Record<string, unknown>, issues: parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
      });
  return { main, api, show, requests };
}

const apply = async (run: () => Promise<IpcResult<DayView>>) => {
  const r = await run();
  return r.ok ? ({ ok: true } as const) : ({ ok: false, error: r.error } as const);
};

/** The values a <select> offers, without the empty "choose one" line. */
const choicesOf = (label: string) => [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.value).filter((v) => v !== '');

/** Every request on `channel` passed the contract, and there were `count` of them. */
function expectAccepted(requests: ReturnType<ReturnType<typeof onMain>['requests']>, count: number) {
  expect(requests.map((r) => r.issues)).toEqual(requests.map(() => []));
  expect(requests).toHaveLength(count);
}

describe('every choice a view offers is accepted by the contract', () => {
  it('export view: all formats ticked at once, with each encoding (all six were refused by a .max(5))', async () => {
    const { api, show, requests } = onMain();
    show(<ExportView api={api} today={DATE} canPickFolder={false} />);
    const formats = within(screen.getByRole('group', { name: t('exports.formats') })).getAllByRole('checkbox');
    for (const box of formats) if (!(box as HTMLInputElement).checked) await userEvent.click(box);
    const encodings = within(screen.getByRole('group', { name: t('exports.encoding') })).getAllByRole('radio');
    for (const radio of encodings) {
      await userEvent.click(radio);
      await userEvent.click(screen.getByRole('button', { name: t('exports.run') }));
      await vi.waitFor(() => expect(screen.getByRole('button', { name: t('exports.run') })).toHaveProperty('disabled', false), LOADED_MACHINE);
    }
    const sent = requests('export:files');
    expectAccepted(sent, encodings.length);
    expect(sent.map((r) => (r.payload.formats as string[]).length)).toEqual(encodings.map(() => formats.length));
    expect(new Set(sent.map((r) => r.payload.encoding)).size).toBe(encodings.length);
  });

  it("supervisor view: each encoding of the team's CSV", async () => {
    const { api, main, show, requests } = onMain();
    const text = await staffReport(tempDir(), { staffId: '000123', name: '山田 花子' }, { [DATE]: [510, 1035] });
    await ok(main.api.supervisorImport({ files: [{ name: 'yamada.json', size: text.length, text }] }));
    show(<SupervisorView api={api} today={DATE} timeZone="Asia/Tokyo" />);
    const label = t('exports.encoding');
    await screen.findByLabelText(label, undefined, LOADED_MACHINE);
    const encodings = choicesOf(label);
    for (const encoding of encodings) {
      await userEvent.selectOptions(screen.getByLabelText(label), encoding);
      await userEvent.click(screen.getByRole('button', { name: t('supervisor.exportCsv') }));
    }
    await vi.waitFor(() => expect(requests('supervisor:exportCsv')).toHaveLength(encodings.length), LOADED_MACHINE);
    expectAccepted(requests('supervisor:exportCsv'), encodings.length);
  });

  it('block editor: each kind and each status', async () => {
    const { api, show, requests } = onMain();
    const initial: BlockInput = { start: '09:00', end: '10:00', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null };
    const onSave = async (id: string | null, block: BlockInput) => {
      const r = await api.daySaveBlock({ date: DATE, id, block });
      return r.ok ? undefined : r.error;
    };
    show(<BlockEditor target={{ id: null, initial }} kinds={defaultSettings().blockKinds} inventory={[]} onSave={onSave} onCancel={() => {}} />);
    const save = () => userEvent.click(screen.getByRole('button', { name: t('day.save') }));
    let count = 0;
    for (const [label, values] of [t('day.kind'), t('day.status')].map((l) => [l, choicesOf(l)] as const)) {
      for (const value of values) {
        await userEvent.selectOptions(screen.getByLabelText(label), value);
        await save();
        count++;
      }
    }
    // Saved one after another at the same time, they overlap: main refuses, the contract did not.
    expectAccepted(requests('day:saveBlock'), count);
  });

  it('work style: each place, morning and afternoon', async () => {
    const { api, show, requests } = onMain();
    show(<DaySettings api={api} date={DATE} hours={{ start: '08:30', end: '17:15' }} workStyle={{ am: 'home', pm: 'home', satelliteOffice: '' }} apply={apply} say={() => {}} />);
    const places = choicesOf(t('day.am'));
    for (const place of places) {
      await userEvent.selectOptions(screen.getByLabelText(t('day.am')), place);
      await userEvent.selectOptions(screen.getByLabelText(t('day.pm')), place);
      await userEvent.click(screen.getByRole('button', { name: t('day.saveWorkStyle') }));
    }
    await vi.waitFor(() => expect(requests('day:setWorkStyle')).toHaveLength(places.length), LOADED_MACHINE);
    expectAccepted(requests('day:setWorkStyle'), places.length);
  });

  it('work record: each time to correct, and each treatment of a 中抜け', async () => {
    const { api, main, show, requests } = onMain();
    const view = await ok(main.api.dayGet({ date: DATE }));
    show(<RecordPanel api={api} view={view} apply={apply} say={() => {}} isToday timeZone="Asia/Tokyo" />);
    const times = screen.getAllByRole('button', { name: new RegExp(`: ${t('record.edit')}$`) });
    for (const [i, button] of times.entries()) {
      await userEvent.click(button);
      await userEvent.type(await screen.findByLabelText(`${t(`record.${RECORD_TIMES[i]!}`)} ${t('record.time')}`), ['09:00', '17:30'][i]!);
      await userEvent.click(screen.getByRole('button', { name: t('record.saveTime') }));
      await vi.waitFor(() => expect(screen.queryByRole('button', { name: t('record.saveTime') })).toBeNull(), LOADED_MACHINE);
    }
    await userEvent.click(screen.getByRole('button', { name: t('record.addInterruption') }));
    const treatments = choicesOf(t('record.treatment'));
    for (const treatment of treatments) {
      if (!screen.queryByLabelText(t('record.treatment'))) await userEvent.click(screen.getByRole('button', { name: t('record.addInterruption') }));
      await userEvent.type(screen.getByLabelText(t('record.interruptionStart')), '14:00');
      await userEvent.type(screen.getByLabelText(t('record.interruptionEnd')), '14:20');
      await userEvent.selectOptions(screen.getByLabelText(t('record.treatment')), treatment);
      await userEvent.click(screen.getByRole('button', { name: t('record.saveInterruption') }));
      await vi.waitFor(() => expect(screen.queryByLabelText(t('record.treatment'))).toBeNull(), LOADED_MACHINE);
    }
    expectAccepted(requests('record:setTime'), times.length);
    expectAccepted(requests('record:saveInterruption'), treatments.length);
  });

  it('focus timer: each length, each 割り込み, each way to end', async () => {
    const { api, main, show, requests } = onMain();
    show(<FocusPanel api={api} date={DATE} blocks={[]} nowMinutes={600} />);
    // Sessions started and ended on main directly reach the panel as focus:changed, like from the tray.
    const openSession = () => ok(main.api.focusStart({ date: DATE, blockId: null, minutes: 30, countSleep: false }));
    const lengthLabel = t('focus.length');
    await screen.findByLabelText(lengthLabel, undefined, LOADED_MACHINE);
    const lengths = choicesOf(lengthLabel);
    for (const length of lengths) {
      await userEvent.selectOptions(await screen.findByLabelText(lengthLabel, undefined, LOADED_MACHINE), length);
      await userEvent.click(screen.getByRole('button', { name: t('focus.start') }));
      await screen.findByRole('button', { name: t('focus.stop') }, LOADED_MACHINE);
      await ok(main.api.focusStop());
      await ok(main.api.focusComplete({ status: 'done', note: '' }));
    }
    await openSession();
    await screen.findByRole('button', { name: t('focus.stop') }, LOADED_MACHINE);
    const kinds = screen.getAllByRole('button').filter((b) => b.hasAttribute('aria-keyshortcuts'));
    for (const kind of kinds) await userEvent.click(kind);
    await vi.waitFor(() => expect(requests('focus:interrupt')).toHaveLength(kinds.length), LOADED_MACHINE);
    await ok(main.api.focusStop());
    const ways = [t('focus.markDone'), t('focus.markContinue')];
    for (const way of ways) {
      await userEvent.click(await screen.findByRole('button', { name: way }, LOADED_MACHINE));
      await screen.findByRole('button', { name: t('focus.start') }, LOADED_MACHINE);
      await openSession();
      await ok(main.api.focusStop());
    }
    expectAccepted(requests('focus:start'), lengths.length);
    expectAccepted(requests('focus:interrupt'), kinds.length);
    expectAccepted(requests('focus:complete'), ways.length);
  });

  it('業務の棚卸: each kind, each fitness and each reason', async () => {
    const { api, show, requests } = onMain();
    show(<InventoryView api={api} settings={defaultSettings()} />);
    const [kind, fitness, reason] = [t('inventory.kind'), t('inventory.fitness'), t('inventory.reason')];
    const open = async () => {
      if (!screen.queryByLabelText(t('inventory.taskTitle'))) await userEvent.click(await screen.findByRole('button', { name: t('inventory.add') }, LOADED_MACHINE));
      await userEvent.type(screen.getByLabelText(t('inventory.taskTitle')), '窓口の予約確認');
    };
    /** One entry saved with these choices, in this order (the reason list appears once a task is not fully teleworkable). */
    const saveWith = async (...choices: [label: string, value: string][]) => {
      await open();
      for (const [label, value] of choices) await userEvent.selectOptions(screen.getByLabelText(label), value);
      await userEvent.click(screen.getByRole('button', { name: t('inventory.save') }));
      await vi.waitFor(() => expect(screen.queryByLabelText(t('inventory.taskTitle'))).toBeNull(), LOADED_MACHINE);
    };
    await open();
    const kinds = choicesOf(kind);
    const fitnesses = choicesOf(fitness);
    await userEvent.selectOptions(screen.getByLabelText(fitness), fitnesses.at(-1)!);
    const reasons = choicesOf(reason);
    await userEvent.click(screen.getByRole('button', { name: t('day.cancel') }));
    for (const k of kinds) await saveWith([kind, k]);
    // Each fitness; one not fully teleworkable is saved with a reason, as the form asks.
    for (const f of fitnesses) await (f === 'yes' ? saveWith([fitness, f]) : saveWith([fitness, f], [reason, reasons[0]!]));
    for (const r of reasons) await saveWith([fitness, fitnesses.at(-1)!], [reason, r]);
    expectAccepted(requests('inventory:save'), kinds.length + fitnesses.length + reasons.length);
  });

  it('settings: each language and each kind of chat webhook', async () => {
    const { api, show, requests } = onMain();
    show(<SettingsView api={api} settings={defaultSettings()} onSaved={() => {}} />);
    const save = async () => {
      await userEvent.click(screen.getByRole('button', { name: t('settings.save') }));
      await vi.waitFor(() => expect(screen.getByRole('button', { name: t('settings.save') })).toHaveProperty('disabled', false), LOADED_MACHINE);
    };
    const languages = choicesOf(t('settings.language'));
    for (const language of languages) {
      await userEvent.selectOptions(screen.getByLabelText(t('settings.language')), language);
      await save();
    }
    await userEvent.click(screen.getByLabelText(t('webhook.enabled')));
    await userEvent.type(screen.getByLabelText(t('webhook.url')), 'https://hooks.example.com/services/T0/B0/x');
    const kinds = choicesOf(t('webhook.kind'));
    for (const kind of kinds) {
      await userEvent.selectOptions(screen.getByLabelText(t('webhook.kind')), kind);
      await save();
    }
    expectAccepted(requests('settings:update'), languages.length + kinds.length);
  });

  it('reports: each kind of report the view switches to', async () => {
    const { api, show, requests } = onMain();
    const chosen: string[] = [];
    const settings = defaultSettings();
    const view = show(<ReportView api={api} date={DATE} kind="start" settings={settings} go={(k) => chosen.push(k)} />);
    const nav = screen.getByRole('navigation', { name: t('reports.title') });
    for (const button of within(nav).getAllByRole('button')) await userEvent.click(button);
    for (const kind of chosen) view.rerender(<I18nProvider i18n={i18n}><ReportView api={api} date={DATE} kind={kind as 'start'} settings={settings} go={() => {}} /></I18nProvider>);
    await vi.waitFor(() => expect(new Set(requests('report:compose').map((r) => r.payload.kind))).toEqual(new Set(chosen)), LOADED_MACHINE);
    expect(chosen.length).toBeGreaterThan(1);
    expect(requests('report:compose').flatMap((r) => r.issues)).toEqual([]);
  });
});
