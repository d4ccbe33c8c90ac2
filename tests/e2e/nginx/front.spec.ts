import { CACHE_CONTROL } from '../../../lib/security-headers';
import { GUIDE, expect, test } from '../fixtures';
import { header, rawRequest, type RawResponse } from '../raw-http';

/**
 * What nginx answers itself, in front of either deployment (the proxied and
 * static projects run this file). A directly exposed `next start` answers
 * these before the site's code runs, and no documented setting changes that
 * (README, "Deployment"): that is why deploy/nginx-node.conf is the
 * recommended way to serve it.
 */

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

/** The site's headers, each exactly once, and a Cache-Control that no cache may store. */
function expectRefusal(response: RawResponse, what: string) {
  for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${what}: ${name}`).toHaveLength(1);
  expect(response.headers.get('cache-control'), what).toEqual([CACHE_CONTROL.refused]);
}

test('TRACE gets 405 with Allow and the site’s headers', async ({ baseURL }) => {
  for (const path of [`/en${GUIDE}`, '/robots.txt', '/']) {
    const response = await rawRequest(baseURL ?? '', path, {}, 'TRACE');
    expect(response.status, path).toBe(405);
    expect(header(response, 'allow'), path).toBe('GET, HEAD');
    expectRefusal(response, `TRACE ${path}`);
  }
});

test('an absolute-form request target never leads off the site', async ({ baseURL }) => {
  for (const target of ['http://evil.example/', 'http://evil.example/es', 'http://evil.example//x', 'https://evil.example/docs/?a=1', 'http://evil.example/en/docs']) {
    const response = await rawRequest(baseURL ?? '', target, { 'Accept-Language': 'es', 'X-Forwarded-Host': 'evil.example' });
    expect(response.status, target).toBeLessThan(500);
    const location = header(response, 'location');
    if (response.status >= 300 && response.status < 400) expect(location, target).toMatch(/^\/(?![/\\])/);
    for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${target} ${name}`).toHaveLength(1);
  }
});

test('paths with a repeated slash or a backslash are answered with the site’s headers, and stay on the site', async ({ baseURL }) => {
  for (const path of ['//evil.example/', '/\\evil.example/', '/es/docs//x', '//en/docs/']) {
    const response = await rawRequest(baseURL ?? '', path);
    expect(response.status, path).toBeLessThan(500);
    const location = header(response, 'location');
    if (location !== undefined) expect(location, path).toMatch(/^\/(?![/\\])/);
    for (const name of [...SECURITY_HEADERS, 'cache-control']) expect(response.headers.get(name), `${path} ${name}`).toHaveLength(1);
  }
});

test('errors nginx makes itself carry the site’s headers and are never cached', async ({ baseURL }) => {
  const base = baseURL ?? '';
  // A request line longer than nginx's 8 KB buffer: 414.
  const long = await rawRequest(base, `/${'a'.repeat(9000)}`);
  expect(long.status).toBe(414);
  expectRefusal(long, '414');
  // A header field longer than that buffer: 400 (no page: nginx has stopped reading).
  const big = await rawRequest(base, '/en/docs/', { Cookie: `a=${'b'.repeat(9000)}` });
  expect(big.status).toBe(400);
  expectRefusal(big, '400');
});
