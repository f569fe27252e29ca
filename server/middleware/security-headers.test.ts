import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';

describe('security headers', () => {
  const app = new Hono().use(securityHeaders()).get('/', (c) => c.html('<p>page</p>'));

  it('forbid framing, inline code and other origins', async () => {
    const response = await app.request('/');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('send no opener policy: it would cost a renderer process swap before the first paint', async () => {
    const response = await app.request('/');
    expect(response.headers.get('cross-origin-opener-policy')).toBeNull();
  });
});
