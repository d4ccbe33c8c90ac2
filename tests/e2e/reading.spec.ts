import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { FULL_HISTORY, GUIDE, GUIDES, LOCALES, DOCUMENT, expect, interactive, test } from './fixtures';

/** Each token class's colour (`d3` → `8b949e`) as the shipped stylesheet gives it. */
const CODE_COLOURS = new Map(
  [...readFileSync('app/code-theme.css', 'utf8').matchAll(/\.([dl]\d+) \{ color: #([0-9a-f]{6}); \}/g)].map((m) => [m[1], m[2]] as const),
);

const DARK_BACKGROUND = 'rgb(11, 17, 32)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

async function headingsOf(page: Page) {
  return page.locator('article :is(h2, h3)[id]').evaluateAll((hs) =>
    hs.map((h) => ({ id: h.id, level: h.tagName, text: (h.firstChild?.textContent ?? '').trim() || (h.textContent ?? '').replace(/#$/, '').trim() })),
  );
}

async function tocListsEveryHeading(page: Page, path: string) {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(path);
  // At this width the table of contents is the column beside the article.
  const toc = page.locator('.toc-column nav[data-toc]');
  await expect(toc).toBeVisible();
  const entries = await toc.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() })));
  const headings = await headingsOf(page);
  expect(entries.map((e) => e.href)).toEqual(headings.map((h) => `#${h.id}`));
  for (const [i, heading] of headings.entries()) {
    const text = await page.locator(`#${heading.id}`).evaluate((h) => h.textContent?.replace(/#$/, '').trim());
    expect(entries[i]?.text).toBe(text);
  }
  // Nested: h3 entries sit in the list of their h2.
  await expect(toc.locator(':scope > ol > li')).toHaveCount(headings.filter((h) => h.level === 'H2').length);
}

// Every guide other than the access guide, which is checked in every language below.
for (const guide of GUIDES.filter((g) => g.path !== GUIDE)) {
  test(`the ${guide.page.id} guide’s table of contents lists every h2 and h3, in order`, DOCUMENT, async ({ page }) => {
    await tocListsEveryHeading(page, `/en${guide.path}`);
  });
}

for (const locale of LOCALES) {
  test.describe(`table of contents (${locale})`, () => {
    test('lists every h2 and h3, in order, in the page’s language', DOCUMENT, async ({ page }) => {
      await tocListsEveryHeading(page, `/${locale}${GUIDE}`);
    });

    test('links land on their sections and the current one is marked while scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`/${locale}${GUIDE}`);
      const toc = page.locator('.toc-column nav[data-toc]');
      for (const id of ['security-model', 'api-tokens', 'traefik']) {
        await toc.locator(`a[href="#${id}"]`).click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        await expect.poll(() => page.locator(`#${id}`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(160);
        await expect(toc.locator(`a[href="#${id}"]`)).toHaveAttribute('aria-current', 'location');
        await expect(toc.locator('a[aria-current]')).toHaveCount(1);
      }
      // Scrolling by hand moves the mark too.
      await page.evaluate(() => document.getElementById('fail2ban')?.scrollIntoView());
      await expect(toc.locator('a[href="#fail2ban"]')).toHaveAttribute('aria-current', 'location');
    });
  });
}

// Marking an entry happens after the first paint: if the mark changed the
// entry's text box (a bolder, wider text), its text would move, a layout
// shift the reader sees and Lighthouse counts. Both directions.
for (const locale of ['en', 'ar'] as const) {
  test(`marking the section being read moves no text of the table of contents (${locale})`, DOCUMENT, async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`/${locale}${GUIDE}`);
    await interactive(page);
    const moved = await page.locator('.toc-column nav[data-toc] a').evaluateAll((links) =>
      links.flatMap((a) => {
        const textBox = () => {
          const range = document.createRange();
          range.selectNodeContents(a);
          const box = range.getBoundingClientRect();
          return [box.left, box.top, box.width, box.height].map((v) => v.toFixed(2)).join(', ');
        };
        const was = a.getAttribute('aria-current');
        a.removeAttribute('aria-current');
        const plain = textBox();
        a.setAttribute('aria-current', 'location');
        const marked = textBox();
        if (was === null) a.removeAttribute('aria-current');
        else a.setAttribute('aria-current', was);
        return plain === marked ? [] : [`${a.getAttribute('href')}: ${plain} -> ${marked}`];
      }),
    );
    expect(moved).toEqual([]);
  });
}

test('narrow screens get a collapsible table of contents at the top', DOCUMENT, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/en${GUIDE}`);
  const details = page.locator('details.toc-box');
  await expect(details.locator('nav')).toBeHidden();
  await expect(details).not.toHaveAttribute('open');
  await details.locator('summary').click();
  await details.getByRole('link', { name: 'Security model' }).click();
  await expect(page).toHaveURL(/#security-model$/);
});

test('without JavaScript the table of contents is a column of working anchor links on wide screens', DOCUMENT, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`/en${GUIDE}`);
  await expect(page.locator('.toc-column nav')).toBeVisible();
  await expect(page.locator('details.toc-box')).toBeHidden();
  const hrefs = await page.locator('.toc-column a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(20);
  for (const href of hrefs) await expect(page.locator(href)).toHaveCount(1);
  await context.close();
});

test('without JavaScript no control is shown that needs it: the search button and the theme choice are left out', DOCUMENT, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`/en${GUIDE}`);
  await expect(page.locator('.search-button')).toBeHidden();
  await expect(page.locator('.theme-select')).toBeHidden();
  await expect(page.locator('.copy-button').first()).toBeHidden();
  // What works without JavaScript stays: the language menu.
  await expect(page.locator('details.language-menu summary')).toBeVisible();
  await context.close();
});

test('with JavaScript the search button and the theme choice are there', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  await expect(page.locator('.search-button')).toBeVisible();
  await expect(page.getByLabel('Theme')).toBeVisible();
});

test('screenshots open at full size, and are dimmed in the dark theme until pointed at', DOCUMENT, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  // Dark on the first visit; the reader's later choice (light, below) is kept.
  await page.addInitScript(() => localStorage.getItem('theme') ?? localStorage.setItem('theme', 'dark'));
  await page.goto(`/en${GUIDE}`);
  const figure = page.locator('figure.doc-figure').first();
  const img = figure.locator('img');
  const src = await img.getAttribute('src');
  expect(src).toBeTruthy();
  await expect(figure.locator('a')).toHaveAttribute('href', src ?? '');
  // Named by the image's own alternative text.
  await expect(figure.getByRole('link', { name: (await img.getAttribute('alt')) ?? '' })).toHaveCount(1);
  await expect(img).toHaveCSS('filter', 'brightness(0.8)');
  await figure.locator('a').focus();
  await expect(img).toHaveCSS('filter', 'none');
  await page.evaluate(() => localStorage.setItem('theme', 'light'));
  await page.reload();
  await expect(page.locator('figure.doc-figure img').first()).toHaveCSS('filter', 'none');
});

test.describe('themes', () => {
  test('the choice survives a reload, and the first paint already has it', async ({ page }) => {
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_BACKGROUND);

    // Record the theme when the document is parsed and the background of the
    // first frame, before any enhancement's script has set itself up.
    await page.addInitScript(() => {
      const record = window as unknown as { firstPaint: string; parsedDark: boolean };
      document.addEventListener('DOMContentLoaded', () => {
        record.parsedDark = document.documentElement.classList.contains('dark');
        requestAnimationFrame(() => {
          record.firstPaint = getComputedStyle(document.body).backgroundColor;
        });
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { parsedDark: boolean }).parsedDark)).toBe(true);
    await expect.poll(() => page.evaluate(() => (window as unknown as { firstPaint?: string }).firstPaint)).toBe(DARK_BACKGROUND);
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    await interactive(page);

    await page.getByLabel('Theme').selectOption('light');
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { parsedDark: boolean }).parsedDark)).toBe(false);
    await expect.poll(() => page.evaluate(() => (window as unknown as { firstPaint?: string }).firstPaint)).toBe(LIGHT_BACKGROUND);
  });

  test('follows the system until a choice is made', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`/es${GUIDE}`);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByLabel('Tema')).toHaveValue('system');
    await interactive(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await context.close();
  });

  test('code blocks switch with the theme', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(`/en${GUIDE}`);
    // Tokens are coloured by a class per theme: d<n> in dark, l<n> in light,
    // whose colours app/code-theme.css gives.
    const keyword = page.locator('.code-block pre span', { hasText: /^server$/ }).first();
    const classes = (await keyword.getAttribute('class')) ?? '';
    const dark = CODE_COLOURS.get(/\bd\d+\b/.exec(classes)?.[0] ?? '');
    const light = CODE_COLOURS.get(/\bl\d+\b/.exec(classes)?.[0] ?? '');
    expect(dark).toBeDefined();
    expect(light).toBeDefined();
    expect(light).not.toBe(dark);
    const hex = (rgb: string) => `${(rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    expect(hex(await keyword.evaluate((el) => getComputedStyle(el).color))).toBe(dark);
    await interactive(page);
    await page.getByLabel('Theme').selectOption('light');
    await expect.poll(async () => hex(await keyword.evaluate((el) => getComputedStyle(el).color))).toBe(light);
  });
});

test.describe('small screens', () => {
  for (const path of [`/en${GUIDE}`, `/es${GUIDE}`, '/es/docs/', '/en/docs/translation-status/', '/es/nope/']) {
    test(`no horizontal scrolling at 320 px: ${path}`, DOCUMENT, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test('the header folds into a menu', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    const toggle = page.getByRole('button', { name: 'Menu' });
    const language = page.locator('details.language-menu > summary');
    await expect(language).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(language).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(language).toBeHidden();
  });

  test('tap targets are at least 24 px', DOCUMENT, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    const small = await page
      .locator('header a, header button, header select, .code-block button, details.toc-box summary, .page-actions a, .page-actions button, .page-feedback a, footer a')
      .evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ el }) => el),
      );
    expect(small).toEqual([]);
  });
});

