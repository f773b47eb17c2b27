/** The policy itself is shared with the browser preview; see shared/security/csp.ts. */
export { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.js';
