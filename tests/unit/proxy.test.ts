import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig, getRewrittenUrl } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { createLocaleProxy } from '@/i18n/locale-proxy';
import { routing } from '@/i18n/routing';
import { CACHE_CONTROL } from '@/lib/security-headers';
import { NOT_FOUND_HEADER, REFUSED_PATH, REQUEST_CONTENT, ROUTER_REQUEST, UNMATCHED_PATH } from '@/lib/serving';
import nextConfig from '../../next.config';
import proxy, { config } from '../../proxy';

/** A proxy whose 404 page says which language it is in. */
const notFound = vi.fn((_request: NextRequest, locale: string) => new Response(`404 page (${locale})`, { status: 404, headers: { 'content-type': 'text/html' } }));
const stubbed = createLocaleProxy({ locales: routing.locales, defaultLocale: routing.defaultLocale, isSiteFile: (p) => p === '/robots.txt', notFound });

async function run(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await stubbed(new NextRequest(new URL(path, 'http://docs.test'), { method, headers, nextConfig: { trailingSlash: true } }));
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: response.status === 404 ? await response.text() : null,
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
    allow: response.headers.get('allow'),
    language: response.headers.get('content-language'),
    rewrite: response.headers.get('x-middleware-rewrite'),
  };
}

describe('proxy: methods', () => {
  it('answers only GET and HEAD: anything else gets 405 with Allow, never cached, whatever the path', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'PURGE']) {
      for (const path of ['/en/docs/', '/', '/es', '/en/nope/', '/robots.txt', '/_next/static/chunks/x.js', '/%ZZ']) {
        expect(await run(path, {}, method), `${method} ${path}`).toMatchObject({ status: 405, allow: 'GET, HEAD', cacheControl: CACHE_CONTROL.refused, location: null });
      }
    }
    expect(notFound).not.toHaveBeenCalled();
    expect(await run('/en/docs/', {}, 'HEAD')).toMatchObject({ status: 200 });
  });
});

