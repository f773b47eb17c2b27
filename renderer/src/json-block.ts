/**
 * A JSON data block in the page: `<script type="application/json" id="…">`, never run (so the CSP
 * does not apply to it). The preview server writes main's start answer into one (carried-start.ts),
 * the build the list of later chunks into another (later-chunks.ts).
 */

/** The block's JSON, or undefined when the page has no such block or it does not parse; `remove` takes the block out of the page once read. */
export function readJsonBlock(id: string, { remove = false } = {}): unknown {
  const block = document.getElementById(id);
  if (!(block instanceof HTMLScriptElement) || block.type !== 'application/json') return undefined;
  try {
    return JSON.parse(block.textContent ?? '');
  } catch {
    return undefined;
  } finally {
    if (remove) block.remove();
  }
}
