import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { createLocaleProxy } from '@/i18n/locale-proxy';
import { routing } from '@/i18n/routing';

/** A proxy whose 404 page says which language it is in. */
const notFound = vi.fn((_request: NextRequest, locale: string) => new Response(`404 page (${locale})`, { headers: { 'content-type': 'text/html' } }));
const proxy = createLocaleProxy({ locales: routing.locales, defaultLocale: routing.defaultLocale, notFound });

async function run(path: string, headers: Record<string, string> = {}) {
  const response = await proxy(new NextRequest(new URL(path, 'http://docs.test'), { headers, nextConfig: { trailingSlash: true } }));
  return {
    status: response.status,
    location: response.headers.get('location'),
    body: response.status === 404 ? await response.text() : null,
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
    rewrite: response.headers.get('x-middleware-rewrite'),
  };
}

describe('proxy: redirects', () => {
  it('sends / to the docs home in the reader’s language, uncached and varying by language', async () => {
    expect(await run('/')).toMatchObject({ status: 307, location: 'http://docs.test/en/docs/', cacheControl: 'no-store', vary: 'Accept-Language, Cookie' });
    expect(await run('/', { 'accept-language': 'es-MX,es;q=0.9' })).toMatchObject({ status: 307, location: 'http://docs.test/es/docs/' });
  });

  it('sends a language root to its docs home, permanently', async () => {
    expect(await run('/es')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/' });
    expect(await run('/es/')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/' });
  });

  it('keeps the page and the query of an unprefixed page', async () => {
    const result = await run('/docs/monitor/access-auth?from=forum', { cookie: 'NEXT_LOCALE=es' });
    expect(result).toMatchObject({ status: 307, location: 'http://docs.test/es/docs/monitor/access-auth/?from=forum' });
  });
});

describe('proxy: pages', () => {
  it('lets the pages of a language through, untouched', async () => {
    for (const path of ['/es/docs/monitor/access-auth/', '/en/docs/', '/en/docs/translation-status/']) {
      expect(await run(path)).toMatchObject({ status: 200, location: null, rewrite: null });
    }
  });
});

describe('proxy: 404s', () => {
  it('answers an unknown page of a language with that language’s 404 page', async () => {
    expect(await run('/es/docs/no-such-page/', { 'accept-language': 'en' })).toMatchObject({ status: 404, body: '404 page (es)', cacheControl: 'no-store', vary: null });
  });

  it('never serves the 404 page’s own URL as a page', async () => {
    expect(await run('/en/404/')).toMatchObject({ status: 404, body: '404 page (en)' });
    expect(await run('/es/404')).toMatchObject({ status: 404, body: '404 page (es)' });
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
