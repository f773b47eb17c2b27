/**
 * What a screen reader hears while a 予定 is dragged on the timeline (dnd-kit's live region): the
 * 予定's title and the times it would get, never an id; the drop's words are the last thing said.
 *
 * Why a small state machine of its own: dnd-kit reports a move from an effect of the render that
 * drew it, while the drop comes straight from the pointer-up. On a busy machine the drop can come
 * before the last move's effect has run. The late move then replaced the drop's words in the live
 * region ("…に置きました" was never said), and the drop's times were those of the move before.
 */
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import type { Block } from '../../../../shared/day/day-schema.js';
import { toMinutes } from '../../../../shared/time/clock-time.js';
import type { Translation } from '../../i18n.js';
import { hhmm } from '../../format.js';
import { PX_PER_MINUTE, STEP } from './timeline.js';

/**
 * Where a drag of `block` by `dy` px lands, in minutes of the day: "move" shifts it by whole steps;
 * "resize" (its bottom grip) changes its end, never to less than one step. The drop applies the same.
 */
export function landing(block: Pick<Block, 'start' | 'end'>, mode: string, dy: number): { start: number; end: number } {
  const s = toMinutes(block.start);
  const e = toMinutes(block.end);
  const m = Math.round(dy / PX_PER_MINUTE / STEP) * STEP;
  return mode === 'move' ? { start: s + m, end: e + m } : { start: s, end: Math.max(s + STEP, e + m) };
}

export function dragAnnouncer() {
  let dragging = false;
  let distance = 0;
  return {
    /** From DndContext's own handlers, which dnd-kit calls before it announces. */
    started: () => (distance = 0),
    moved: (dy: number) => (distance = dy),
    /** The drop's own distance: the last move's report may not have come yet. */
    dropped: (dy: number) => (distance = dy),
    /** The words for each moment of a drag of one of `blocks` ("move:<id>" or "resize:<id>"). */
    announcements(t: Translation['t'], blocks: readonly Block[]): Announcements {
      const describe = (activeId: UniqueIdentifier, dy: number) => {
        const [mode, id] = String(activeId).split(':');
        const block = blocks.find((b) => b.id === id);
        if (!block) return { title: '', start: '', end: '' };
        const at = landing(block, mode!, dy);
        return { title: block.title, start: hhmm(at.start), end: hhmm(at.end) };
      };
      return {
        onDragStart: ({ active }) => {
          dragging = true;
          return t('day.dnd.start', describe(active.id, 0));
        },
        // A move reported after the drop (see above) says nothing.
        onDragMove: ({ active }) => (dragging ? t('day.dnd.move', describe(active.id, distance)) : undefined),
        onDragOver: () => undefined,
        onDragEnd: ({ active }) => {
          dragging = false;
          return t('day.dnd.end', describe(active.id, distance));
        },
        onDragCancel: ({ active }) => {
          dragging = false;
          return t('day.dnd.cancel', describe(active.id, 0));
        },
      };
    },
  };
}
