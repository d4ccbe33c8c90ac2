import { readFileSync } from 'node:fs';
import { DOCUMENTS } from '../../guides/registry';
import { feedbackSections } from '../../lib/document/sections';
import type { Page } from '@playwright/test';
import type { JsonObject } from '../../lib/catalog/tree';
import { GUIDE, expect, interactive, test } from './fixtures';

/**
 * The feedback links on the guide as it ships: once the reader has scrolled
 * to a section, the issue a link opens names that section and, on the
 * translation report, the message keys of its h2 (enhancements/feedback-links.ts).
 */
const english: JsonObject = JSON.parse(readFileSync('messages/en/docs/monitor/access-auth.json', 'utf8'));
const keys = feedbackSections(DOCUMENTS.accessAuth, english, ['header.title', 'header.description']);

/** Scrolls a heading to the top of the reading area, as the table of contents does. */
async function readAt(page: Page, id: string) {
  await page.evaluate((heading) => document.getElementById(heading)?.scrollIntoView(), id);
  await expect.poll(() => page.locator(`#${id}`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(200);
}

/**
 * Activates a feedback link where it is, without scrolling to it (a real
 * click would bring the page's end into view first), and returns the issue's
 * text it then leads to. The page keeps the tab: the link is not followed.
 */
async function activate(page: Page, index: number): Promise<string> {
  await page.evaluate(() => window.addEventListener('click', (event) => event.preventDefault()));
  const link = page.locator('article .page-feedback a').nth(index);
  await link.dispatchEvent('click');
  return new URL((await link.getAttribute('href')) ?? '').searchParams.get('body') ?? '';
}

test('the translation report names the section read and the keys of its h2 (ru)', async ({ page }) => {
  await page.goto(`/ru${GUIDE}`);
  await interactive(page);
  await readAt(page, 'real-client-ip');
  const body = await activate(page, 2);
  const url = `https://proxmenux.com/ru${GUIDE}`;
  expect(body).toContain(
    `Page: ${url}\nLanguage: ru\nSection: ${url}#real-client-ip\nFile: messages/ru/docs/monitor/access-auth.json\nMessages: ${keys['reverse-proxy']}\n\n`,
  );
  // The answers name the section, not the keys.
  const answer = await activate(page, 0);
  expect(answer).toContain(`Language: ru\nSection: ${url}#real-client-ip\n\n`);
  expect(answer).not.toContain('Messages:');
});

test('in English the answers name the section, and no keys are on the page', async ({ page }) => {
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  await expect(page.locator('feedback-links')).not.toHaveAttribute('sections');
  await readAt(page, 'https');
  const body = await activate(page, 0);
  expect(body).toContain(`Language: en\nSection: https://proxmenux.com/en${GUIDE}#https\n\n`);
  expect(body).not.toContain('Messages:');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the links name the page, its language and its catalog, as served', async ({ page }) => {
    await page.goto(`/ru${GUIDE}#https`);
    const href = await page.locator('article .page-feedback a').nth(2).getAttribute('href');
    const body = new URL(href ?? '').searchParams.get('body');
    expect(body).toMatch(/^Page: \S+\nLanguage: ru\nFile: messages\/ru\/docs\/monitor\/access-auth\.json\n\n/);
  });
});
