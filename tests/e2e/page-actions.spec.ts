import { GUIDE, expect, interactive, test } from './fixtures';

/**
 * What the page actions and the feedback links look like on the page as it
 * ships: the issue a reader opens names the page, its language and, on a
 * translation, the catalog file; and search does not find the actions,
 * which are the same on every guide.
 */
test('the feedback links open an issue that names the page, its language and its catalog (ar)', async ({ page }) => {
  await page.goto(`/ar${GUIDE}`);
  const links = page.locator('article .page-feedback a');
  const issues = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(issues.length).toBeGreaterThanOrEqual(3);
  const url = `https://proxmenux.com/ar${GUIDE}`;
  for (const href of issues) {
    const issue = new URL(href);
    expect(`${issue.origin}${issue.pathname}`).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
    expect(issue.searchParams.get('title')).toMatch(/^\[ar\] access-auth: \S/);
    expect(issue.searchParams.get('body')).toContain(`Page: ${url}\nLanguage: ar\n`);
  }
  // The translation report names the file a translator edits.
  const report = new URL(issues.at(-1) ?? '');
  expect(report.searchParams.get('body')).toContain('File: messages/ar/docs/monitor/access-auth.json');
  // Each says it opens a new tab, in Arabic.
  await expect(links.last()).toHaveAttribute('target', '_blank');
  await expect(links.last().locator('.sr-only')).not.toHaveText(/new tab/);
});

test('search does not find the page actions', async ({ page }) => {
  await page.goto('/en/docs/');
  await interactive(page);
  await page.getByRole('button', { name: /Search/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('ChatGPT');
  // Searched (Pagefind may still match an unrelated word loosely): no hit is the actions' text.
  await expect(dialog.getByRole('status')).toContainText('for “ChatGPT”', { timeout: 10_000 });
  expect(await dialog.locator('.search-hit').allTextContents()).not.toContainEqual(expect.stringContaining('ChatGPT'));
});
