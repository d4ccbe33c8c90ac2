import type { APIRequestContext } from '@playwright/test';
import { GUIDE, LOCALES, expect, test } from './fixtures';
import { attribute, elements, textOf } from './html';

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

/**
 * A page's head as served (tests/e2e/html.ts), as a crawler or a link
 * preview reads it: the title, each meta element's content by its name or
 * property (all of them, in order), and the links by rel and hreflang.
 */
async function headAt(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const head = elements(await response.text());
  const metas = (key: string) => head.filter((el) => el.tagName === 'meta' && (attribute(el, 'name') ?? attribute(el, 'property')) === key).map((el) => attribute(el, 'content'));
  return {
    title: textOf(head.find((el) => el.tagName === 'title') ?? { type: 'root', children: [] }),
    meta: (key: string) => metas(key)[0],
    metas,
    link: (rel: string, hreflang?: string) =>
      head.filter((el) => el.tagName === 'link' && attribute(el, 'rel') === rel && attribute(el, 'hrefLang') === hreflang).map((el) => attribute(el, 'href')),
  };
}

for (const locale of LOCALES) {
  test(`head tags of the guide (${locale})`, async ({ request }) => {
    const head = await headAt(request, `/${locale}${GUIDE}`);
    const { meta } = head;
    const url = `${SITE}/${locale}${GUIDE}`;

    const title = head.title;
    expect(title.length).toBeGreaterThan(20);
    expect(meta('description')).toMatch(/\S{20,}/);
    const keywords = meta('keywords')?.split(',') ?? [];
    expect(keywords.length).toBeGreaterThan(0);
    for (const keyword of keywords) expect(keyword.trim()).toMatch(/\S/);

    expect(head.link('canonical')).toEqual([url]);
    for (const other of LOCALES) expect(head.link('alternate', other), other).toEqual([`${SITE}/${other}${GUIDE}`]);
    expect(head.link('alternate', 'x-default')).toEqual([`${SITE}/en${GUIDE}`]);

    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(url);
    expect(meta('og:site_name')).toBe('ProxMenux');
    expect(meta('og:locale')).toBe(OG_LOCALE[locale]);
    const alternates = head.metas('og:locale:alternate');
    expect(alternates).toEqual(LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l]));
    expect(meta('og:title')).toMatch(/\S/);
    expect(meta('og:description')).toMatch(/\S/);
    const image = meta('og:image');
    expect(image).toMatch(new RegExp(`^${SITE.replace(/[.]/g, '\\.')}/`));
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');

    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:title')).toMatch(/\S/);
    expect(meta('twitter:description')).toMatch(/\S/);
    expect(meta('twitter:image')).toBe(image);

    // The card image is served by this site, as a 1200x630 PNG.
    const response = await request.get(new URL(image ?? '').pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
}

test('the Spanish head is in Spanish', async ({ request }) => {
  const english = (await headAt(request, `/en${GUIDE}`)).title;
  expect((await headAt(request, `/es${GUIDE}`)).title).not.toBe(english);
});

for (const locale of LOCALES) {
  test(`the docs home has its own social card (${locale})`, async ({ request }) => {
    const { meta } = await headAt(request, `/${locale}/docs/`);
    expect(meta('og:type')).toBe('website');
    const image = meta('og:image');
    expect(image).toBe(`${SITE}/og/${locale}/docs-home.png`);
    expect(meta('og:image:alt')).toMatch(/\S/);
    const png = await (await request.get(new URL(image ?? '').pathname)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}
