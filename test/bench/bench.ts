/** A benchmark prints figures; it never passes or fails (speed targets live here, not in tests). */
export interface Bench {
  name: string;
  run(): Promise<void>;
}
