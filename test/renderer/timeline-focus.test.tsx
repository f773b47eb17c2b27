/**
 * The timeline is made anew when it turns draggable (dnd-kit arrives when a pointer first comes over
 * it). The focus on a 予定 goes with the old button, so the timeline gives it back to the same 予定
 * (test/e2e/keyboard-focus.spec.ts); but when the focus has moved on in the meantime (an editor that
 * mounted as dnd-kit arrived took it), it stays there.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { Timeline } from '../../renderer/src/views/today/timeline.js';
import { I18nProvider } from '../../renderer/src/use-translation.js';
import { createI18n } from '../helpers/i18n.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { seedExampleDay } from '../helpers/seed-day.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { testApp } from '../helpers/test-app.js';
import { ok, routerClient } from '../helpers/typed-client.js';

/** dnd-kit's chunk, held until the test lets it arrive; its timeline is the same buttons made anew. */
const gate = vi.hoisted(() => {
  let open!: () => void;
  const arrived = new Promise<void>((r) => (open = r));
  return { arrived, open: () => open(), loaded: false };
});
vi.mock('../../renderer/src/views/today/dnd.js', async () => {
  await gate.arrived;
  const { TimelineContent } = await import('../../renderer/src/views/today/timeline.js');
  gate.loaded = true;
  // A component of its own (as the real one is), so React makes the buttons anew.
  return { DraggableTimeline: (props: Parameters<typeof TimelineContent>[0]) => <TimelineContent {...props} /> };
});

const tempDir = useTempDir();
const DATE = '2026-11-25';
afterEach(cleanup);

it('leaves the focus where it moved on to while dnd-kit was arriving (an editor that mounted took it)', async () => {
  const main = testApp(tempDir(), fakeClock(new Date(2026, 10, 25, 10, 0).getTime()));
  const api = routerClient(main);
  await seedExampleDay(api, DATE);
  const view = await ok(api.dayGet({ date: DATE }));
  const noop = () => undefined;
  render(
    <I18nProvider i18n={createI18n('ja')}>
      <Timeline view={view} now={undefined} onMove={noop} onEdit={noop} onDelete={noop} onAddAt={noop} />
      <input aria-label="editor" />
    </I18nProvider>,
  );
  const [first] = view.day.blocks;
  const button = () => document.querySelector<HTMLElement>(`[data-block-id="${first!.id}"]`)!;
  const old = button();
  old.focus();

  // A mouse comes over the timeline: dnd-kit is fetched. It arrives (the focus is on the 予定 then),
  // and before the timeline is made anew an editor that mounted takes the focus.
  fireEvent.pointerOver(screen.getByTestId('timeline'));
  await act(async () => {
    gate.open();
    // dnd-kit's module arrives (however slow the machine), then the timeline takes it.
    for (let i = 0; i < 5000 && !gate.loaded; i++) await new Promise((r) => setTimeout(r, 1));
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 1));
    expect(button()).toBe(old); // not made anew yet: the update waits for the end of act()
    screen.getByLabelText('editor').focus();
  });
  expect(button()).not.toBe(old); // made anew
  expect(document.activeElement).toBe(screen.getByLabelText('editor'));
});
