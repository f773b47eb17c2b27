/** New record ids (a port so tests get predictable ones). */
export type NewId = () => string;
