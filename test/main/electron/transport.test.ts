/**
 * The IPC transport's own logic (sender check wiring, events held until the page has loaded)
 * against a stand-in for ipcMain and WebContents. `electron` is replaced by vi.mock's factory, so
 * the real package (which would try to download the binary) is never loaded.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import type { StorageNotice } from '../../../shared/storage/storage-notice.js';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../shared/ipc/transport-channels.js';
import type { MainApp } from '../../../main/app/create-app.js';
import { createEventBus } from '../../../main/ipc/event-bus.js';
import { silentLogger } from '../../../main/ports/logger.js';

type InvokeHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const handlers = new Map<string, InvokeHandler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { installIpcTransport } = await import('../../../main/electron/transport.js');

class FakeContents extends EventEmitter {
  url = 'app://techo/index.html';
  destroyed = false;
  sent: unknown[][] = [];
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  asWebContents() {
    return this as unknown as WebContents;
  }
}

const notice = (id: string): StorageNotice => ({
  id,
  kind: 'corrupt',
  document: 'settings',
  keptAt: '/tmp/settings.corrupt-1.json',
  at: '2026-11-02T09:00:00.000Z',
});

function setup() {
  const bus = createEventBus();
  const dispatch = vi.fn(async (channel: unknown) => ({ ok: true as const, data: channel }));
  // The transport uses only router and bus; the scheduler parts are inert stand-ins.
  const app: MainApp = { router: { dispatch }, bus, start: () => () => {} };
  const transport = installIpcTransport(app, silentLogger);
  const invoke = (senderFrame: unknown, channel: unknown, payload?: unknown) =>
    handlers.get(INVOKE_CHANNEL)!({ senderFrame }, channel, payload);
  return { bus, dispatch, transport, invoke };
}

const frame = (url: string, extra: Record<string, unknown> = {}) => ({ url, parent: null, detached: false, ...extra });

afterEach(() => handlers.clear());

describe('IPC transport: who may call', () => {
  it.each([
    ['the app main frame', frame('app://techo/index.html'), true],
    ['the app main frame on a hash route', frame('app://techo/index.html#/week'), true],
    ['an app subframe', frame('app://techo/index.html', { parent: {} }), false],
    ['a remote main frame', frame('https://example.com/'), false],
    ['a file: page', frame('file:///tmp/index.html'), false],
    ['a detached (unloading) frame', frame('app://techo/index.html', { detached: true }), false],
    ['no frame (navigated away or destroyed)', null, false],
  ])('%s → dispatched: %s', async (_label, senderFrame, allowed) => {
    const { invoke, dispatch } = setup();
    const result = await invoke(senderFrame, 'app:info', undefined);
    if (allowed) {
      expect(dispatch).toHaveBeenCalledWith('app:info', undefined);
      expect(result).toEqual({ ok: true, data: 'app:info' });
    } else {
      expect(dispatch).not.toHaveBeenCalled();
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('dispose removes the handler', () => {
    const { transport } = setup();
    expect(handlers.has(INVOKE_CHANNEL)).toBe(true);
    transport.dispose();
    expect(handlers.has(INVOKE_CHANNEL)).toBe(false);
  });
});

describe('IPC transport: events to the page', () => {
  it('holds events until the page has loaded, then delivers them in order', () => {
    const { bus, transport } = setup();
    const contents = new FakeContents();
    transport.attach(contents.asWebContents());
    bus.emit('storage:notice', notice('a'));
    bus.emit('storage:notice', notice('b'));
    expect(contents.sent).toEqual([]);
    contents.emit('did-finish-load');
    expect(contents.sent.map(([channel, name, payload]) => [channel, name, (payload as StorageNotice).id])).toEqual([
      [EVENT_CHANNEL, 'storage:notice', 'a'],
      [EVENT_CHANNEL, 'storage:notice', 'b'],
    ]);
    bus.emit('storage:notice', notice('c'));
    expect(contents.sent).toHaveLength(3);
  });

  it('holds again while the page reloads, but not for in-page (hash) navigation', () => {
    const { bus, transport } = setup();
    const contents = new FakeContents();
    transport.attach(contents.asWebContents());
    contents.emit('did-finish-load');
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    bus.emit('storage:notice', notice('hash'));
    expect(contents.sent).toHaveLength(1);
    contents.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    bus.emit('storage:notice', notice('subframe'));
    expect(contents.sent).toHaveLength(2);
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    bus.emit('storage:notice', notice('reload'));
    expect(contents.sent).toHaveLength(2);
    contents.emit('did-finish-load');
    expect(contents.sent).toHaveLength(3);
  });

  it('keeps at most 100 held events (the newest)', () => {
    const { bus, transport } = setup();
    const contents = new FakeContents();
    transport.attach(contents.asWebContents());
    for (let i = 0; i < 150; i++) bus.emit('storage:notice', notice(String(i)));
    contents.emit('did-finish-load');
    expect(contents.sent).toHaveLength(100);
    expect((contents.sent[0]?.[2] as StorageNotice).id).toBe('50');
  });

  it('never sends to a page that is not the app, nor to destroyed contents', () => {
    const { bus, transport } = setup();
    const foreign = new FakeContents();
    foreign.url = 'https://example.com/';
    const gone = new FakeContents();
    transport.attach(foreign.asWebContents());
    transport.attach(gone.asWebContents());
    foreign.emit('did-finish-load');
    gone.emit('did-finish-load');
    gone.destroyed = true;
    bus.emit('storage:notice', notice('x'));
    expect(foreign.sent).toEqual([]);
    expect(gone.sent).toEqual([]);
  });

  it('sends to every attached window, once each, and forgets destroyed ones', () => {
    const { bus, transport } = setup();
    const one = new FakeContents();
    const two = new FakeContents();
    transport.attach(one.asWebContents());
    transport.attach(one.asWebContents()); // attaching twice does not duplicate events
    transport.attach(two.asWebContents());
    one.emit('did-finish-load');
    two.emit('did-finish-load');
    bus.emit('storage:notice', notice('x'));
    expect(one.sent).toHaveLength(1);
    expect(two.sent).toHaveLength(1);
    two.emit('destroyed');
    bus.emit('storage:notice', notice('y'));
    expect(one.sent).toHaveLength(2);
    expect(two.sent).toHaveLength(1);
  });

  it('stops forwarding after dispose', () => {
    const { bus, transport } = setup();
    const contents = new FakeContents();
    transport.attach(contents.asWebContents());
    contents.emit('did-finish-load');
    transport.dispose();
    bus.emit('storage:notice', notice('x'));
    expect(contents.sent).toEqual([]);
  });
});