test('print shows the article only, with wrapped code and link targets', DOCUMENT, async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.docs-nav', '.toc-box', '.toc-column', '.copy-button']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('.code-block pre').first()).toHaveCSS('white-space', 'pre-wrap');
  const after = await page.locator('article a[href="https://tailscale.com/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://tailscale.com/');
});

test.describe('search', () => {
  const cases = [
    // The best match is the section the word is about, not the first that
    // mentions it: it is among the sections the page's result lists.
    { locale: 'en', query: 'TOTP', expect: /#two-factor-authentication$/ },
    { locale: 'es', query: 'contraseña', expect: /#(password-authentication|recovering-password)$/ },
  ];
  for (const c of cases) {
    test(`finds the guide for “${c.query}” (${c.locale}) and opens the section`, async ({ page }) => {
      await page.goto(`/${c.locale}/docs/`);
      await interactive(page);
      await page.getByRole('button', { name: c.locale === 'es' ? /Buscar/ : /Search/ }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const input = dialog.getByRole('searchbox');
      await expect(input).toBeFocused();
      await input.fill(c.query);
      // The access guide's result (another guide may mention the word too).
      const first = dialog.locator('.search-result').filter({ has: page.locator(`a.search-hit[href^="/${c.locale}/docs/monitor/access-auth/#"]`) }).first();
      await expect(first.locator('.search-hit').first()).toBeVisible({ timeout: 10_000 });
      const hrefs = await first.locator('a.search-hit').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${c.locale}/docs/monitor/access-auth/#`));
      const best = hrefs.find((href) => c.expect.test(href));
      expect(best, `one of ${hrefs.join(', ')}`).toMatch(c.expect);
      await expect(dialog.getByRole('status')).toContainText(c.query);
      await first.locator(`a.search-hit[href="${best}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${c.locale}/docs/monitor/access-auth/#`));
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  }

  test('opens with / and Ctrl+K, and closes with Escape', async ({ page }) => {
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await page.keyboard.press('/');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto(`/en${GUIDE}`);
    await interactive(page);
    await page.keyboard.press('/');
    await page.getByRole('dialog').getByRole('searchbox').fill('zzqxqxzz');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText('No results for “zzqxqxzz”.');
  });
});

test('the footer shows when the page was last updated, in the reader’s format, and links to its catalog', DOCUMENT, async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  const footer = page.getByRole('contentinfo');
  // A shallow clone has no trustworthy date, so none is shown there.
  if (FULL_HISTORY) await expect(footer).toContainText(/Última actualización: \d{1,2} de [a-záéíóú]+ de \d{4}/);
  else await expect(footer).not.toContainText('Última actualización');
  await expect(footer.getByRole('link', { name: /Editar esta traducción/ })).toHaveAttribute('href', /\/edit\/main\/messages\/es\/docs\/monitor\/access-auth\.json$/);
  await page.goto(`/en${GUIDE}`);
  if (FULL_HISTORY) await expect(page.getByRole('contentinfo')).toContainText(/Last updated: [A-Z][a-z]+ \d{1,2}, \d{4}/);
  else await expect(page.getByRole('contentinfo')).not.toContainText('Last updated');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /Edit this page/ })).toHaveAttribute('href', /messages\/en\/docs\/monitor\/access-auth\.json$/);
});

test('every page links to the catalog its text comes from', DOCUMENT, async ({ page }) => {
  const catalogs = {
    '/es/docs/': 'messages/es/docs/index.json',
    '/es/docs/translation-status/': 'messages/es/docs/translation-status.json',
    // The 404 page's text is in the site's shared catalog.
    '/es/nada/': 'messages/es/common.json',
  };
  for (const [path, file] of Object.entries(catalogs)) {
    await page.goto(path);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: /Editar esta traducción/ })).toHaveAttribute('href', new RegExp(`/edit/main/${file.replaceAll('.', '\\.')}$`));
  }
});
