import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { FALLBACK_FIXTURE } from './fallback-fixture';
import { GUIDE, expect, test } from './fixtures';

// These tests run in the `fallback` project, against the site built with a
// Spanish catalog that lacks FALLBACK_FIXTURE.removedKeys.

const english: unknown = JSON.parse(readFileSync(`messages/en/${FALLBACK_FIXTURE.file}`, 'utf8'));
function englishText(key: string): string {
  let node = english;
  for (const segment of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  if (typeof node !== 'string') throw new Error(`no English message at ${key}`);
  return node;
}
const plain = (message: string) => message.replace(/<\/?[a-zA-Z]+>/g, '');

test('a page with missing Spanish messages says so, in Spanish, and links to help', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  const notice = page.locator('.translation-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveAttribute('role', 'note');
  await expect(notice).toHaveAttribute('data-fallback-count', String(FALLBACK_FIXTURE.removedKeys.length));
  await expect(notice).toContainText('Partes de esta página aún no están traducidas al español');
  const help = notice.getByRole('link', { name: /Ayuda a traducir esta página/ });
  await expect(help).toHaveAttribute('href', /\/edit\/main\/messages\/es\/docs\/monitor\/access-auth\.json$/);
});

test('every English fallback fragment is marked lang="en"', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const texts = await page.locator('article [lang="en"]').allTextContents();
  const expected = FALLBACK_FIXTURE.removedKeys.map((key) => plain(englishText(key)));
  // Each missing message is marked wherever it appears (a heading also in
  // the table of contents), and nothing else is.
  for (const text of expected) expect(texts).toContain(text);
  expect([...new Set(texts)].sort()).toEqual([...new Set(expected)].sort());
  // The rest of the page is still Spanish.
  await expect(page.locator('#first-launch')).not.toContainText('First launch');
});

test('the fallback page stays accessible', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the English page has no notice', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await expect(page.locator('.translation-notice')).toHaveCount(0);
  await expect(page.locator('article [lang="en"]')).toHaveCount(0);
});

test('the translation status page shows the gap', async ({ page }) => {
  await page.goto('/en/docs/translation-status/');
  const row = page.locator('tbody tr').filter({ has: page.locator('th', { hasText: 'Español' }) });
  // Columns after the language: coverage, translated, missing, …
  await expect(row.locator('td').nth(2)).toHaveText(String(FALLBACK_FIXTURE.removedKeys.length));
});
