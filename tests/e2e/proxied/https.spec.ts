import { expect, test } from '../fixtures';
import { header, rawRequest } from '../raw-http';

// Runs only against the Node.js target behind nginx (deploy/nginx-node.conf).

test('plain HTTP sends readers to HTTPS on the configured name, without HSTS', async ({ baseURL }) => {
  const https = new URL(baseURL ?? '');
  // serve-proxied.sh puts the plain-HTTP port on the next port.
  const plain = `http://${https.hostname}:${Number(https.port) + 1}`;
  const response = await rawRequest(plain, '/es/docs/');
  expect(response.status).toBe(301);
  // deploy/nginx-node.conf's server_name: never the Host a client sent.
  expect(header(response, 'location')).toBe('https://docs.example.com/es/docs/');
  expect(header(response, 'strict-transport-security')).toBeUndefined();
  expect(header(response, 'x-frame-options')).toBe('DENY');
  expect(header(response, 'cache-control')).toBe('no-store');
  for (const [target, headers] of [
    ['/es/docs/', { Host: 'evil.example' }],
    ['http://evil.example/es/docs/', {}],
  ] as const) {
    const elsewhere = await rawRequest(plain, target, headers);
    expect(header(elsewhere, 'location'), target).toBe('https://docs.example.com/es/docs/');
  }
});

test('the site’s own headers pass through the proxy, with HSTS added once', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', '/en/docs/');
  expect(response.status).toBe(200);
  expect(response.headers.get('strict-transport-security')).toEqual(['max-age=63072000; includeSubDomains']);
  expect(response.headers.get('content-security-policy')).toHaveLength(1);
  expect(header(response, 'x-frame-options')).toBe('DENY');
});

test('answers Node.js makes without the site reach readers with the site’s headers', async ({ baseURL }) => {
  // Headers nginx accepts (each under its 8 KB line limit) but Node.js
  // refuses (over its 16 KB total): Node.js answers a bare 431.
  const filler = Object.fromEntries(['A', 'B', 'C'].map((name) => [`X-Filler-${name}`, 'x'.repeat(7000)]));
  const response = await rawRequest(baseURL ?? '', '/en/docs/', filler);
  expect(response.status).toBe(431);
  for (const name of ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'strict-transport-security']) {
    expect(response.headers.get(name), name).toHaveLength(1);
  }
  expect(header(response, 'cache-control')).toBe('no-store');
});
