import { cspDirectives as directives, expect, interactive, test } from '../fixtures';

// Runs only against the static export served by nginx (deploy/nginx.conf).

test('the static export hashes each page’s own inline scripts in a meta policy', async ({ page }) => {
  await page.goto('/es/docs/monitor/access-auth/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scripts = directives(meta ?? '').get('script-src') ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
  expect(scripts.filter((s) => s.startsWith("'sha256-")).length).toBe(inline);
  // The page works under the policy: the copy button runs (console CSP errors fail every test).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await interactive(page);
  await page.locator('.code-block').first().getByRole('button').click();
  await expect(page.locator('.code-block').first().getByRole('button')).toHaveAttribute('data-state', 'copied');
});

test('caching: hashed assets for a year, pages briefly', async ({ request, page }) => {
  await page.goto('/en/docs/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script ?? '');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const html = await request.get('/en/docs/');
  expect(html.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
  const redirect = await request.get('/', { maxRedirects: 0 });
  expect(redirect.headers().vary).toMatch(/Accept-Language/);
});

test('/index.html picks the reader’s language in the browser, and falls back without JavaScript', async ({ browser }) => {
  const spanish = await browser.newContext({ locale: 'es-ES' });
  const page = await spanish.newPage();
  await page.goto('/index.html');
  await page.waitForURL('**/es/docs/');
  await spanish.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'es-ES' });
  const fallback = await noScript.newPage();
  const response = await fallback.request.get('/index.html');
  const html = await response.text();
  expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="0; url=\/en\/docs\/"\/?><\/noscript>/);
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"\/?>/);
  await fallback.goto('/index.html');
  await fallback.waitForURL('**/en/docs/');
  await noScript.close();
});