describe('proxy: redirects', () => {
  it('sends / to the docs home in the reader’s language, uncached and varying by language', async () => {
    expect(await run('/')).toMatchObject({ status: 307, location: 'http://docs.test/en/docs/', cacheControl: CACHE_CONTROL.negotiated, vary: 'Accept-Language, Cookie' });
    expect(await run('/', { 'accept-language': 'es-MX,es;q=0.9' })).toMatchObject({ status: 307, location: 'http://docs.test/es/docs/' });
  });

  it('sends a language root to its docs home, permanently, cached no longer than a page', async () => {
    expect(await run('/es')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/', cacheControl: CACHE_CONTROL.redirect, vary: null });
    expect(await run('/es/')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/' });
  });

  it('adds a page’s trailing slash itself, with the site’s caching', async () => {
    expect(await run('/es/docs/monitor/access-auth?x=1')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/monitor/access-auth/?x=1', cacheControl: CACHE_CONTROL.redirect });
  });

  it('sends any other spelling of a page to its one URL', async () => {
    expect(await run('/%65s/docs/')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/' });
    expect(await run('/es/docs%2Fmonitor/access-auth/')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/monitor/access-auth/' });
  });

  it('keeps the page and the query of an unprefixed page', async () => {
    const result = await run('/docs/monitor/access-auth?from=forum', { cookie: 'NEXT_LOCALE=es' });
    expect(result).toMatchObject({ status: 307, location: 'http://docs.test/es/docs/monitor/access-auth/?from=forum' });
  });
});

describe('proxy: pages and files', () => {
  it('lets the pages of a language and the site’s files through, untouched', async () => {
    for (const path of ['/es/docs/monitor/access-auth/', '/en/docs/', '/en/docs/translation-status/', '/robots.txt']) {
      expect(await run(path)).toMatchObject({ status: 200, location: null, rewrite: null });
    }
  });
});

describe('proxy: 404s', () => {
  it('answers an unknown page of a language with that language’s 404 page', async () => {
    expect(await run('/es/docs/no-such-page/', { 'accept-language': 'en' })).toMatchObject({ status: 404, body: '404 page (es)', language: 'es', cacheControl: CACHE_CONTROL.notFound, vary: null });
  });

  it('never serves the 404 page’s own URL as a page, nor a page under another name', async () => {
    expect(await run('/en/404/')).toMatchObject({ status: 404, body: '404 page (en)' });
    expect(await run('/es/404')).toMatchObject({ status: 404, body: '404 page (es)' });
    expect(await run('/es/docs/index.html')).toMatchObject({ status: 404, body: '404 page (es)' });
    expect(await run('/robots.txt/')).toMatchObject({ status: 404 });
  });

  it('answers an unknown language with the 404 page in the reader’s language', async () => {
    expect(await run('/nl/docs/monitor/access-auth/', { 'accept-language': 'es' })).toMatchObject({ status: 404, body: '404 page (es)', vary: 'Accept-Language, Cookie' });
    expect(await run('/pt-PT/')).toMatchObject({ status: 404, body: '404 page (en)' });
    // Language codes are case-sensitive in URLs: /ES/ is not /es/, /pt-br/ is not /pt-BR/.
    expect(await run('/ES/docs/', { 'accept-language': 'es' })).toMatchObject({ status: 404, body: '404 page (es)' });
    expect(await run('/pt-br/docs/', { 'accept-language': 'pt-BR' })).toMatchObject({ status: 404, body: '404 page (pt-BR)' });
  });

  it('answers malformed paths with a 404 page, not a crash', async () => {
    expect(await run('/%E0%A4%A')).toMatchObject({ status: 404, body: '404 page (en)' });
    expect(await run('/es/docs/%ZZ')).toMatchObject({ status: 404, body: '404 page (es)' });
    expect(await run('/%ZZ/', { 'accept-language': 'es' })).toMatchObject({ status: 404, body: '404 page (es)' });
  });

  it('answers unknown files and unprefixed unknown paths with a 404 page', async () => {
    expect(await run('/missing.txt', { 'accept-language': 'es' })).toMatchObject({ status: 404, body: '404 page (es)' });
    expect(await run('/en/docs/notes.pdf')).toMatchObject({ status: 404, body: '404 page (en)' });
    expect(await run('/wp-login.php')).toMatchObject({ status: 404, body: '404 page (en)' });
  });

  it('never rewrites: every answer comes from the proxy itself', async () => {
    for (const path of ['/en/nope/', '/xx/', '/%ZZ', '/missing.txt', '/en/404/']) {
      expect((await run(path)).rewrite).toBeNull();
    }
  });
});

describe('proxy.ts as deployed', () => {
  const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(new URL(path, 'http://docs.test'), { headers, nextConfig: { trailingSlash: true } });

  it('knows the files the site serves: generated ones, public/ and build assets', async () => {
    for (const path of ['/icon.svg', '/robots.txt', '/sitemap.xml', '/og/es/access-auth.png', '/figures/monitor/login.svg', '/_next/static/chunks/any.js']) {
      const response = await proxy(request(path));
      expect([response.status, response.headers.get('content-language')], path).toEqual([200, null]);
    }
    for (const path of ['/favicon.ico', '/og/xx/access-auth.png', '/og/es/nope.png', '/figures/nope.svg', '/pagefind/x', '/robots.txt/', '/_next/static/chunks/any.js/']) {
      const response = await proxy(request(path, { 'accept-language': 'fr' }));
      expect(response.headers.get('content-language'), path).toBe('fr');
    }
  });

  it('never sees a request with content or of Next.js’s router, which go to the route handler instead', () => {
    const sees = (headers: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url: 'http://docs.test/en/docs/', headers });
    expect(sees({})).toBe(true);
    expect(sees({ 'content-length': '0' })).toBe(true);
    expect(sees({ 'content-length': '12' })).toBe(false);
    expect(sees({ 'content-length': '000100' })).toBe(false);
    expect(sees({ 'transfer-encoding': 'chunked' })).toBe(false);
    expect(sees({ rsc: '1' })).toBe(false);
    expect(sees({ 'next-router-state-tree': '%5B%5D' })).toBe(false);
    // The matcher is a literal (Next.js reads it without running code): it must say what lib/serving.ts says.
    expect(config.matcher[0]?.missing).toEqual([...REQUEST_CONTENT, ...ROUTER_REQUEST]);
  });
});

describe('next.config.ts routing', () => {
  const route = (headers: Record<string, string>) =>
    unstable_getResponseFromNextConfig({ url: 'http://docs.test/en/docs/', nextConfig, headers: { ...headers } });

  it('sends requests with content and requests for a payload to the refusing route handler, and what the proxy marked as not found to the 404 page', async () => {
    expect(getRewrittenUrl(await route({ 'content-length': '5' }))).toBe(`http://docs.test${REFUSED_PATH}`);
    expect(getRewrittenUrl(await route({ 'transfer-encoding': 'chunked' }))).toBe(`http://docs.test${REFUSED_PATH}`);
    expect(getRewrittenUrl(await route({ rsc: '1' }))).toBe(`http://docs.test${REFUSED_PATH}`);
    expect(getRewrittenUrl(await route({ 'next-router-prefetch': '1' }))).toBe(`http://docs.test${REFUSED_PATH}`);
    expect(getRewrittenUrl(await route({ [NOT_FOUND_HEADER]: '1' }))).toBe(`http://docs.test${UNMATCHED_PATH}`);
    // Content is refused before anything else; a payload before the 404 page.
    expect(getRewrittenUrl(await route({ [NOT_FOUND_HEADER]: '1', rsc: '1' }))).toBe(`http://docs.test${REFUSED_PATH}`);
    expect(getRewrittenUrl(await route({}))).toBeNull();
  });
});
