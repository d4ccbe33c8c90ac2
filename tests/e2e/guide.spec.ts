import { existsSync, readFileSync } from 'node:fs';
import { localeConfig } from '../../i18n/locales';
import type { Page } from '@playwright/test';
import { GUIDES, LOCALES, expect, readOnly, sharedPage } from './fixtures';

/** The site chrome's catalog of a language, for texts the page must show as they are. */
const common = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8'));

// What every guide must get right, in every language, read on one loaded
// page per guide and language (sharedPage: these tests only read it).
for (const guide of GUIDES) {
  for (const locale of LOCALES) {
    readOnly.describe(`guide ${guide.page.id} (${locale})`, () => {
      const path = `/${locale}${guide.path}`;
      const shared = sharedPage(path);

      readOnly('has the right language on <html> in the server HTML', async ({ request }) => {
        const html = await (await request.get(path)).text();
        expect(html).toMatch(new RegExp(`<html lang="${locale}" dir="${localeConfig[locale].dir}"`));
        await expect(shared().locator('html')).toHaveAttribute('lang', locale);
      });

      readOnly('renders the header and every section in order', async () => {
      const page = shared();
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('.doc-header__badge')).toHaveText('ProxMenux Monitor');
        // The reading time: a number of minutes, in the page's own digits.
        await expect(page.locator('.doc-header__meta')).toContainText(/\p{Nd}+/u);
        const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
        expect(ids).toEqual(guide.sectionIds);
        const firstTexts = await page
          .locator('section[aria-labelledby]')
          .evaluateAll((sections) => Object.fromEntries(sections.map((s) => [s.getAttribute('aria-labelledby'), s.querySelector('p, li')?.textContent?.trim() ?? ''])));
        for (const id of guide.sectionIds) expect(firstTexts[id], `the first paragraph or item of #${id}`).toMatch(/\S/);
      });

      readOnly('has the same heading ids, in order, as every other language', async () => {
        // Every h2 and h3 of the document, as other pages and languages link to them.
        const ids = await shared().locator('article :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
        expect(ids).toEqual(guide.headingIds);
      });

      readOnly('gives every heading a visible anchor link on keyboard focus', async () => {
      const page = shared();
        const id = guide.sectionIds.at(-1) ?? '';
        const anchor = page.locator(`#${id} a.doc-heading__anchor`);
        await expect(anchor).toHaveAttribute('href', `#${id}`);
        await anchor.focus();
        await expect(anchor).toHaveCSS('opacity', '1');
        await anchor.blur();
        const count = await page.locator('article :is(h2, h3)[id]').count();
        await expect(page.locator('article :is(h2, h3)[id] > a.doc-heading__anchor')).toHaveCount(count);
      });

      readOnly('renders every table with a header row and filled body rows', async () => {
        const tables = await shared()
          .locator('.doc-table table')
          .evaluateAll((ts) =>
            ts.map((t) => ({
              header: t.querySelector('thead th')?.textContent?.trim() ?? '',
              rows: t.querySelectorAll('tbody tr').length,
              emptyCells: [...t.querySelectorAll('th, td')].filter((c) => !c.textContent?.trim()).length,
            })),
          );
        expect(tables.length).toBeGreaterThan(0);
        for (const table of tables) {
          expect(table.header).not.toBe('');
          expect(table.rows).toBeGreaterThan(0);
          expect(table.emptyCells).toBe(0);
        }
      });

      readOnly('shows every snippet exactly once, verbatim', async () => {
        const texts = await shared().locator('.code-block pre').allTextContents();
        expect(texts).toHaveLength(guide.snippets.length);
        expect([...texts].sort()).toEqual([...guide.snippets].sort());
      });

      readOnly('opens external links in a new tab, safely, with a spoken hint', async () => {
        const links = await shared()
          .locator('article a[target="_blank"]')
          .evaluateAll((as) =>
            as.map((a) => ({
              href: a.getAttribute('href') ?? '',
              rel: a.getAttribute('rel'),
              // An icon drawn by the stylesheet, not read out.
              icon: getComputedStyle(a, '::after').maskImage,
              hint: a.querySelector('.sr-only')?.textContent ?? null,
            })),
          );
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          expect(link, link.href).toEqual({ href: link.href, rel: 'noopener noreferrer', icon: expect.stringMatching(/^url\("data:image\/svg/), hint: ` ${common(locale).links.newTab}` });
        }
      });

      readOnly('keeps internal links inside the reader’s language', async () => {
        const hrefs = await shared()
          // Pages, not files: a figure links to its own image, which has no language.
          .locator('a[href^="/"]:not(.language-switcher a, .doc-figure a)')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}(/|$)`));
      });

      readOnly('is readable without JavaScript', async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(path);
        await expect(page.locator('article h2')).toHaveCount(guide.sectionIds.length);
        // Every code block shows one of the guide's snippets, character for character, and each snippet shows.
        const shown = await page.locator('.code-block pre').allTextContents();
        expect(shown.sort()).toEqual([...guide.snippets].sort());
        await context.close();
      });

      if (guide.page.id === 'accessAuth') accessAuthContent(locale, shared);
      if (guide.page.id === 'integrations') integrationsContent(locale, shared);
    });
  }
}

type Shared = () => Page;

// What the Access & Authentication guide itself must show, in every language.
function accessAuthContent(locale: string, shared: Shared) {
  readOnly('keeps the anchors other pages link to', async () => {
    const page = shared();
    await expect(page.locator('h3#security-model')).toBeVisible();
    await expect(page.locator('h3#recovering-password')).toBeVisible();
    // The Integrations guide links to these.
    for (const id of ['api-tokens', 'https', 'reverse-proxy']) await expect(page.locator(`h2#${id}`)).toBeVisible();
  });

  readOnly('shows its figures, each loaded, with alt text and a caption', async () => {
    const page = shared();
    const expected = GUIDES.find((guide) => guide.page.id === 'accessAuth')?.figures ?? [];
    expect(expected.length).toBeGreaterThan(0);
    const figures = page.locator('figure.doc-figure');
    await expect(figures).toHaveCount(expected.length);
    for (const [i, figure] of (await figures.all()).entries()) {
      const img = figure.locator('img');
      await expect(img).toHaveAttribute('alt', /\S{10,}/);
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      await expect(img).toHaveAttribute('src', expected[i]?.src ?? '');
      // The image loads in full once it is in view (it is lazy). Sections
      // off screen take their real height only when rendered
      // (content-visibility), which can move the figure away again: it is
      // brought back into view until it has loaded, as a reader would.
      await expect
        .poll(async () => {
          await figure.scrollIntoViewIfNeeded();
          return img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth);
        })
        .toBe(expected[i]?.width);
    }
  });

  readOnly('nests the two ways to add the account under their step', async () => {
    const page = shared();
    const steps = page.locator('section[aria-labelledby="two-factor-authentication"] ol').first();
    const withSubSteps = steps.locator(':scope > li').filter({ has: page.locator('ul') });
    await expect(withSubSteps).toHaveCount(1);
    // The step that has them comes after the one that opens the setup, and both ways are there.
    const ways = withSubSteps.locator('ul > li');
    expect(await ways.count()).toBeGreaterThanOrEqual(2);
    for (const way of await ways.all()) await expect(way.locator('em').first()).not.toBeEmpty();
  });

  readOnly('opens links to other sites in a new tab, and the rest of proxmenux.com in the same one', async () => {
    const links = await shared()
      .locator('article a[href^="http"]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', newTab: a.getAttribute('target') === '_blank' })));
    expect(links.some((link) => link.newTab)).toBe(true);
    for (const link of links) expect(link, link.href).toEqual({ href: link.href, newTab: new URL(link.href).origin !== 'https://proxmenux.com' });
  });

  readOnly('points "where next" at the docs: this site’s guides here, the others on the public docs, in the reader’s language where they have it and marked English where not', async () => {
    const page = shared();
    const links = page.locator('section[aria-labelledby="where-next"] li > a');
    // The public docs (proxmenux.com) are in English and Spanish.
    const publicDocs = locale === 'en' || locale === 'es' ? locale : 'en';
    const read = await links.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), hreflang: a.getAttribute('hreflang'), mark: a.querySelector('.link-language')?.textContent?.trim() ?? null, newTab: a.getAttribute('target') === '_blank' })),
    );
    const elsewhere = (path: string) => ({
      href: `https://proxmenux.com/${publicDocs}${path}`,
      hreflang: publicDocs === locale ? null : 'en',
      mark: publicDocs === locale ? null : common(locale).links.inEnglish,
      newTab: false,
    });
    expect(read).toEqual([
      elsewhere('/docs/monitor/api'),
      // The Integrations guide is a page of this site.
      { href: `/${locale}/docs/monitor/integrations/`, hreflang: null, mark: null, newTab: false },
      elsewhere('/docs/monitor/dashboard/security'),
      elsewhere('/docs/security/fail2ban'),
      elsewhere('/docs/settings/proxmenux-monitor'),
    ]);
  });

  if (locale === 'es') {
    readOnly('the Spanish page is translated, with the Monitor’s UI labels kept in English', async () => {
      const page = shared();
      await expect(page.locator('h1')).not.toHaveText('Access & Authentication');
      await expect(page.locator('#first-launch')).not.toHaveText(/First launch/);
      // The buttons table names the buttons as the reader sees them on screen.
      await expect(page.locator('.doc-table').first().locator('tbody th')).toHaveText(['Yes, Setup Password', 'No, Continue Without Protection']);
      // No English fallback is marked on the complete Spanish page.
      await expect(page.locator('article [lang="en"]')).toHaveCount(0);
    });
  }
}

