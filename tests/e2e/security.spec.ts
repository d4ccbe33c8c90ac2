import { cspDirectives as directives, expect, test } from './fixtures';

test('pages carry the security headers', async ({ request }, testInfo) => {
  const response = await request.get('/en/docs/monitor/access-auth/');
  const headers = response.headers();
  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  for (const values of csp.values()) expect(values).not.toContain("'unsafe-eval'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
  expect(headers['x-frame-options']).toBe('DENY');
  if (testInfo.project.name === 'proxied') {
    // Behind nginx with TLS (deploy/nginx-node.conf): HSTS, for two years.
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  } else {
    // Plain HTTP: no HSTS, which is only valid over HTTPS.
    expect(headers['strict-transport-security']).toBeUndefined();
  }

  if (testInfo.project.name === 'static') {
    // The static export allows its inline scripts by hash, not 'unsafe-inline'.
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts.some((s) => s.startsWith("'sha256-"))).toBe(true);
  }
});
