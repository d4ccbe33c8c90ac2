import type { Page } from '@playwright/test';
import { GUIDE, expect, interactive, test } from './fixtures';

/** Opens search on the access guide (from the button, or with a shortcut) and types the query; returns the dialog once results show. */
async function search(page: Page, query: string, open: 'button' | '/' = 'button') {
  await page.goto(`/en${GUIDE}`);
  await interactive(page);
  if (open === 'button') await page.getByRole('button', { name: /Search/ }).click();
  else await page.keyboard.press(open);
  const dialog = page.getByRole('dialog');
  // The first opening loads Pagefind's UI.
  await expect(dialog.getByRole('searchbox')).toBeFocused({ timeout: 10_000 });
  await page.keyboard.type(query);
  await expect(dialog.getByRole('status')).toContainText(`for “${query}”`, { timeout: 10_000 });
  await expect(dialog.locator('.search-hit').first()).toBeVisible();
  return dialog;
}

test('result titles and excerpts do not show the headings’ “#” links', async ({ page }) => {
  const dialog = await search(page, 'TOTP');
  const titles = await dialog.locator(':is(.search-result__page, .search-hit__title)').allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);
  for (const title of titles) expect(title).not.toContain('#');
  // A heading's text runs into the excerpt of its section: no "#" after it.
  // (A "#" in a command, as a shell comment, stands apart from the word before.)
  for (const excerpt of await dialog.locator('.search-hit__excerpt').allInnerTexts()) expect(excerpt).not.toMatch(/[^\s#]#(\s|$)/);
});

test('an excerpt cut out of a longer section shows “…” where it is cut', async ({ page }) => {
  // PBKDF2 is named in the middle of the security model's table, long text on both sides.
  const dialog = await search(page, 'PBKDF2');
  const hit = dialog.locator('a.search-hit[href$="#security-model"]');
  await expect(hit).toBeVisible();
  const excerpt = (await hit.locator('.search-hit__excerpt').innerText()).trim();
  expect(excerpt).toMatch(/^… \S/);
  expect(excerpt).toMatch(/\S …$/);
  await expect(hit.locator('mark').first()).toContainText(/PBKDF2/i);
});

test.describe('Escape', () => {
  for (const open of ['button', '/'] as const) {
    test(`closes the dialog the first time, with results shown, and focus goes back to the search button (opened with ${open === '/' ? '/' : 'the button'})`, async ({ page }) => {
      const dialog = await search(page, 'nginx', open);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: /Search/ })).toBeFocused();
    });
  }

  test('closes the dialog the first time right after text came from an input method (IME)', async ({ page }) => {
    const dialog = await search(page, 'contrase');
    const compositions = await dialog.getByRole('searchbox').evaluateHandle((input) => {
      const ended: string[] = [];
      input.addEventListener('compositionend', (event) => ended.push((event as CompositionEvent).data));
      return ended;
    });
    // A character composed with an input method, as a dead key or a Chinese IME gives it, then Escape at once.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'ñ', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: 'ñ' });
    await page.keyboard.press('Escape');
    expect(await compositions.evaluate((ended) => ended)).toEqual(['ñ']);
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: /Search/ })).toBeFocused();
  });

  test('with focus on a result, closes the dialog the first time', async ({ page }) => {
    const dialog = await search(page, 'nginx');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('.search-hit').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: /Search/ })).toBeFocused();
  });
});

test('a page matching in several sections lists several of them, in page order, each opening its section', async ({ page }) => {
  const dialog = await search(page, 'TOTP');
  const result = dialog.locator('.search-result').filter({ has: page.locator(`a[href^="/en${GUIDE}#"]`) });
  await expect(result).toHaveCount(1);
  await expect(result.locator('.search-result__page')).toHaveText('Access & Authentication');
  const hrefs = await result.locator('a.search-hit').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(1);
  expect(hrefs.length).toBeLessThanOrEqual(3);
  const ids = hrefs.map((href) => decodeURIComponent(href.slice(href.indexOf('#') + 1)));
  expect(new Set(ids).size).toBe(ids.length);
  // In the order of the page, which is the guide this test searches from.
  const order = await page.evaluate((list) => list.map((id) => [...document.querySelectorAll('article [id]')].findIndex((el) => el.id === id)), ids);
  expect(order.every((i) => i >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  // Each has its own title and text; the last one opens its section.
  for (const hit of await result.locator('a.search-hit').all()) {
    await expect(hit.locator('.search-hit__title')).not.toBeEmpty();
    await expect(hit.locator('.search-hit__excerpt')).not.toBeEmpty();
  }
  await result.locator('a.search-hit').last().click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#${ids.at(-1)}$`));
  await expect(page.locator(`[id="${ids.at(-1)}"]`)).toBeInViewport();
});
