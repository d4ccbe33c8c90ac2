import { CACHE_CONTROL } from '../../lib/security-headers';
import { GUIDE, expect, test } from './fixtures';
import { header, rawRequest } from './raw-http';

/** Every deployment tells caches the same thing about each kind of response (lib/security-headers.ts). */
test('caching: pages and permanent redirects briefly, images for a day, hashed assets for a year, 404s and negotiated redirects never', async ({ baseURL }) => {
  const base = baseURL ?? '';
  const page = await rawRequest(base, `/en${GUIDE}`);
  expect(header(page, 'cache-control')).toBe(CACHE_CONTROL.page);

  // Content-hashed: the stylesheet, and the enhancements' scripts (the only scripts the static export has).
  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(page.text)?.[1];
  const script = /<script type="module" async="" src="(\/enhancements\/[^"]+\.js)"/.exec(page.text)?.[1];
  for (const asset of [stylesheet, script]) {
    expect(asset).toBeDefined();
    const response = await rawRequest(base, asset ?? '');
    expect(response.status, asset).toBe(200);
    expect(header(response, 'cache-control'), asset).toBe(CACHE_CONTROL.immutable);
  }

  for (const image of ['/figures/monitor/login.svg', '/og/en/access-auth.png', '/icon.svg', '/apple-touch-icon.png']) {
    const response = await rawRequest(base, image);
    expect(response.status, image).toBe(200);
    expect(header(response, 'cache-control'), image).toBe(CACHE_CONTROL.image);
  }
  for (const file of ['/sitemap.xml', '/robots.txt']) {
    expect(header(await rawRequest(base, file), 'cache-control'), file).toBe(CACHE_CONTROL.page);
  }

  const redirect = await rawRequest(base, '/', { 'Accept-Language': 'es' });
  expect(redirect.status).toBe(307);
  expect(header(redirect, 'cache-control')).toBe(CACHE_CONTROL.negotiated);
  expect(header(redirect, 'vary')).toMatch(/Accept-Language/);
  expect(header(redirect, 'vary')).toMatch(/Cookie/);

  // A language's root leads to its docs home for as long as a page is kept, no longer.
  const root = await rawRequest(base, '/es/');
  expect(root.status).toBe(308);
  expect(header(root, 'cache-control')).toBe(CACHE_CONTROL.redirect);

  const missing = await rawRequest(base, '/en/no-such-page/');
  expect(missing.status).toBe(404);
  expect(header(missing, 'cache-control')).toBe(CACHE_CONTROL.notFound);
});
