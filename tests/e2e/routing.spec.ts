import { GUIDE, expect, interactive, test } from './fixtures';

test.describe('language negotiation', () => {
  test('/ goes to the English docs home without hints', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': '' } });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/en\/docs\/$/);
  });

  test('/ follows Accept-Language', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'es-AR,es;q=0.9' } });
    expect(response.headers().location).toMatch(/\/es\/docs\/$/);
  });

  test('/ picks the first supported language of Accept-Language', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'fr-FR,fr;q=0.9,es;q=0.8,en;q=0.5' } });
    expect(response.headers().location).toMatch(/\/es\/docs\/$/);
  });

  test('an unprefixed page keeps its path', async ({ request }) => {
    const response = await request.get(GUIDE, { maxRedirects: 0, headers: { 'accept-language': 'es' } });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(new RegExp(`/es${GUIDE}$`));
  });

  test('the NEXT_LOCALE cookie wins over Accept-Language', async ({ request }) => {
    const response = await request.get(GUIDE, {
      maxRedirects: 0,
      headers: { 'accept-language': 'en-US', cookie: 'NEXT_LOCALE=es' },
    });
    expect(response.headers().location).toMatch(new RegExp(`/es${GUIDE}$`));
  });

  test('malformed headers and cookies fall back to English', async ({ request }) => {
    const response = await request.get('/', {
      maxRedirects: 0,
      headers: { 'accept-language': ';;q=x,,*;q=', cookie: 'NEXT_LOCALE=%E0%A4%A' },
    });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/en\/docs\/$/);
  });

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
});

test.describe('404s', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['an unknown page', '/en/docs/no-such-guide/', {}],
    ['an unknown page in Spanish', '/es/nada/', {}],
    ['an unknown language', `/fr${GUIDE}`, { 'accept-language': 'es' }],
    ['a malformed path', '/en/%E0%A4%A/', {}],
    ['a malformed path without a language', '/%ZZ/', { 'accept-language': 'es' }],
    ['a file that does not exist', '/missing.txt', {}],
  ];

  for (const [name, path, headers] of cases) {
    test(`${name} is a 404 page, not an error`, async ({ request }) => {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      expect(html).toMatch(/noindex/);
    });
  }

  test('a malformed path without its trailing slash still ends on the 404 page', async ({ request }) => {
    const response = await request.get('/en/docs/%E0%A4%A');
    expect(response.status()).toBe(404);
    expect(await response.text()).toMatch(/<html lang="en"/);
  });

  test('the 404 page speaks the reader’s language', async ({ page }) => {
    const response = await page.goto('/es/no-existe/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('h1')).not.toHaveText('This page does not exist');
    await expect(page.locator('main a[href="/es/docs/"]')).toBeVisible();
  });
});

test.describe('language switcher', () => {
  test('links to the same page in the other language without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en${GUIDE}`);
    const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
    await expect(link).toHaveAttribute('href', `/es${GUIDE}`);
    await expect(link).toHaveAttribute('hreflang', 'es');
    await context.close();
  });

  test('keeps the section the reader is on', async ({ page }) => {
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await page.locator('#security-model').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('security-model')?.scrollIntoView({ block: 'start' }));
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' }).click();
    await page.waitForURL(`**/es${GUIDE}#security-model`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const top = await page.locator('#security-model').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(200);
  });

  test('marks the current language', async ({ page }) => {
    await page.goto(`/es${GUIDE}`);
    const nav = page.getByRole('navigation', { name: 'Idioma' });
    await expect(nav.locator('[aria-current="true"]')).toContainText('Español');
    await expect(nav.getByRole('link', { name: 'English' })).toHaveAttribute('href', `/en${GUIDE}`);
  });
});
