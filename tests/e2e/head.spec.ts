import { GUIDE, LOCALES, expect, test } from './fixtures';

const SITE = process.env.NEXT_PUBLIC_SITE_URL ?? 'https://proxmenux.com';
const OG_LOCALE = {
  en: 'en_US',
  de: 'de_DE',
  es: 'es_ES',
  fr: 'fr_FR',
  it: 'it_IT',
  'pt-BR': 'pt_BR',
  ru: 'ru_RU',
  'zh-Hans': 'zh_CN',
  ar: 'ar_AR',
} as const;

for (const locale of LOCALES) {
  test(`head tags of the guide (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}${GUIDE}`);
    const head = page.locator('head');
    const meta = (selector: string) => head.locator(selector).getAttribute('content');
    const url = `${SITE}/${locale}${GUIDE}`;

    const title = await page.title();
    expect(title.length).toBeGreaterThan(20);
    expect(await meta('meta[name="description"]')).toMatch(/\S{20,}/);
    const keywords = (await meta('meta[name="keywords"]'))?.split(',') ?? [];
    expect(keywords.length).toBeGreaterThan(0);
    for (const keyword of keywords) expect(keyword.trim()).toMatch(/\S/);

    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    for (const other of LOCALES) {
      await expect(head.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute('href', `${SITE}/${other}${GUIDE}`);
    }
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${SITE}/en${GUIDE}`);

    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:url"]')).toBe(url);
    expect(await meta('meta[property="og:site_name"]')).toBe('ProxMenux');
    expect(await meta('meta[property="og:locale"]')).toBe(OG_LOCALE[locale]);
    const alternates = await head.locator('meta[property="og:locale:alternate"]').evaluateAll((ms) => ms.map((m) => m.getAttribute('content')));
    expect(alternates).toEqual(LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l]));
    expect(await meta('meta[property="og:title"]')).toMatch(/\S/);
    expect(await meta('meta[property="og:description"]')).toMatch(/\S/);
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(new RegExp(`^${SITE.replace(/[.]/g, '\\.')}/`));
    expect(await meta('meta[property="og:image:width"]')).toBe('1200');
    expect(await meta('meta[property="og:image:height"]')).toBe('630');

    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta('meta[name="twitter:title"]')).toMatch(/\S/);
    expect(await meta('meta[name="twitter:description"]')).toMatch(/\S/);
    expect(await meta('meta[name="twitter:image"]')).toBe(image);

    // The card image is served by this site, as a 1200x630 PNG.
    const response = await page.request.get(new URL(image ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
}

test('the Spanish head is in Spanish', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  const english = await page.title();
  await page.goto(`/es${GUIDE}`);
  expect(await page.title()).not.toBe(english);
});

for (const locale of LOCALES) {
  test(`the docs home has its own social card (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/docs/`);
    const meta = (selector: string) => page.locator(`head ${selector}`).getAttribute('content');
    expect(await meta('meta[property="og:type"]')).toBe('website');
    const image = await meta('meta[property="og:image"]');
    expect(image).toBe(`${SITE}/og/${locale}/docs-home.png`);
    expect(await meta('meta[property="og:image:alt"]')).toMatch(/\S/);
    const png = await (await page.request.get(new URL(image ?? '').pathname)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}
