/**
 * What a screen reader hears while a 予定 is dragged: the title and the times it would land on, and
 * the drop's words last, also when dnd-kit reports the last move only after the drop (a busy
 * machine: the move's report comes from an effect of the render that drew it; the drop straight
 * from the pointer-up). The whole drag is in test/e2e/keyboard-focus.spec.ts.
 */
import type { Active } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { dragAnnouncer, landing } from '../../renderer/src/views/today/drag-announcer.js';
import type { Block } from '../../shared/day/day-schema.js';
import { createI18n } from '../helpers/i18n.js';

const block = { id: 'b1', start: '10:00', end: '11:00', title: '資料作成', kind: 'focus', status: 'planned', note: '', inventoryId: null } as unknown as Block;
const active = (id: string) => ({ active: { id } as Active, over: null });
const PX = 1.6; // per minute on the timeline

function drag(language: 'ja' | 'en' = 'ja') {
  const announcer = dragAnnouncer();
  const say = () => announcer.announcements(createI18n(language).current().t, [block]);
  return { announcer, say };
}

describe('a drag of 「資料作成」 10:00〜11:00', () => {
  it('names the 予定 and its times when lifted, while moved, and where it is put', () => {
    const { announcer, say } = drag();
    announcer.started();
    expect(say().onDragStart!(active('move:b1'))).toBe('「資料作成」(10:00〜11:00)を持ち上げました。');
    announcer.moved(45 * PX);
    expect(say().onDragMove!(active('move:b1'))).toBe('「資料作成」: 10:45〜11:45');
    announcer.dropped(90 * PX);
    expect(say().onDragEnd!(active('move:b1'))).toBe('「資料作成」を 11:30〜12:30 に置きました。');
  });

  it('a drop that comes before the last move was reported says the drop’s own times, and the late move says nothing', () => {
    const { announcer, say } = drag();
    announcer.started();
    say().onDragStart!(active('move:b1'));
    announcer.moved(85 * PX); // the last move reported: 85 minutes
    announcer.dropped(90 * PX); // the pointer went up at 90
    expect(say().onDragEnd!(active('move:b1'))).toBe('「資料作成」を 11:30〜12:30 に置きました。');
    announcer.moved(90 * PX); // the move's report, late
    expect(say().onDragMove!(active('move:b1'))).toBeUndefined();
    // The next drag is said again.
    announcer.started();
    expect(say().onDragStart!(active('move:b1'))).toMatch(/持ち上げました/);
    announcer.moved(-60 * PX);
    expect(say().onDragMove!(active('move:b1'))).toBe('「資料作成」: 09:00〜10:00');
  });

  it('a cancelled drag says it stays where it was; a resize by the grip keeps the start and at least 5 minutes', () => {
    const { announcer, say } = drag('en');
    announcer.started();
    say().onDragStart!(active('move:b1'));
    announcer.moved(30 * PX);
    expect(say().onDragCancel!(active('move:b1'))).toMatch(/10:00.11:00/);
    expect(say().onDragMove!(active('move:b1'))).toBeUndefined();
    announcer.started();
    say().onDragStart!(active('resize:b1'));
    announcer.moved(-120 * PX);
    expect(say().onDragMove!(active('resize:b1'))).toMatch(/10:00.10:05/);
  });
});

describe('landing', () => {
  it('snaps to 5 minutes as the drop applies it', () => {
    expect(landing(block, 'move', 12 * PX)).toEqual({ start: 10 * 60 + 10, end: 11 * 60 + 10 });
    expect(landing(block, 'resize', 13 * PX)).toEqual({ start: 600, end: 675 });
    expect(landing(block, 'resize', -200 * PX)).toEqual({ start: 600, end: 605 });
  });
});
