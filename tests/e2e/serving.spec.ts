import { readFileSync } from 'node:fs';
import { CACHE_CONTROL } from '../../lib/security-headers';
import { GUIDE, expect, test } from './fixtures';
import { header, rawRequest, type RawResponse } from './raw-http';

/**
 * How each deployment answers what is not a plain GET of a page: other
 * methods, request content, ranges and preconditions, payload requests,
 * hostile targets, and the errors nginx makes itself. Every answer carries
 * the site's headers and says deliberately what caches may keep.
 */

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

/** The site's headers, each exactly once, and a Cache-Control that no shared cache may store. */
function expectRefusal(response: RawResponse, what: string) {
  for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${what}: ${name}`).toHaveLength(1);
  expect(response.headers.get('cache-control'), what).toEqual([CACHE_CONTROL.refused]);
  // A short refusal, never a page.
  expect(response.text, what).not.toMatch(/<main/);
}

/** A request for each kind of answer the site gives: a page, a 404, each redirect, its files and build assets. */
async function paths(base: string): Promise<string[]> {
  const page = await rawRequest(base, `/en${GUIDE}`);
  // The stylesheet (a build asset) and an enhancement's script (a public file), as the page names them.
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page.text)?.[1] ?? '';
  const script = /src="(\/enhancements\/[^"]+\.js)"/.exec(page.text)?.[1] ?? '';
  expect([stylesheet, script]).not.toContain('');
  return [`/en${GUIDE}`, '/en/no-such-page/', '/', '/es/', `/es${GUIDE.replace(/\/$/, '')}`, '/robots.txt', '/icon.svg', '/figures/monitor/login.svg', stylesheet, script];
}

const notFoundTitle = (locale: string): string => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8')).notFound.title;

test.describe('methods', () => {
  test('anything but GET and HEAD gets 405 with Allow, the site’s headers and no page, on every path', async ({ baseURL }) => {
    const base = baseURL ?? '';
    for (const path of await paths(base)) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
        const response = await rawRequest(base, path, {}, method);
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(header(response, 'allow'), `${method} ${path}`).toBe('GET, HEAD');
        expectRefusal(response, `${method} ${path}`);
      }
      const head = await rawRequest(base, path, {}, 'HEAD');
      expect(head.status, `HEAD ${path}`).toBeLessThan(500);
      expect(head.status, `HEAD ${path}`).not.toBe(405);
    }
  });
});

test.describe('request content', () => {
  test('is refused before it is read: 405 for other methods, 413 for GET and HEAD', async ({ baseURL }) => {
    const base = baseURL ?? '';
    const form = 'a=1&b=2';
    for (const path of await paths(base)) {
      const post = await rawRequest(base, path, { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(form.length) }, 'POST', form);
      expect(post.status, `POST ${path}`).toBe(405);
      expect(header(post, 'allow')).toBe('GET, HEAD');
      expectRefusal(post, `POST ${path}`);
      const get = await rawRequest(base, path, { 'Content-Length': '5' }, 'GET', 'hello');
      expect(get.status, `GET with content ${path}`).toBe(413);
      expectRefusal(get, `GET with content ${path}`);
      const chunked = await rawRequest(base, path, { 'Transfer-Encoding': 'chunked' }, 'PUT', '5\r\nhello\r\n0\r\n\r\n');
      expect(chunked.status, `chunked PUT ${path}`).toBe(405);
    }
    // An empty body is no content.
    expect((await rawRequest(base, `/en${GUIDE}`, { 'Content-Length': '0' })).status).toBe(200);
  });

  test('a large body does not make the answer slow to come', async ({ baseURL }) => {
    const body = 'a'.repeat(2 * 1024 * 1024);
    const response = await rawRequest(baseURL ?? '', `/en${GUIDE}`, { 'Content-Length': String(body.length) }, 'POST', body);
    expect(response.status).toBe(405);
  });
});

test.describe('React Server Components payloads', () => {
  test('are refused, never stored by a cache, and never replace a page’s HTML', async ({ baseURL }, testInfo) => {
    const base = baseURL ?? '';
    const plain = await rawRequest(base, `/en${GUIDE}`);
    // A page's HTML names the router's header in Vary, or does not depend on it.
    expect(testInfo.project.name === 'static' || /\brsc\b/i.test(header(plain, 'vary') ?? '')).toBe(true);
    for (const path of [`/en${GUIDE}`, '/robots.txt', '/og/es/access-auth.png']) {
      const variants: Record<string, string>[] = [{ RSC: '1' }, { RSC: '1', 'Next-Router-State-Tree': 'not a tree' }];
      for (const headers of variants) {
        const what = `${path} ${JSON.stringify(headers)}`;
        let response = await rawRequest(base, path, headers);
        if (testInfo.project.name === 'static') {
          // No payload exists there: the same answer as without the header.
          expect([response.status, response.body.equals((await rawRequest(base, path)).body)], what).toEqual([200, true]);
          continue;
        }
        // Next.js first redirects to the URL with its cache-busting parameter
        // (computed from the router's headers); then the site refuses: neither stored.
        expect(response.status, what).toBe(307);
        const location = header(response, 'location') ?? '';
        expect(location, what).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}\\?_rsc(?:=|$)`));
        expect(header(response, 'cache-control'), what).toBe(CACHE_CONTROL.refused);
        for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${what} ${name}`).toHaveLength(1);
        response = await rawRequest(base, location, headers);
        expect(response.status, `${location} ${what}`).toBe(406);
        expectRefusal(response, `${location} ${what}`);
      }
    }
    // Even where the site has no page, a payload is refused, never rendered.
    for (const path of ['/en/no-such-page/', '/%ZZ/']) {
      const headers = { RSC: '1', 'Next-Router-State-Tree': 'not a tree' };
      let response = await rawRequest(base, path, headers);
      if (response.status === 307) response = await rawRequest(base, header(response, 'location') ?? '', headers);
      // nginx rejects a malformed request line before it reads the headers, and answers with the 404 page.
      const refusedByNginx = testInfo.project.name === 'static' || (testInfo.project.name === 'proxied' && path === '/%ZZ/');
      expect(response.status, path).toBe(refusedByNginx ? 404 : 406);
      expect(header(response, 'content-type'), path).not.toMatch(/x-component/);
    }
    // The router's other headers: refused on their own too (the export ignores them).
    const routerHeaders: Record<string, string>[] = [{ 'Next-Router-Prefetch': '1' }, { 'Next-Router-State-Tree': '%5B%22%22%5D' }, { 'Next-Router-Segment-Prefetch': '/_tree' }];
    for (const headers of routerHeaders) {
      const response = await rawRequest(base, `/en${GUIDE}`, headers);
      if (testInfo.project.name === 'static') {
        expect([response.status, response.body.equals(plain.body)]).toEqual([200, true]);
      } else {
        expect(response.status, JSON.stringify(headers)).toBe(406);
        expectRefusal(response, JSON.stringify(headers));
      }
    }
  });
});

test.describe('ranges and preconditions', () => {
  test('files are sent whole, whatever the Range: no 206, no 416, headers once', async ({ baseURL }) => {
    const base = baseURL ?? '';
    for (const path of (await paths(base)).filter((p) => /\.(css|js|svg|txt)$/.test(p))) {
      const whole = await rawRequest(base, path);
      for (const range of ['bytes=0-10', 'bytes=abc', 'bytes=999999999-', 'bytes=5-1', 'bytes=0-0,2-2']) {
        const response = await rawRequest(base, path, { Range: range });
        expect(response.status, `${path} ${range}`).toBe(200);
        expect(response.body.equals(whole.body), `${path} ${range}`).toBe(true);
        for (const name of [...SECURITY_HEADERS, 'cache-control']) expect(response.headers.get(name), `${path} ${range} ${name}`).toHaveLength(1);
      }
    }
  });

  test('a failed precondition is never a server error, and never cached', async ({ baseURL }) => {
    const base = baseURL ?? '';
    for (const path of await paths(base)) {
      for (const [name, value] of [['If-Match', '"nope"'], ['If-Unmodified-Since', 'Mon, 01 Jan 1990 00:00:00 GMT'], ['If-None-Match', '*']]) {
        const response = await rawRequest(base, path, { [name as string]: value as string });
        expect(response.status, `${path} ${name}`).toBeLessThan(500);
        if (response.status === 412) expectRefusal(response, `${path} ${name}`);
      }
    }
  });
});

test.describe('redirects', () => {
  test('a missing trailing slash is added with the site’s headers, cached no longer than a page', async ({ baseURL }) => {
    for (const path of ['/es/docs', `/zh-Hans${GUIDE.replace(/\/$/, '')}`]) {
      const response = await rawRequest(baseURL ?? '', `${path}?from=x`);
      expect(response.status, path).toBe(308);
      expect(header(response, 'location'), path).toBe(`${path}/?from=x`);
      expect(header(response, 'cache-control'), path).toBe(CACHE_CONTROL.redirect);
      for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${path} ${name}`).toHaveLength(1);
    }
  });

  test('no path leads a redirect off the site', async ({ baseURL }) => {
    const base = baseURL ?? '';
    for (const path of ['//evil.example/', '/\\evil.example/', '/es/docs//x']) {
      const response = await rawRequest(base, path);
      expect(response.status, path).toBeLessThan(500);
      const location = header(response, 'location');
      if (location !== undefined) expect(location, path).toMatch(/^\/(?![/\\])/);
      // Their headers: tests/e2e/nginx/front.spec.ts (Next.js normalises
      // these paths before the site's code runs: README, "Deployment").
    }
  });
});

