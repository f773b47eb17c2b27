import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/security/csp.js';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...values] = part.trim().split(/\s+/);
    return [name, values] as const;
  }),
);

describe('Content-Security-Policy', () => {
  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('%s is %j', (name, values) => {
    expect(directives.get(name)).toEqual(values);
  });

  it.each(["'unsafe-inline'", "'unsafe-eval'", 'http:', 'https:', '*', 'blob:', 'file:'])('never allows %s', (token) => {
    expect(CONTENT_SECURITY_POLICY.split(/[\s;]+/)).not.toContain(token);
  });

  it('has exactly the expected directives', () => {
    expect(directives.size).toBe(10);
  });
});
