import { GUIDE, SECURITY_HEADERS, expect, expectRefusal, test } from './fixtures';
import { header, rawRequest } from './raw-http';

/**
 * What every deployment answers before the site's code runs: nginx in front
 * of the export or of the Node.js server, and the Node.js server's own
 * front (server/front.ts) when it is exposed directly. Every project runs
 * this file.
 */

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

test('an absolute-form request target is answered as its path on this site', async ({ baseURL }) => {
  const base = baseURL ?? '';
  const plain = await rawRequest(base, `/es${GUIDE}`);
  const absolute = await rawRequest(base, `http://evil.example/es${GUIDE}`);
  expect(absolute.status).toBe(200);
  expect(absolute.text).toContain('<html lang="es"');
  expect(header(absolute, 'content-language')).toBe(header(plain, 'content-language'));
});