// The Integrations guide, written in English first.
function integrationsContent(locale: string, shared: Shared) {
  // Until a language has the guide's catalog, its page shows the English text (tests/unit/fallback-page.test.tsx renders that case on fixture catalogs).
  const translated = locale === 'en' || existsSync(`messages/${locale}/docs/monitor/integrations.json`);
  readOnly('says first, before any recipe, that a token is a full administrator key', async () => {
    const page = shared();
    // The article opens with the header, then this warning, before the first section.
    const first = page.locator('article .callout').first();
    await expect(first).toHaveClass(/callout--danger/);
    // In the reader's language once the guide is translated, in English until then.
    const catalog = `messages/${translated ? locale : 'en'}/docs/monitor/integrations.json`;
    const { intro } = JSON.parse(readFileSync(catalog, 'utf8')) as { intro: { keyTitle: string } };
    await expect(first.locator('.callout__title')).toHaveText(intro.keyTitle);
    if (locale === 'en') await expect(first).toContainText('root shell');
    const [callout, section] = await Promise.all([first.boundingBox(), page.locator('article h2').first().boundingBox()]);
    expect(callout?.y ?? Infinity).toBeLessThan(section?.y ?? 0);
  });

  readOnly(translated ? 'is complete in the reader’s language' : 'shows the English text, marked as such, under the notice in the reader’s language', async () => {
    const page = shared();
    const notice = page.locator('.translation-notice');
    if (translated) {
      await expect(notice).toHaveCount(0);
      await expect(page.locator('article [lang="en"]')).toHaveCount(0);
      return;
    }
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link')).toHaveAttribute('href', new RegExp(`/edit/main/messages/${locale}/docs/monitor/integrations\\.json$`));
    // The English prose is marked, so screen readers and right-to-left pages handle it as English.
    await expect(page.locator('article h1 [lang="en"]')).toHaveText('Integrations');
    await expect(page.locator('article h2 [lang="en"]').first()).toHaveAttribute('dir', 'ltr');
  });

  readOnly('sends readers to the access guide’s sections in their own language', async () => {
    const page = shared();
    const hrefs = await page.locator('section[aria-labelledby="where-next"] li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `/${locale}/docs/monitor/access-auth/#api-tokens`,
      `/${locale}/docs/monitor/access-auth/#https`,
      `/${locale}/docs/monitor/access-auth/#reverse-proxy`,
      `/${locale}/docs/monitor/access-auth/#recovering-password`,
      `https://proxmenux.com/${locale === 'en' || locale === 'es' ? locale : 'en'}/docs/security/fail2ban`,
    ]);
  });
}
