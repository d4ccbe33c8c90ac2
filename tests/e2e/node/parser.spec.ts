import { connect } from 'node:net';
import { expect, expectRefusal, test } from '../fixtures';
import { header, rawRequest } from '../raw-http';

/**
 * What the Node.js server's front (server/front.ts) answers for requests
 * Node.js's own parser rejects, which Next.js never sees: the same
 * statuses Node.js would send bare, with the site's headers, a line of
 * text, and no cache. nginx answers these itself in front of it
 * (tests/e2e/nginx/front.spec.ts).
 */

test('a malformed header line gets 400 with the site’s headers', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', '/en/docs/', { 'Bad Header': 'x' });
  expect(response.status).toBe(400);
  expectRefusal(response, 'malformed header');
  expect(response.text).toMatch(/^Bad request/);
});

test('headers over Node.js’s 16 KB limit get 431 with the site’s headers', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', '/en/docs/', { Cookie: `a=${'b'.repeat(20_000)}` });
  expect(response.status).toBe(431);
  expectRefusal(response, '431');
});

test('a method Node.js does not know gets 405 with Allow, as TRACE does', async ({ baseURL }) => {
  for (const method of ['FOO', 'get', 'PROPPATCHX']) {
    const response = await rawRequest(baseURL ?? '', '/en/docs/', {}, method);
    expect(response.status, method).toBe(405);
    expect(header(response, 'allow'), method).toBe('GET, HEAD');
    expectRefusal(response, method);
  }
});

test('CONNECT gets 405 instead of a closed connection', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', 'evil.example:443', { Host: 'evil.example:443' }, 'CONNECT');
  expect(response.status).toBe(405);
  expectRefusal(response, 'CONNECT');
});

test('a request target that is neither a path nor an absolute URL gets 400', async ({ baseURL }) => {
  for (const target of ['en/docs/', 'ftp://evil.example/']) {
    const response = await rawRequest(baseURL ?? '', target);
    expect(response.status, target).toBe(400);
    expectRefusal(response, target);
  }
});

test('a refusal with a body does not wait for the body', async ({ baseURL }) => {
  // TRACE announcing 10 MB and sending none of it: answered at once, connection closed.
  const url = new URL(baseURL ?? '');
  const text = await new Promise<string>((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port) }, () =>
      socket.write(`TRACE /en/docs/ HTTP/1.1\r\nHost: ${url.host}\r\nContent-Length: 10000000\r\n\r\n`),
    );
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer while the body was pending')));
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
  expect(text).toMatch(/^HTTP\/1\.1 405 /);
});
