import { CACHE_CONTROL } from '../../lib/security-headers';
import { LLMS_ROOT_PATH, llmsPath, markdownPath } from '../../lib/routes';
import { GUIDES, LOCALES, expect, test } from './fixtures';
import { header, rawRequest } from './raw-http';

/*
 * Each guide as Markdown next to its page, and the llms.txt files, as the
 * deployment serves them (scripts/build-text-files.ts writes them before
 * the build): status, type, caching and content, and the page's head
 * announcing its Markdown.
 */
const SITE = process.env.NEXT_PUBLIC_SITE_URL ?? 'https://proxmenux.com';
const MARKDOWN = 'text/markdown; charset=utf-8';
const PLAIN = 'text/plain; charset=utf-8';
const type = (value: string | undefined) => value?.toLowerCase().replace(/\s+/g, ' ');

for (const locale of LOCALES) {
  test(`every guide in ${locale} has its Markdown next to it, announced in its head`, async ({ page, baseURL }) => {
    for (const guide of GUIDES) {
      await page.goto(`/${locale}${guide.path}`);
      const path = markdownPath(locale, guide.page.path);
      await expect(page.locator('head link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', `${SITE}${path}`);
      const h1 = ((await page.locator('h1').textContent()) ?? '').trim();
      const version = ((await page.locator('.doc-header__version').textContent()) ?? '').trim();
      const headings = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));

      const response = await rawRequest(baseURL ?? '', path);
      expect(response.status, path).toBe(200);
      expect(type(header(response, 'content-type')), path).toBe(MARKDOWN);
      expect(header(response, 'cache-control'), path).toBe(CACHE_CONTROL.page);
      const markdown = response.text;
      expect(markdown.startsWith(`# ${h1}\n`), path).toBe(true);
      expect(version).toMatch(/1\.2\.4/);
      expect(markdown).toContain(version);
      expect(markdown).toContain(`${SITE}/${locale}${guide.path}`);
      for (const id of headings) expect(markdown).toMatch(new RegExp(`^## .+ \\{#${id}\\}$`, 'm'));
      for (const code of guide.snippets.slice(0, 3)) expect(markdown).toContain(code);
    }
  });
}

test('the Markdown is served compressed with its type kept', async ({ baseURL }) => {
  const path = markdownPath('ar', GUIDES[0]?.page.path ?? '');
  const response = await rawRequest(baseURL ?? '', path, { 'Accept-Encoding': 'br, gzip' });
  expect(response.status).toBe(200);
  expect(type(header(response, 'content-type'))).toBe(MARKDOWN);
  // rawRequest decodes the body: Arabic text comes back intact whatever the encoding.
  expect(response.text).toMatch(/^# [\u0600-\u06FF]/);
});

test('llms.txt at the root points to each language’s files', async ({ baseURL }) => {
  const response = await rawRequest(baseURL ?? '', LLMS_ROOT_PATH);
  expect(response.status).toBe(200);
  expect(type(header(response, 'content-type'))).toBe(PLAIN);
  expect(response.text).toMatch(/^# .+\n\n> .+/);
  for (const locale of LOCALES) {
    expect(response.text).toContain(`(${SITE}${llmsPath(locale)})`);
    expect(response.text).toContain(`(${SITE}${llmsPath(locale, true)})`);
  }
});

for (const locale of LOCALES) {
  test(`llms.txt and llms-full.txt in ${locale} list and carry every guide`, async ({ baseURL }) => {
    const base = baseURL ?? '';
    const list = await rawRequest(base, llmsPath(locale));
    expect(list.status).toBe(200);
    expect(type(header(list, 'content-type'))).toBe(PLAIN);
    const full = await rawRequest(base, llmsPath(locale, true));
    expect(full.status).toBe(200);
    expect(type(header(full, 'content-type'))).toBe(PLAIN);
    for (const guide of GUIDES) {
      const path = markdownPath(locale, guide.page.path);
      // `- [Title](url): description`, and the URL is served.
      const line = new RegExp(`^- \\[(.+)\\]\\(${(SITE + path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): \\S.+$`, 'm').exec(list.text);
      expect(line, path).not.toBeNull();
      const markdown = await rawRequest(base, path);
      expect(markdown.status, path).toBe(200);
      expect(markdown.text.startsWith(`# ${line?.[1]}\n`), path).toBe(true);
      expect(full.text).toContain(markdown.text);
    }
  });
}

test('a Markdown or llms file that does not exist gets the 404 page', async ({ baseURL }) => {
  for (const path of ['/en/docs/monitor/no-such-guide/index.md', '/en/docs/index.md', '/en/llms-partial.txt', '/xx/llms.txt']) {
    const response = await rawRequest(baseURL ?? '', path);
    expect(response.status, path).toBe(404);
    expect(type(header(response, 'content-type')), path).toBe('text/html; charset=utf-8');
  }
});
