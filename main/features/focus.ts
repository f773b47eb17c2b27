/** focus:* — the focus timer: one session at a time, its time recorded on the block it belongs to. */
import { openDocument } from '../persistence/document-repository.js';
import type { DayService } from '../services/day-service.js';
import { createFocusService, focusDocument } from '../services/focus-service.js';
import type { FeatureContext, GroupHandlers, Running } from './feature-context.js';

export function focusFeature(ctx: FeatureContext, days: DayService) {
  const { ports } = ctx;
  const focus = createFocusService({
    repo: openDocument('focus', focusDocument, ctx.documents),
    days,
    clock: ports.clock,
    timers: ctx.timers,
    notifier: ports.notifier,
    power: ctx.power,
    bus: ctx.bus,
    newId: ports.newId,
    t: ctx.t,
  });
  const handlers: GroupHandlers<'focus'> = {
    'focus:get': () => focus.state(),
    'focus:start': (input) => focus.start(input),
    'focus:pause': () => focus.pause(),
    'focus:resume': () => focus.resume(),
    'focus:stop': () => focus.stop(),
    'focus:extend': ({ minutes }) => focus.extend(minutes),
    'focus:interrupt': ({ kind }) => focus.interrupt(kind),
    'focus:complete': (input) => focus.complete(input),
  };
  const running: Running = {
    start() {
      try {
        focus.startScheduling(); // may finish a session that ran out while the app was closed, and save it
      } catch (error) {
        ports.logger.error('the focus timer could not start', error);
      }
      return () => focus.stopScheduling();
    },
  };
  return { handlers, focus, running };
}
