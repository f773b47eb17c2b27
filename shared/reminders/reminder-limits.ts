/** Bounds of the stored reminder log (no zod here: the renderer imports this and stays small). */

/** A day's log holds at most this many reminders (older, less important ones give way, counted). */
export const REMINDER_LOG_MAX = 500;
/** One reminder keeps at most this many events (its first one and the latest). */
export const REMINDER_EVENTS_MAX = 100;
