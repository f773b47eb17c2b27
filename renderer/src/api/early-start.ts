/**
 * Data as soon as code (issue #16): the reads the first screen needs — the settings, the app's
 * info, main's clock and today's plan — leave as ONE call (`app:start`) as soon as the bundle runs,
 * before React has rendered anything, instead of from the effects of the first render. The first
 * call of each of settingsGet, appInfo, appNow and dayGet (of today) — with the calls made in the
 * same turn as it — is answered from its part of that answer; later calls go to main as before.
 * An event from main that could make a part stale (a change of the settings, for the settings and
 * today's plan; of a day; a storage notice) arriving before that part has been taken drops it, and
 * the caller asks again: a view never starts from something older than the first event it can
 * receive. Should main refuse `app:start`, each caller asks on its own, as before.
 *
 * In the browser preview the page carries that answer (carried-start.ts): then nothing leaves at
 * start at all, and the event stream begins where the answer was computed, so the same rule holds.
 * What the page carries can also be read synchronously (`peekStart`): the first render draws Today
 * from it at once, instead of a 読み込み中 frame and a promise turn per hook before the plan shows.
 */
import type { TechoApi } from '../../../shared/ipc/api.js';
import { carriedStart } from './carried-start.js';

type Early = { key: string | null; answer: Promise<unknown> };
const EARLY = ['settingsGet', 'appInfo', 'appNow', 'dayGet'] as const;
type EarlyMethod = (typeof EARLY)[number];
type Data<M extends EarlyMethod> = Extract<Awaited<ReturnType<TechoApi[M]>>, { ok: true }>['data'];

/** The early answers of this page and, when the page carried them, their data (known without waiting). */
let current: { early: Map<EarlyMethod, Early>; known: Map<EarlyMethod, unknown> } | null = null;

/**
 * The carried answer to the first call of `method` with `input`, if it is still the one that call
 * would get (not yet taken, no event has made it stale); otherwise undefined, and the caller asks.
 * The call made afterwards gets the very same object, so state set from it does not render again.
 */
export function peekStart<M extends EarlyMethod>(method: M, input?: unknown): Data<M> | undefined {
  const e = current?.early.get(method);
  if (!e || e.key === null || e.key !== JSON.stringify(input ?? null)) return undefined;
  return current!.known.get(method) as Data<M> | undefined;
}

/**
 * Called once the first screen has taken what it reads (a task after the first render): what nobody
 * took (Today's plan when the window started on the first-run setup) goes, so a later mount asks main.
 */
export function releaseStart(): void {
  current?.early.clear();
  current?.known.clear();
}

/**
 * The api to give the app, the early settings read (for the catalogue to fetch), and `ready`: settled
 * once main's start answer is here (at once when the page carried it), when `peekStart` knows it too.
 */
export function startEarly(api: TechoApi): { api: TechoApi; settings: ReturnType<TechoApi['settingsGet']>; ready: Promise<void> } {
  const carried = carriedStart()?.answer as Awaited<ReturnType<TechoApi['appStart']>> | undefined;
  const start = carried ? Promise.resolve(carried) : api.appStart();
  const early = new Map<EarlyMethod, Early>();
  const part = <T>(pick: (d: Awaited<typeof start> & { ok: true }) => T, alone: () => Promise<unknown>) =>
    start.then((r) => (r.ok ? { ok: true as const, data: pick(r) } : alone()));
  const settings = part((r) => r.data.settings, () => api.settingsGet()) as ReturnType<TechoApi['settingsGet']>;
  early.set('settingsGet', { key: 'null', answer: settings });
  early.set('appInfo', { key: 'null', answer: part((r) => r.data.info, () => api.appInfo()) });
  early.set('appNow', { key: 'null', answer: part((r) => r.data.now, () => api.appNow()) });
  // Today's plan: its key (the date) is known once main has answered; refused, there is none.
  const today: Early = { key: null, answer: start.then((r) => (r.ok ? { ok: true as const, data: r.data.today } : undefined)) };
  early.set('dayGet', today);
  const known = new Map<EarlyMethod, unknown>();
  const learn = (r: Awaited<typeof start>) => {
    if (r.ok) known.set('settingsGet', r.data.settings).set('appInfo', r.data.info).set('appNow', r.data.now).set('dayGet', r.data.today);
    if (early.get('dayGet') !== today) return;
    if (r.ok) today.key = JSON.stringify({ date: r.data.now.date });
    else early.delete('dayGet');
  };
  if (carried) learn(carried);
  current = { early, known };
  const ready = carried ? Promise.resolve() : start.then(learn, () => void early.delete('dayGet'));

  const drop = (...methods: EarlyMethod[]) => methods.forEach((m) => early.delete(m));
  // Today's plan follows the settings too (work hours, telework weekdays: the first-run setup changes them).
  api.on('settings:changed', () => drop('settingsGet', 'dayGet'));
  api.on('day:changed', () => drop('dayGet'));
  api.on('storage:notice', () => drop('appInfo'));
  const take = (method: EarlyMethod, input: unknown, call: () => Promise<unknown>) => {
    const e = early.get(method);
    if (!e || e.key === null || e.key !== JSON.stringify(input ?? null)) return call();
    // Taken: the calls of this same turn share it (Today and the now strip ask for today's plan in
    // one commit's effects); any later call goes to main.
    void Promise.resolve().then(() => early.get(method) === e && early.delete(method));
    return e.answer;
  };
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api) as [string, (input?: unknown) => Promise<unknown>][]) {
    wrapped[name] = (EARLY as readonly string[]).includes(name) ? (input?: unknown) => take(name as EarlyMethod, input, () => fn(input)) : fn;
  }
  return { api: wrapped as unknown as TechoApi, settings, ready };
}
