/**
 * The first screen's data carried by the page (issue #16, "delivered with the page"): the browser
 * preview writes main's `app:start` answer into the `index.html` it serves, as a JSON data block
 * `<script type="application/json" id="techo-start">` — data, never executed, so the CSP
 * (`script-src 'self'`) stays as strict as it is. The renderer takes it instead of asking over
 * the wire; a page without it (Electron's app:// protocol, a page served otherwise) asks as before.
 *
 * `seq` is how many events main had sent when the answer was computed: the page opens its event
 * stream from there (`events?since=seq`), and the preview replays whatever happened in between,
 * so the carried answer is never older than the first event the page receives.
 */
export const START_DATA_ID = 'techo-start';

export interface StartData {
  seq: number;
  /** The `app:start` answer, as the IPC channel would have given it. */
  answer: unknown;
}

/**
 * JSON that can sit inside an HTML `<script>` element's text: every `<`, `>` and `&` (so neither
 * `</script>` nor `<!--` in a user's 予定 title can end or change the element) and U+2028/U+2029
 * become \u escapes. They can only occur inside JSON strings, where the escape means the same.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
