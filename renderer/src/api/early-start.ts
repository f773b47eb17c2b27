/**
 * Data as soon as code (issue #16): the reads the first screen needs — the settings, the app's
 * info, main's clock and today's plan — leave as soon as the bundle runs, before React has
 * rendered anything, instead of from the effects of the first render. The first call of each
 * (with the same input) is answered by the read already on its way; later calls go to main as
 * before. An event from main that could make such an early answer stale (a change of the settings,
 * of a day, a storage notice) arriving before the answer has been taken drops it, and the caller
 * asks again: a view never starts from something older than the first event it can receive.
 */
import type { TechoApi } from '../../../shared/ipc/api.js';

type Early = { key: string; answer: Promise<unknown> };

/** The api to give the app, and the early settings read (for the catalogue to fetch). */
export function startEarly(api: TechoApi): { api: TechoApi; settings: ReturnType<TechoApi['settingsGet']> } {
  const early = new Map<string, Early>();
  const put = (method: string, input: unknown, answer: Promise<unknown>) => early.set(method, { key: JSON.stringify(input ?? null), answer });
  const settings = api.settingsGet();
  put('settingsGet', undefined, settings);
  put('appInfo', undefined, api.appInfo());
  const now = api.appNow();
  put('appNow', undefined, now);
  // Today's plan is asked for as soon as main's date is known (its first answer).
  const today = now.then((r) => (r.ok ? api.dayGet({ date: r.data.date }) : undefined));
  void now.then((r) => r.ok && put('dayGet', { date: r.data.date }, today));

  const drop = (...methods: string[]) => methods.forEach((m) => early.delete(m));
  // A day with nothing saved is built from the settings (hours, breaks, テレワークの曜日): the first-run setup changes it.
  api.on('settings:changed', () => drop('settingsGet', 'dayGet'));
  api.on('day:changed', () => drop('dayGet'));
  api.on('storage:notice', () => drop('appInfo'));
  const take = (method: string, input: unknown, call: () => Promise<unknown>) => {
    const e = early.get(method);
    if (!e || e.key !== JSON.stringify(input ?? null)) return call();
    early.delete(method);
    return e.answer;
  };
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api) as [string, (input?: unknown) => Promise<unknown>][]) {
    wrapped[name] = ['settingsGet', 'appInfo', 'appNow', 'dayGet'].includes(name) ? (input?: unknown) => take(name, input, () => fn(input)) : fn;
  }
  return { api: wrapped as unknown as TechoApi, settings };
}
