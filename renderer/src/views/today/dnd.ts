/**
 * The drag-and-drop chunk (issue #16): dnd-kit and the timeline built on it. Keyboard editing needs
 * none of it, so it is fetched when the window is idle or at the first pointer-down on the timeline.
 */
export { DraggableTimeline } from './draggable-timeline.js';
