/**
 * The timeline once dnd-kit is here (issue #16: in the dnd chunk with the library, see dnd.ts):
 * each 予定 draggable to move it and by its bottom grip to change its end, snapped to 5 minutes,
 * with screen-reader announcements that name titles and times (drag-announcer.ts).
 */
import { DndContext, type DragEndEvent, PointerSensor, useDraggable, useSensor, useSensors } from '@dnd-kit/core';
import { createSnapModifier, restrictToVerticalAxis } from '@dnd-kit/modifiers';
import { useRef, useState } from 'react';
import { useTranslation } from '../../use-translation.js';
import { toMinutes } from '../../../../shared/time/clock-time.js';
import { BlockItem, type BlockItemProps, PX_PER_MINUTE, STEP, TimelineContent, type TimelineProps } from './timeline.js';
import { dragAnnouncer, landing } from './drag-announcer.js';

export function DraggableTimeline(props: TimelineProps) {
  const { t } = useTranslation();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const [modifiers] = useState(() => [restrictToVerticalAxis, createSnapModifier(STEP * PX_PER_MINUTE)]);
  const justDragged = useRef(false);
  const { day } = props.view;
  const [announcer] = useState(dragAnnouncer);

  const onDragEnd = ({ active, delta }: DragEndEvent) => {
    announcer.dropped(delta.y);
    const [mode, id] = String(active.id).split(':') as ['move' | 'resize', string];
    const block = day.blocks.find((b) => b.id === id);
    justDragged.current = true;
    setTimeout(() => (justDragged.current = false), 0);
    if (!block) return;
    const at = landing(block, mode, delta.y);
    if (at.start !== toMinutes(block.start) || at.end !== toMinutes(block.end)) props.onMove(block, at.start, at.end);
  };

  return (
    // No auto-scroll: scrolling while dragging shifted the drop by the scrolled distance.
    <DndContext
      sensors={sensors}
      modifiers={modifiers}
      onDragStart={announcer.started}
      onDragMove={({ delta }) => announcer.moved(delta.y)}
      onDragEnd={onDragEnd}
      autoScroll={false}
      accessibility={{ announcements: announcer.announcements(t, day.blocks), screenReaderInstructions: { draggable: t('day.timelineHelp') } }}
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
