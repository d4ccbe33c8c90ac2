import { expect, expectRefusal, test } from '../fixtures';
import { rawRequest } from '../raw-http';

/**
 * What nginx answers itself, in front of either deployment (the proxied and
 * static projects run this file): the request lines and headers its
 * buffers cannot hold. What any front answers (nginx, or the Node.js
 * server's own, server/front.ts): tests/e2e/front.spec.ts.
 */

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