test.describe('404s of files and folders', () => {
  test('missing files, folders without a page and stored copies get the localized 404 page', async ({ baseURL }) => {
    const base = baseURL ?? '';
    for (const [path, locale] of [
      ['/favicon.ico', 'fr'],
      ['/pagefind/x', 'fr'],
      ['/og/xx/access-auth.png', 'fr'],
      ['/figures/', 'fr'],
      ['/_next/', 'fr'],
      ['/ru/docs/monitor/', 'ru'],
      [`/en${GUIDE}index.html`, 'en'],
      [`/en${GUIDE}index.html.br`, 'en'],
      [`/es${GUIDE}index.html.gz`, 'es'],
    ] as const) {
      const response = await rawRequest(base, path, { 'Accept-Language': 'fr' });
      expect(response.status, path).toBe(404);
      expect(header(response, 'content-type'), path).toMatch(/^text\/html/);
      expect(header(response, 'content-language'), path).toBe(locale);
      expect(response.text, path).toContain(`<html lang="${locale}"`);
      expect(response.text, path).toContain(`>${notFoundTitle(locale)}</h1>`);
      expect(header(response, 'cache-control'), path).toBe(CACHE_CONTROL.notFound);
    }
  });
});

test.describe('the proxy’s own request headers', () => {
  test('a client cannot set them: a page stays a page, in its own language', async ({ baseURL }) => {
    const response = await rawRequest(baseURL ?? '', `/es${GUIDE}`, { 'X-Docs-Not-Found': '1', 'X-Docs-Locale': 'ru' });
    expect(response.status).toBe(200);
    expect(response.text).toContain('<html lang="es"');
  });
});
