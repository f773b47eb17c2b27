/**
 * The thin Electron adapters — notifier.ts, power-events.ts, tray.ts — against stand-ins for
 * Notification, powerMonitor, Tray and Menu (vi.mock's factory: the real `electron` package, which
 * would try to download the binary, is never loaded). What the binary itself does with them
 * (toasts, the tray icon) is for the smoke suite on a machine with the binary.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translatorFor } from '../../../shared/i18n/translator.js';

const fake = vi.hoisted(() => ({
  supported: true,
  throwOnShow: false,
  notifications: [] as Array<{ options: Record<string, unknown>; shown: boolean; emit(event: string, ...args: unknown[]): boolean }>,
  trays: [] as Array<{ tooltip: string; menu: unknown[] | null; destroyed: boolean; emit(event: string): boolean }>,
  emptyIcon: false,
  powerMonitor: null as unknown as import('node:events').EventEmitter,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fake.powerMonitor = new Emitter();
  class Notification extends Emitter {
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      fake.notifications.push(this);
    }
    static isSupported() {
      return fake.supported;
    }
    show() {
      if (fake.throwOnShow) throw new Error('toast failed');
      this.shown = true;
    }
  }
  class Tray extends Emitter {
    tooltip = '';
    menu: unknown[] | null = null;
    destroyed = false;
    constructor(readonly image: unknown) {
      super();
      fake.trays.push(this);
    }
    setToolTip(text: string) {
      this.tooltip = text;
    }
    setContextMenu(menu: unknown[] | null) {
      this.menu = menu;
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return {
    Notification,
    Tray,
    Menu: { buildFromTemplate: (template: unknown[]) => template },
    nativeImage: { createFromPath: (p: string) => ({ path: p, isEmpty: () => fake.emptyIcon }) },
    powerMonitor: fake.powerMonitor,
  };
});

const { createElectronNotifier } = await import('../../../main/electron/notifier.js');
const { createElectronPowerEvents } = await import('../../../main/electron/power-events.js');
const { createTray } = await import('../../../main/electron/tray.js');

beforeEach(() => {
  fake.supported = true;
  fake.throwOnShow = false;
  fake.emptyIcon = false;
  fake.notifications.length = 0;
  fake.trays.length = 0;
});

const request = { title: 'テレワーク手帳', body: '09:00 始業報告の時刻です', view: 'today' };

describe('notifier', () => {
  it('shows the title and body as given, with sound, and no actions', () => {
    const notifier = createElectronNotifier({ openView: () => {} });
    expect(notifier.show(request)).toBe(true);
    expect(fake.notifications).toHaveLength(1);
    expect(fake.notifications[0]!.options).toEqual({ title: request.title, body: request.body, silent: false });
    expect(fake.notifications[0]!.shown).toBe(true);
  });

  it('a click opens the request’s view', () => {
    const openView = vi.fn();
    createElectronNotifier({ openView }).show({ ...request, view: 'week' });
    fake.notifications[0]!.emit('click', {});
    expect(openView).toHaveBeenCalledWith('week');
  });

  it('false when notifications are unsupported (nothing constructed) or showing throws', () => {
    const errors: unknown[] = [];
    const logger = { error: (_m: string, e?: unknown) => errors.push(e), info() {} };
    fake.supported = false;
    expect(createElectronNotifier({ openView: () => {}, logger }).show(request)).toBe(false);
    expect(fake.notifications).toHaveLength(0);
    fake.supported = true;
    fake.throwOnShow = true;
    expect(createElectronNotifier({ openView: () => {}, logger }).show(request)).toBe(false);
    expect(errors).toHaveLength(1);
  });

  it('keeps each shown notification referenced until clicked, closed or failed (GC would drop the click)', () => {
    const openView = vi.fn();
    const notifier = createElectronNotifier({ openView });
    for (let i = 0; i < 3; i++) notifier.show(request);
    expect(notifier.kept).toBe(3);
    const [a, b, c] = fake.notifications;
    a!.emit('click', {});
    b!.emit('close', {});
    c!.emit('failed', {}, 'denied');
    expect(notifier.kept).toBe(0);
    expect(openView).toHaveBeenCalledTimes(1);
    fake.throwOnShow = true;
    notifier.show(request);
    expect(notifier.kept).toBe(0); // a notification that was never shown is not kept
  });

  it('keeps only the newest 50 (a toast parked in the Action Center may never report close)', () => {
    const notifier = createElectronNotifier({ openView: () => {} });
    for (let i = 0; i < 60; i++) notifier.show({ ...request, body: String(i) });
    expect(notifier.kept).toBe(50);
  });
});

describe('power events', () => {
  it('suspend, and resume or unlock-screen as resume; unsubscribe stops both', () => {
    const power = createElectronPowerEvents();
    const suspend = vi.fn();
    const resume = vi.fn();
    const offSuspend = power.onSuspend(suspend);
    const offResume = power.onResume(resume);
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('resume');
    fake.powerMonitor.emit('unlock-screen');
    expect(suspend).toHaveBeenCalledTimes(1);
    expect(resume).toHaveBeenCalledTimes(2);
    offSuspend();
    offResume();
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('resume');
    fake.powerMonitor.emit('unlock-screen');
    expect(suspend).toHaveBeenCalledTimes(1);
    expect(resume).toHaveBeenCalledTimes(2);
    expect(fake.powerMonitor.listenerCount('resume') + fake.powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });
});

describe('tray', () => {
  const ja = translatorFor('ja');
  type Item = { label?: string; type?: string; enabled?: boolean; click?: () => void };
  const setup = () => {
    const calls = { window: 0, views: [] as string[], quit: 0 };
    const port = createTray({
      iconPath: '/app/build/tray-icon.png',
      openWindow: () => void calls.window++,
      openView: (v) => void calls.views.push(v),
      quit: () => void calls.quit++,
      t: () => ja,
    });
    return { port, calls, tray: fake.trays[0]!, menu: () => fake.trays[0]!.menu as Item[] };
  };

  it('starts with the app name and the fixed menu; left click opens the window', () => {
    const { tray, menu, calls } = setup();
    expect(tray.tooltip).toBe('テレワーク手帳');
    expect(menu().map((i) => i.label ?? i.type)).toEqual(['始業報告', '終業報告', 'separator', 'ウィンドウを開く', '終了']);
    tray.emit('click');
    expect(calls.window).toBe(1);
  });

  it('an update sets the tooltip and rebuilds the menu; each item does what it says', () => {
    const { port, menu, tray, calls } = setup();
    port.update({ tooltip: 'テレワーク手帳 — 資料作成 残り25分', current: '資料作成 残り25分(〜10:00)', due: ['09:00 始業報告'] });
    expect(tray.tooltip).toBe('テレワーク手帳 — 資料作成 残り25分');
    const items = menu();
    expect(items.map((i) => i.label ?? i.type)).toEqual([
      '資料作成 残り25分(〜10:00)',
      '09:00 始業報告',
      'separator',
      '始業報告',
      '終業報告',
      'separator',
      'ウィンドウを開く',
      '終了',
    ]);
    expect(items[0]).toMatchObject({ enabled: false });
    expect(items[0]!.click).toBeUndefined();
    items[1]!.click!();
    items[3]!.click!();
    items[4]!.click!();
    items[6]!.click!();
    items[7]!.click!();
    expect(calls).toEqual({ window: 1, views: ['today', 'report/start', 'report/end'], quit: 1 });
  });

  it('an unreadable icon is refused (the shell then runs without a tray); destroy is idempotent', () => {
    fake.emptyIcon = true;
    expect(() => setup()).toThrow(/tray icon/);
    fake.emptyIcon = false;
    const { port, tray } = setup();
    port.destroy();
    port.destroy();
    expect(tray.destroyed).toBe(true);
    port.update({ tooltip: 'x', current: null, due: [] }); // after destroy: ignored, no throw
  });
});
