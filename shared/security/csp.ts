/**
 * The Content-Security-Policy for every page the app shows. It lives in shared/ so the Electron
 * protocol handler (a response header) and the build/preview (a `<meta>` tag or header) send the
 * very same policy.
 *
 * Why each part:
 * - Everything is 'self' (app://techo in Electron): the app loads no remote code, fonts or styles,
 *   so an injected `<script src="https://…">` or inline `<script>` cannot run.
 * - No 'unsafe-inline'/'unsafe-eval': React sets styles through the CSSOM, which CSP allows.
 * - `img-src data:` for small inline icons only.
 * - `object-src`/`base-uri`/`form-action`/`frame-ancestors` are not covered by default-src and are
 *   shut explicitly (plugins, <base> hijacking, form posts to elsewhere, being framed).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
