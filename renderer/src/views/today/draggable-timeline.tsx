/**
 * The timeline once dnd-kit is here (issue #16: in the dnd chunk with the library, see dnd.ts):
 * each 予定 draggable to move it and by its bottom grip to change its end, snapped to 5 minutes,
 * with screen-reader announcements that name titles and times.
 */
import { type Announcements, DndContext, type DragEndEvent, PointerSensor, type UniqueIdentifier, useDraggable, useSensor, useSensors } from '@dnd-kit/core';
import { createSnapModifier, restrictToVerticalAxis } from '@dnd-kit/modifiers';
import { useRef, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import { toMinutes } from '../../../../shared/time/clock-time.js';
import { hhmm } from '../../format.js';
import { BlockItem, type BlockItemProps, PX_PER_MINUTE, STEP, TimelineContent, type TimelineProps } from './timeline.js';

export function DraggableTimeline(props: TimelineProps) {
  const { t } = useTranslation();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const [modifiers] = useState(() => [restrictToVerticalAxis, createSnapModifier(STEP * PX_PER_MINUTE)]);
  const justDragged = useRef(false);
  const { day } = props.view;

  /** The drag's distance so far, for the announcements (dnd-kit gives them only the dragged item). */
  const dragged = useRef(0);
  const minutesOf = (dy: number) => Math.round(dy / PX_PER_MINUTE / STEP) * STEP;
  /** "move:<id>" → the 予定 and where it would land: announcements name titles and times, never ids. */
  const describe = (activeId: UniqueIdentifier, dy: number) => {
    const [mode, id] = String(activeId).split(':');
    const block = day.blocks.find((b) => b.id === id);
    if (!block) return { title: '', start: '', end: '' };
    const s = toMinutes(block.start);
    const e = toMinutes(block.end);
    const m = minutesOf(dy);
    return mode === 'move' ? { title: block.title, start: hhmm(s + m), end: hhmm(e + m) } : { title: block.title, start: block.start, end: hhmm(Math.max(s + STEP, e + m)) };
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('day.dnd.start', describe(active.id, 0)),
    onDragMove: ({ active }) => t('day.dnd.move', describe(active.id, dragged.current)),
    onDragOver: () => undefined,
    onDragEnd: ({ active }) => t('day.dnd.end', describe(active.id, dragged.current)),
    onDragCancel: ({ active }) => t('day.dnd.cancel', describe(active.id, 0)),
  };

  const onDragEnd = ({ active, delta }: DragEndEvent) => {
    const [mode, id] = String(active.id).split(':') as ['move' | 'resize', string];
    const block = day.blocks.find((b) => b.id === id);
    const minutes = Math.round(delta.y / PX_PER_MINUTE / STEP) * STEP;
    justDragged.current = true;
    setTimeout(() => (justDragged.current = false), 0);
    if (!block || minutes === 0) return;
    const s = toMinutes(block.start);
    const e = toMinutes(block.end);
    if (mode === 'move') props.onMove(block, s + minutes, e + minutes);
    else props.onMove(block, s, Math.max(s + STEP, e + minutes));
  };

  return (
    // No auto-scroll: scrolling while dragging shifted the drop by the scrolled distance.
    <DndContext
      sensors={sensors}
      modifiers={modifiers}
      onDragStart={() => (dragged.current = 0)}
      onDragMove={({ delta }) => (dragged.current = delta.y)}
      onDragEnd={onDragEnd}
      autoScroll={false}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('day.timelineHelp') } }}
    >
      <TimelineContent {...props} justDragged={justDragged} Item={DraggableBlockItem} />
    </DndContext>
  );
}

function DraggableBlockItem(props: BlockItemProps) {
  const move = useDraggable({ id: `move:${props.block.id}` });
  const resize = useDraggable({ id: `resize:${props.block.id}` });
  return <BlockItem {...props} move={move} resize={resize} />;
}
