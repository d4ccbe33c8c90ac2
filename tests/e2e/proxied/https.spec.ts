import { expect, test } from '../fixtures';
import { header, rawRequest } from '../raw-http';

// Runs only against the Node.js target behind nginx (deploy/nginx-node.conf).

test('plain HTTP sends readers to HTTPS, without HSTS', async ({ baseURL }) => {
  const https = new URL(baseURL ?? '');
  // serve-proxied.sh puts the plain-HTTP server on the next port.
  const response = await rawRequest(`http://${https.hostname}:${Number(https.port) + 1}`, '/es/docs/');
  expect(response.status).toBe(301);
  expect(header(response, 'location')).toMatch(/^https:\/\/[^/]+\/es\/docs\/$/);
  expect(header(response, 'strict-transport-security')).toBeUndefined();
});

test('the site’s own headers pass through the proxy, with HSTS added once', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', '/en/docs/');
  expect(response.status).toBe(200);
  expect(response.headers.get('strict-transport-security')).toEqual(['max-age=63072000; includeSubDomains']);
  expect(response.headers.get('content-security-policy')).toHaveLength(1);
  expect(header(response, 'x-frame-options')).toBe('DENY');
});
