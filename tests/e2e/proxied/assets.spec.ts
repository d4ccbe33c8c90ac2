import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { CACHE_CONTROL } from '../../../lib/security-headers';
import { GUIDE, expect, test } from '../fixtures';
import { header, rawRequest } from '../raw-http';

// Runs only against the Node.js target behind nginx (deploy/nginx-node.conf),
// whose /_next/static/ location serves the build's files without Node.js.

test('nginx serves the build’s hashed assets itself: Brotli, the right type, cached for a year, with the site’s headers', async ({ baseURL }) => {
  const base = baseURL ?? '';
  const page = await rawRequest(base, `/en${GUIDE}`);
  const assets = [...page.text.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(css|js))"/g)].map(([, url = '', kind = '']) => ({ url, kind }));
  expect(assets.map((a) => a.kind)).toEqual(expect.arrayContaining(['css', 'js']));
  for (const { url, kind } of assets) {
    const response = await rawRequest(base, url, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status, url).toBe(200);
    // Next.js itself never sends Brotli: this came from the pre-compressed file.
    expect(header(response, 'content-encoding'), url).toBe('br');
    expect(header(response, 'content-type'), url).toMatch(kind === 'css' ? /^text\/css; charset=utf-8$/i : /^(application|text)\/javascript; charset=utf-8$/i);
    expect(header(response, 'cache-control'), url).toBe(CACHE_CONTROL.immutable);
    expect(header(response, 'vary'), url).toMatch(/Accept-Encoding/);
    expect(header(response, 'x-content-type-options'), url).toBe('nosniff');
    expect(header(response, 'content-security-policy'), url).toMatch(/default-src 'self'/);
    expect(response.headers.get('strict-transport-security'), url).toEqual(['max-age=63072000; includeSubDomains']);
    const file = readFileSync(path.join('.next', 'static', url.slice('/_next/static/'.length)));
    expect(brotliDecompressSync(response.body).equals(file), url).toBe(true);
  }
  // A client that accepts only gzip gets gzip; one that accepts nothing, the file itself.
  const [first] = assets;
  expect(header(await rawRequest(base, first?.url ?? '', { 'Accept-Encoding': 'gzip' }), 'content-encoding')).toBe('gzip');
  const plain = await rawRequest(base, first?.url ?? '');
  expect(header(plain, 'content-encoding')).toBeUndefined();
  expect(plain.body.equals(readFileSync(path.join('.next', 'static', (first?.url ?? '').slice('/_next/static/'.length))))).toBe(true);
});
