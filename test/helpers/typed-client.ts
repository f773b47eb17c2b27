/**
 * The client tests call the app through: `buildApi()` from shared/ipc/api.ts — the builder the
 * preload and the e2e bridge use — over a transport into the real router. A contract change then
 * fails to compile in the tests, where `router.dispatch(…) as { data: … }` failed only at run time.
 *
 *   const view = await ok(app.api.dayGet({ date }));               // the data, or a failure naming the channel
 *   const error = await refused(app.api.dataWipe({ … }));          // the refusal, or a failure if it was accepted
 *
 * Raw `router.dispatch` stays where the payload is meant to be wrong (router, fuzz, hostile ids).
 */
import { type TechoApi, type Transport, buildApi } from '../../shared/ipc/api.js';
import type { Channel } from '../../shared/ipc/channel-names.js';
import type { IpcError, IpcResult } from '../../shared/ipc/result.js';
import type { MainApp } from '../../main/app/create-app.js';

/**
 * Which channel gave each answer, so ok() and refused() can name it. Kept beside the answer, not
 * on it: the answer stays exactly what the router made (tests compare it with toEqual).
 */
const channelOf = new WeakMap<object, string>();

/** Names the channel of an answer that came another way (a child process's JSON), for ok() and refused(). */
export function answeredBy(answer: unknown, channel: string): void {
  if (typeof answer === 'object' && answer !== null) channelOf.set(answer, channel);
}

/** buildApi over `transport`, remembering the channel of every answer. */
export function typedClient(transport: Transport): TechoApi {
  return buildApi({
    async invoke(channel, payload) {
      const answer = await transport.invoke(channel, payload);
      answeredBy(answer, channel);
      return answer;
    },
    subscribe: (event, callback) => transport.subscribe(event, callback),
  });
}

/** Lets a test see or hold each call on its way to the router (record requests, delay answers). */
export type Through = (channel: Channel, payload: unknown, next: () => Promise<unknown>) => Promise<unknown>;

/** The app's router and event bus, reached the way the preload reaches them in Electron. */
export function routerTransport(app: Pick<MainApp, 'router' | 'bus'>, through?: Through): Transport {
  return {
    invoke: (channel, payload) => {
      const next = () => app.router.dispatch(channel, payload);
      return through ? through(channel, payload, next) : next();
    },
    subscribe: (event, callback) => app.bus.subscribe((e, payload) => e === event && callback(payload)),
  };
}

/** The typed API on the real router of `app`. */
export const routerClient = (app: Pick<MainApp, 'router' | 'bus'>, through?: Through): TechoApi => typedClient(routerTransport(app, through));

const nameOf = (answer: object) => channelOf.get(answer) ?? 'the call';

/** The data of an accepted call; a refusal fails the test with the channel, the code, the message and the fields. */
export function ok<T>(answer: Promise<IpcResult<T>>): Promise<T>;
export function ok<T>(answer: IpcResult<T>): T;
export function ok<T>(answer: IpcResult<T> | Promise<IpcResult<T>>): T | Promise<T> {
  return answer instanceof Promise ? answer.then(dataOf) : dataOf(answer);
}

function dataOf<T>(answer: IpcResult<T>): T {
  if (answer.ok) return answer.data;
  const { code, message, fields } = answer.error;
  throw Object.assign(new Error(`${nameOf(answer)} was refused (${code}): ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`), { error: answer.error });
}

/** The error of a call the test expects to be refused; an accepted call fails the test, naming the channel. */
export function refused(answer: Promise<IpcResult<unknown>>): Promise<IpcError>;
export function refused(answer: IpcResult<unknown>): IpcError;
export function refused(answer: IpcResult<unknown> | Promise<IpcResult<unknown>>): IpcError | Promise<IpcError> {
  return answer instanceof Promise ? answer.then(errorOf) : errorOf(answer);
}

function errorOf(answer: IpcResult<unknown>): IpcError {
  if (!answer.ok) return answer.error;
  throw new Error(`${nameOf(answer)} was accepted where a refusal was expected: ${JSON.stringify(answer.data)?.slice(0, 300)}`);
}
