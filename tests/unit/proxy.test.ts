import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import proxy from '@/proxy';

function request(path: string, headers: Record<string, string> = {}) {
  return new NextRequest(new URL(path, 'http://docs.test'), { headers, nextConfig: { trailingSlash: true } });
}

async function run(path: string, headers: Record<string, string> = {}) {
  const response = await proxy(request(path, headers));
  return {
    status: response.status,
    location: response.headers.get('location'),
    rewrite: response.headers.get('x-middleware-rewrite'),
  };
}

describe('proxy: choosing the reader’s language', () => {
  it('sends / to the English docs home by default', async () => {
    expect(await run('/')).toMatchObject({ status: 307, location: 'http://docs.test/en/docs/' });
  });

  it('sends a language root to its docs home', async () => {
    expect(await run('/es')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/' });
    expect(await run('/es/')).toMatchObject({ status: 308, location: 'http://docs.test/es/docs/' });
  });

  it('follows Accept-Language', async () => {
    const result = await run('/docs/monitor/access-auth', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
    expect(result).toMatchObject({ status: 307, location: 'http://docs.test/es/docs/monitor/access-auth/' });
  });

  it('prefers the NEXT_LOCALE cookie over Accept-Language', async () => {
    const result = await run('/', { cookie: 'NEXT_LOCALE=es', 'accept-language': 'en-US' });
    expect(result.location).toBe('http://docs.test/es/docs/');
  });

  it('ignores a cookie naming an unknown language and falls back to Accept-Language', async () => {
    const result = await run('/', { cookie: 'NEXT_LOCALE=xx', 'accept-language': 'es' });
    expect(result.location).toBe('http://docs.test/es/docs/');
  });

  it.each([
    ['a malformed Accept-Language', { 'accept-language': ';;q=abc,,,*;q=' }],
    ['a malformed cookie', { cookie: 'NEXT_LOCALE=%E0%A4%A; other=%%' }],
    ['an unsupported Accept-Language', { 'accept-language': 'ja-JP' }],
  ])('falls back to English with %s', async (_, headers) => {
    expect(await run('/', headers)).toMatchObject({ status: 307, location: 'http://docs.test/en/docs/' });
  });

  it('lets pages of a locale through', async () => {
    const result = await run('/es/docs/monitor/access-auth/');
    expect(result.status).toBe(200);
    expect(result.location).toBeNull();
  });
});

describe('proxy: 404s', () => {
  it('serves the localized 404 page for an unknown page of a locale', async () => {
    expect(await run('/es/docs/no-such-page')).toMatchObject({ status: 404, rewrite: 'http://docs.test/es/404/' });
  });

  it('serves the 404 page in the reader’s language for an unknown language', async () => {
    expect(await run('/fr/docs/monitor/access-auth', { 'accept-language': 'es' })).toMatchObject({
      status: 404,
      rewrite: 'http://docs.test/es/404/',
    });
    expect(await run('/pt-BR')).toMatchObject({ status: 404, rewrite: 'http://docs.test/en/404/' });
  });

  it('answers malformed paths with a 404, not a crash', async () => {
    expect(await run('/%E0%A4%A')).toMatchObject({ status: 404, rewrite: 'http://docs.test/en/404/' });
    expect(await run('/es/docs/%ZZ')).toMatchObject({ status: 404, rewrite: 'http://docs.test/es/404/' });
  });

  it('lets the rewritten 404 page through instead of rewriting it again', async () => {
    const result = await run('/en/404/');
    expect(result.rewrite).toBeNull();
    expect(result.location).toBeNull();
  });
});

describe('proxy: files', () => {
  it('answers an unknown file name with the 404 page', async () => {
    expect(await run('/missing.txt', { 'accept-language': 'es' })).toMatchObject({ status: 404, rewrite: 'http://docs.test/es/404/' });
    expect(await run('/en/docs/notes.pdf')).toMatchObject({ status: 404, rewrite: 'http://docs.test/en/404/' });
  });
});
