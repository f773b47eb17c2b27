/**
 * Which mailto: links may reach the user's mail client. A mailto: URL can carry any header, and
 * several clients honour more than the user sees: `attach=` / `attachment=` attach a local file
 * (a report leaves with the user's documents), `cc` / `bcc` / `to` add recipients unseen. The app
 * only ever writes one recipient (the 所属長, or none), a subject and a body (mailtoUrl() in
 * shared/reports/report-text.ts), so that is all that passes.
 *
 * The raw string is checked, not a parsed URL: mail clients split headers their own way (some on
 * `;`), so anything that could be read as a separator inside the query is refused outright.
 */

const ALLOWED_HEADERS = new Set(['subject', 'body']);
/**
 * One plain address, no display name, no list — and none of `& ? = / %` either: a client that
 * decodes before it splits, or reads `&` inside the address part, would otherwise find a header
 * hidden in the recipient ("boss&attach=/etc/passwd@x", "boss%3Fbcc%3Devil@x").
 */
const ONE_ADDRESS = /^[A-Za-z0-9._+'-]+@[A-Za-z0-9.-]+$/;

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // malformed escape: a client could read it either way
  }
}

/** `url` must already start with "mailto:" (any case); control characters are refused by the caller. */
export function isAllowedMailto(url: string): boolean {
  const rest = url.slice('mailto:'.length);
  if (/[#;]/.test(rest)) return false;
  const [recipient = '', query, ...more] = rest.split('?');
  if (more.length > 0) return false;
  // The address is checked as written (its @ may be written %40, as mailtoUrl() does) and as
  // decoded: both must be one plain address, so no escape can hide a separator.
  const to = decoded(recipient);
  if (to === null || (recipient !== '' && (!ONE_ADDRESS.test(recipient.replace(/%40/gi, '@')) || !ONE_ADDRESS.test(to)))) return false;
  if (query === undefined) return true;
  const seen = new Set<string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return false;
    // Header names are case-insensitive and may be percent-encoded ("%61ttach").
    const name = decoded(pair.slice(0, eq))?.toLowerCase();
    if (name === undefined || !ALLOWED_HEADERS.has(name) || seen.has(name)) return false;
    if (decoded(pair.slice(eq + 1)) === null) return false;
    seen.add(name);
  }
  return true;
}
