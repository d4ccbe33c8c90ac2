import { snippets } from '../../guides/access-auth/snippets';
import { GUIDE, expect, interactive, test } from './fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// The copy button is the same script in every language; one language per
// direction runs it on every block. That every language's code blocks show
// the snippets exactly is checked on each guide in each language
// (tests/e2e/guide.spec.ts, "is readable without JavaScript").
for (const locale of ['en', 'ar']) {
  test(`every copy button copies its exact snippet (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}${GUIDE}`);
    await interactive(page);
    const blocks = page.locator('.code-block');
    const count = await blocks.count();
    expect(count).toBe(Object.keys(snippets).length);
    const expected = new Set<string>(Object.values(snippets).map((s) => s.code));
    const copied = new Set<string>();

    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      const button = block.getByRole('button');
      const shown = await block.locator('pre').textContent();
      await button.click();
      await expect(button).toHaveAttribute('data-state', 'copied');
      await expect(block.getByRole('status')).not.toBeEmpty();
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      expect(clipboard).toBe(shown);
      expect(expected.has(clipboard)).toBe(true);
      copied.add(clipboard);
    }
    expect(copied.size).toBe(expected.size);
  });
}

test('the copy button works from the keyboard', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  const button = page.locator('.code-block').first().getByRole('button', { name: 'Copy code to the clipboard' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copied');
  await expect(page.locator('.code-block').first().getByRole('status')).toHaveText('Code copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippets.reachingUrls.code);
  await expect(button).toBeFocused();
});

test('code blocks scroll inside a focusable region', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/en${GUIDE}`);
  const region = page.locator('.code-block__scroll').filter({ hasText: 'proxy_set_header X-Forwarded-For' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

for (const locale of ['en', 'ar']) {
  test(`“Copy as Markdown” copies the page’s Markdown and says so (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}${GUIDE}`);
    await interactive(page);
    const actions = page.locator('ul.page-actions');
    const markdown = await (await request.get(`/${locale}${GUIDE}index.md`)).text();
    expect(markdown).toMatch(/^# /);
    const button = actions.getByRole('button');
    await button.click();
    await expect(button).toHaveAttribute('data-state', 'copied');
    await expect(actions.getByRole('status')).toHaveText((await actions.locator('copy-button').getAttribute('data-status-copied')) ?? '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  });
}

test('without JavaScript the page actions are plain links, and no copy button shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en${GUIDE}`);
  const actions = page.locator('ul.page-actions');
  await expect(actions.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', 'index.md');
  await expect(actions.getByRole('link', { name: /Open in ChatGPT/ })).toBeVisible();
  await expect(actions.getByRole('link', { name: /Open in Claude/ })).toBeVisible();
  await expect(actions.getByRole('button')).toBeHidden();
  await context.close();
});
