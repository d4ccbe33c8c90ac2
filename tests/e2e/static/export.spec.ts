import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { THEME_SCRIPT } from '../../../components/site/theme-script';
import { COMPRESSED_EXTENSIONS, charsetOffset } from '../../../lib/build/static-export';
import { GUIDE, LOCALES, cspDirectives as directives, expect, interactive, test } from '../fixtures';
import { header, rawRequest } from '../raw-http';

const OUT = 'out';

/** Files of the export, relative to out/, that readers can request. */
function servedFiles(dir = OUT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_nginx' ? [] : servedFiles(full);
    return [path.relative(OUT, full).split(path.sep).join('/')];
  });
}


// Runs only against the static export served by nginx (deploy/nginx.conf).

test('the static export hashes each page’s own inline scripts in a meta policy', async ({ page }) => {
  await page.goto('/es/docs/monitor/access-auth/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scripts = directives(meta ?? '').get('script-src') ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
  expect(scripts.filter((s) => s.startsWith("'sha256-")).length).toBe(inline);
  // The header policy nginx sends is this page's own, with the same hashes and frame-ancestors on top.
  const header = (await page.request.get('/es/docs/monitor/access-auth/')).headers()['content-security-policy'] ?? '';
  expect(directives(header).get('script-src')).toEqual(scripts);
  expect(directives(header).get('frame-ancestors')).toEqual(["'none'"]);
  // The page works under the policy: the copy button runs (console CSP errors fail every test).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await interactive(page);
  await page.locator('.code-block').first().getByRole('button').click();
  await expect(page.locator('.code-block').first().getByRole('button')).toHaveAttribute('data-state', 'copied');
});

test('pages ship no framework runtime and no flight data: only the site’s own scripts', async ({ page }) => {
  const pages = servedFiles().filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const html = readFileSync(path.join(OUT, file), 'utf8');
    expect(html, file).not.toMatch(/__next_f|TURBOPACK|\/_next\/static\/[^"]+\.js|rel="(module)?preload"/);
    for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (attributes.includes('src=')) expect(attributes, file).toMatch(/^ type="module" async="" src="\/enhancements\/[\w-]+\.js"$/);
      else if (attributes !== ' type="application/ld+json"') expect(file === 'index.html' || body === THEME_SCRIPT, `${file}: ${body.slice(0, 80)}`).toBe(true);
    }
  }
  // The runtime's files and the pages' payload files are gone from the export.
  const files = servedFiles();
  expect(files.filter((f) => /^_next\/.*\.js$/.test(f))).toEqual([]);
  expect(files.filter((f) => /(^|\/)(index|__next\.[^/]*)\.txt$/.test(f))).toEqual([]);

  // In the browser: the guide loads its enhancements' scripts, and nothing of Next.js or React.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toMatch(/^\/enhancements\/[\w-]+\.js$/);
  expect(await page.evaluate(() => 'next' in window || '__next_f' in window || 'TURBOPACK' in window)).toBe(false);
});

test('/index.html picks the reader’s language in the browser, and falls back without JavaScript', async ({ browser }) => {
  // The browser's language, and the language the rules of i18n/negotiate.ts give it.
  const cases = { 'es-ES': 'es', 'it-CH': 'it', 'pt-PT': 'pt-BR', 'zh-TW': 'zh-Hans', 'zh-SG': 'zh-Hans', 'ar-EG': 'ar', 'uk-UA': 'en' };
  for (const [browserLocale, expected] of Object.entries(cases)) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/index.html');
    await page.waitForURL(`**/${expected}/docs/`);
    await context.close();
  }
  const withCookie = await browser.newContext({ locale: 'en-US' });
  await withCookie.addCookies([{ name: 'NEXT_LOCALE', value: 'zh-hans', url: test.info().project.use.baseURL ?? '' }]);
  const chosen = await withCookie.newPage();
  await chosen.goto('/index.html');
  await chosen.waitForURL('**/zh-Hans/docs/');
  await withCookie.close();

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

test('every page declares its charset first, within the first 1024 bytes', () => {
  const pages = servedFiles().filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(5);
  for (const file of pages) {
    const html = readFileSync(path.join(OUT, file), 'utf8');
    const at = charsetOffset(html);
    expect(at, file).toBeGreaterThanOrEqual(0);
    expect(at + '<meta charSet="utf-8"/>'.length, file).toBeLessThanOrEqual(1024);
    // Nothing but the opening tags comes before it.
    expect(html.slice(0, html.search(/<meta\s+charset/i)), file).toMatch(/^<!DOCTYPE html><html[^>]*><head>$/i);
  }
});

test('every text response is compressed for a client that accepts it, and identical once decompressed', async ({ baseURL }) => {
  // A language's root page is for hosts without redirects: nginx redirects its folder instead (routes.conf).
  const languageRoot = (f: string) => (LOCALES as readonly string[]).some((l) => f === `${l}/index.html`);
  const files = servedFiles().filter((f) => (COMPRESSED_EXTENSIONS as readonly string[]).includes(path.extname(f)) && f !== '_headers' && !languageRoot(f));
  expect(files.length).toBeGreaterThan(50);
  const kinds = new Set<string>();
  for (const file of files) {
    const original = readFileSync(path.join(OUT, file));
    // A page at its folder's URL (its index.html is not a URL of its own), the root page as a file.
    const url = file !== 'index.html' && file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const response = await rawRequest(baseURL ?? '', url, { 'Accept-Encoding': encoding });
      const where = `${url} (${encoding})`;
      // Next.js's own 404 files and the localized 404 pages are served only as 404s.
      expect([200, 404], where).toContain(response.status);
      expect(header(response, 'content-encoding'), where).toBe(encoding);
      expect(header(response, 'vary'), where).toMatch(/Accept-Encoding/);
      if (response.status === 200) expect(decode(response.body).equals(original), where).toBe(true);
      kinds.add(path.extname(file));
    }
  }
  for (const kind of ['.html', '.js', '.css', '.svg', '.xml', '.json']) expect(kinds).toContain(kind);
  // A client that accepts nothing gets the plain file.
  const plain = await rawRequest(baseURL ?? '', '/en/docs/');
  expect(header(plain, 'content-encoding')).toBeUndefined();
  expect(plain.body.equals(readFileSync(path.join(OUT, 'en/docs/index.html')))).toBe(true);
});
