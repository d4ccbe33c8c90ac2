import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { renderedGuide } from '../unit/support/guide';
import { FALLBACK_FIXTURE } from './fallback-fixture';
import { GUIDE, expect, test } from './fixtures';

// These tests run in the `fallback` project, against the site built with
// Spanish catalogs that lack the messages in FALLBACK_FIXTURE.removed.

/** The English text a reader sees for a message: the guide's with its verbatim values filled in. */
function englishText(file: string, key: string): string {
  let text: unknown;
  if (file === 'docs/monitor/access-auth.json') {
    text = renderedGuide('en').get(key);
  } else {
    text = JSON.parse(readFileSync(`messages/en/${file}`, 'utf8'));
    for (const segment of key.split('.')) text = text && typeof text === 'object' ? (text as Record<string, unknown>)[segment] : undefined;
  }
  if (typeof text !== 'string') throw new Error(`no English message at ${file}:${key}`);
  return text.replace(/<\/?[a-zA-Z]+>/g, '');
}

const removed = Object.entries(FALLBACK_FIXTURE.removed).flatMap(([file, keys]) => keys.map((key) => englishText(file, key)));

/** Text marked as English, leaving out links to the English pages (the language switcher and lists). */
async function markedEnglish(page: Page): Promise<string[]> {
  return page.locator('[lang="en"]:not(html):not([hreflang]):not(.language-menu *)').allTextContents();
}

test('a page with missing Spanish messages says so, in Spanish, and links to help', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  const notice = page.locator('.translation-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toHaveAttribute('role', 'note');
  await expect(notice).toHaveAttribute('data-fallback-count', String(removed.length));
  await expect(notice).toContainText('Partes de esta página aún no están traducidas al español');
  const help = notice.getByRole('link', { name: /Ayuda a traducir esta página/ });
  await expect(help).toHaveAttribute('href', /\/edit\/main\/messages\/es\/docs\/monitor\/access-auth\.json$/);
});

test('every English fallback fragment is marked lang="en", in the article and the chrome', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const texts = await markedEnglish(page);
  // Each missing message is marked wherever it appears (a heading also in
  // the table of contents), and nothing else is.
  for (const text of removed) expect(texts).toContain(text);
  expect([...new Set(texts)].sort()).toEqual([...new Set(removed)].sort());
  // The rest of the page is still Spanish.
  await expect(page.locator('#first-launch')).not.toContainText('First launch');
});

test('a page whose own text is complete still flags the missing chrome', async ({ page }) => {
  await page.goto('/es/docs/');
  await expect(page.locator('.translation-notice')).toHaveAttribute('data-fallback-count', '1');
  expect(await markedEnglish(page)).toEqual([englishText('common.json', 'site.footerNote')]);
});

test('the fallback page stays accessible', async ({ page }) => {
  await page.goto(`/es${GUIDE}`);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the English page has no notice', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await expect(page.locator('.translation-notice')).toHaveCount(0);
  expect(await markedEnglish(page)).toEqual([]);
});

test('the translation status page shows the gap', async ({ page }) => {
  await page.goto('/en/docs/translation-status/');
  const row = page.locator('tbody tr').filter({ has: page.locator('th', { hasText: 'Español' }) });
  // Columns after the language: coverage, translated, missing, …
  await expect(row.locator('td').nth(2)).toHaveText(String(removed.length));
});
