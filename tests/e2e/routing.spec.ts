import { readFileSync } from 'node:fs';
import { CACHE_CONTROL } from '../../lib/security-headers';
import { GUIDE, expect, interactive, test } from './fixtures';
import { header, rawRequest } from './raw-http';

/** The 404 page's heading in a language, from its catalog. */
function notFoundTitle(locale: string): string {
  return JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8')).notFound.title;
}

test.describe('redirects', () => {
  test('a browser lands on the guide in its language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(GUIDE);
    expect(new URL(page.url()).pathname).toBe(`/es${GUIDE}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await context.close();
  });

  test('the language root opens the docs home, which lists the guide', async ({ page }) => {
    await page.goto('/es');
    expect(new URL(page.url()).pathname).toBe('/es/docs/');
    await expect(page.locator(`main a[href="/es${GUIDE}"]`)).toHaveCount(1);
  });

  test('a language root redirects permanently, with a relative Location', async ({ baseURL }) => {
    const response = await rawRequest(baseURL ?? '', '/es/');
    expect(response.status).toBe(308);
    expect(header(response, 'location')).toBe('/es/docs/');
  });
});

test.describe('404s', () => {
  type Case = { name: string; path: string; acceptLanguage?: string; locale: string; staticLocale?: string; follow?: boolean };
  const cases: Case[] = [
    { name: 'an unknown page', path: '/en/docs/no-such-guide/', acceptLanguage: 'es', locale: 'en' },
    { name: 'an unknown page in Spanish', path: '/es/nada/', acceptLanguage: 'en', locale: 'es' },
    { name: 'the 404 page’s own URL', path: '/es/404/', locale: 'es' },
    { name: 'an unknown language', path: `/nl${GUIDE}`, acceptLanguage: 'es', locale: 'es' },
    { name: 'a language code in the wrong case', path: '/ES/docs/', acceptLanguage: 'es', locale: 'es' },
    { name: 'a regional language code in the wrong case', path: '/pt-br/docs/', acceptLanguage: 'pt-BR', locale: 'pt-BR' },
    { name: 'an unprefixed unknown page', path: '/docs/no-such-guide/', acceptLanguage: 'es', locale: 'es' },
    { name: 'a malformed path in a language', path: '/es/docs/%E0%A4%A/', acceptLanguage: 'en', locale: 'es' },
    // Next.js adds the trailing slash first (one 308); nginx answers at once.
    { name: 'a malformed path without its trailing slash', path: '/es/docs/%E0%A4%A', acceptLanguage: 'en', locale: 'es', follow: true },
    // nginx rejects a malformed request line before reading its headers, so
    // it cannot know the reader's language (README, "Deployment").
    { name: 'a malformed path without a language', path: '/%ZZ/', acceptLanguage: 'es', locale: 'es', staticLocale: 'en' },
    { name: 'a file that does not exist', path: '/missing.txt', acceptLanguage: 'es', locale: 'es' },
    { name: 'a build artefact that is not a page', path: '/404.html', locale: 'en' },
  ];

  for (const c of cases) {
    test(`${c.name} gets the 404 page in its language, with status 404`, async ({ baseURL }, testInfo) => {
      const headers: Record<string, string> = c.acceptLanguage ? { 'Accept-Language': c.acceptLanguage } : {};
      let response = await rawRequest(baseURL ?? '', c.path, headers);
      if (c.follow && response.status === 308) {
        expect(header(response, 'location')).toBe(`${c.path}/`);
        response = await rawRequest(baseURL ?? '', `${c.path}/`, headers);
      }
      const locale = (testInfo.project.name !== 'server' && c.staticLocale) || c.locale;
      expect(response.status).toBe(404);
      expect(response.text).toContain(`<html lang="${locale}"`);
      expect(response.text).toMatch(new RegExp(`<h1[^>]*>${notFoundTitle(locale)}</h1>`));
      expect(response.text).toMatch(/<meta name="robots" content="noindex/);
      // A CDN must not keep a 404 after the page is published.
      expect(header(response, 'cache-control')).toBe(CACHE_CONTROL.notFound);
      expect(header(response, 'content-language')).toBe(locale);
    });
  }

  test('the 404 page reads without JavaScript, in the reader’s language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/es/no-existe/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).toHaveText(notFoundTitle('es'));
    await expect(page.locator('main a[href="/es/docs/"]')).toBeVisible();
    await context.close();
  });

  test('the 404 page’s language switcher leads to each language’s docs home', async ({ page }) => {
    await page.goto('/en/no-such-page/');
    await page.locator('details.language-menu summary').click();
    const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
    await expect(link).toHaveAttribute('href', '/es/docs/');
  });

  const HOSTILE_HEADERS: Record<string, string>[] = [
    {},
    { 'Accept-Language': ';;,*', Cookie: 'NEXT_LOCALE=%; x=%%' },
    { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.example' },
  ];

  test('no input makes the server fail', async ({ baseURL }) => {
    const hostile = [
      '/%', '/%%', '/%ZZ', '/%00', '/%c0%ae%c0%ae/', '/..%2f..%2fetc%2fpasswd', '//', '///en//docs//', '/en/docs/?q=%ZZ',
      '/en/docs/%2e%2e/%2e%2e/', `/${'a'.repeat(3000)}`, '/en/\u00e9/', '/docs/monitor/access-auth/?%', '/_next/static/%ZZ',
      '/og/xx/none.png', '/pagefind/%ZZ', '/en/docs/monitor/access-auth/index.html',
    ];
    for (const path of hostile) {
      for (const headers of HOSTILE_HEADERS) {
        const response = await rawRequest(baseURL ?? '', path, headers);
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(200);
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      }
    }
  });
});

test.describe('language switcher', () => {
  test('links to the same page in the other language without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en${GUIDE}`);
    await page.locator('details.language-menu summary').click();
    const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
    await expect(link).toHaveAttribute('href', `/es${GUIDE}`);
    await expect(link).toHaveAttribute('hreflang', 'es');
    await context.close();
  });

  test('keeps the section the reader is on', async ({ page }) => {
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await page.evaluate(() => document.getElementById('security-model')?.scrollIntoView({ block: 'start' }));
    await page.locator('details.language-menu summary').click();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(`**/es${GUIDE}#security-model`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const top = await page.locator('#security-model').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
  });

  test('marks the current language', async ({ page }) => {
    await page.goto(`/es${GUIDE}`);
    await page.locator('details.language-menu summary').click();
    const nav = page.getByRole('navigation', { name: 'Idioma' });
    await expect(nav.locator('[aria-current="true"]')).toContainText('Español');
    await expect(nav.getByRole('link', { name: 'English' })).toHaveAttribute('href', `/en${GUIDE}`);
  });
});
