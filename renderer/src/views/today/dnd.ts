/**
 * The drag-and-drop library (dnd-kit), a chunk of its own (issue #16): keyboard editing needs none
 * of it, so it is fetched when the window is idle or at the first pointer-down on the timeline.
 */
export { DndContext, PointerSensor, useDraggable, useSensor, useSensors } from '@dnd-kit/core';
export { createSnapModifier, restrictToVerticalAxis } from '@dnd-kit/modifiers';
