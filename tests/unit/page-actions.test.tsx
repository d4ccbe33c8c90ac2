// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderServer, toDocument } from './support/render';

/*
 * What a reader finds next to a guide's title (its Markdown, the page opened
 * in an assistant) and at its end (feedback as prefilled issues): plain
 * links in the reader's language, no script.
 */
const common = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8')) as {
  doc: { actions: Record<string, string> };
  feedback: Record<string, string>;
};

async function guide(locale: string): Promise<Document> {
  const { default: GuideRoute } = await import('@/app/[locale]/docs/[...slug]/page');
  const params = Promise.resolve({ locale, slug: ['monitor', 'access-auth'] });
  return toDocument(await renderServer(await GuideRoute({ params } as PageProps<'/[locale]/docs/[...slug]'>)));
}

describe.each(['en', 'ar'])('the guide in %s', (locale) => {
  const messages = common(locale);
  const url = `https://proxmenux.com/${locale}/docs/monitor/access-auth/`;

  it('offers its Markdown, to read or copy, and two assistants under the title, in the reader’s language', async () => {
    const doc = await guide(locale);
    const list = doc.querySelector('.doc-header h1 + ul.page-actions');
    expect(list?.getAttribute('aria-label')).toBe(messages.doc.actions.label);
    const links = [...(list?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => a.firstChild?.textContent)).toEqual([messages.doc.actions.markdown, messages.doc.actions.chatgpt, messages.doc.actions.claude]);
    // Relative to the page, whose address ends with a slash: the guide's Markdown.
    expect(new URL(links[0]?.getAttribute('href') ?? '', url).href).toBe(`${url}index.md`);
    expect(links[0]?.getAttribute('type')).toBe('text/markdown');
    // Copying fetches the same file; the button says so in the reader's language.
    const copy = list?.querySelector('copy-button');
    expect(copy?.getAttribute('data-src')).toBe(links[0]?.getAttribute('href'));
    expect(copy?.querySelector('button')?.textContent).toBe(messages.doc.actions.copy);
    expect(copy?.getAttribute('data-status-copied')).toBe(messages.doc.actions.copied);
    // It names the link to use instead by its text on the page.
    expect(copy?.getAttribute('data-status-failed')).toBe(messages.doc.actions.copyFailed?.replace('{label}', messages.doc.actions.markdown ?? ''));
    expect(copy?.querySelector('[role="status"]')).not.toBeNull();
    const prompt = messages.doc.actions.prompt?.replace('{url}', url);
    const chatgpt = new URL(links[1]?.getAttribute('href') ?? '');
    expect(chatgpt.origin).toBe('https://chatgpt.com');
    expect(chatgpt.searchParams.get('q')).toBe(prompt);
    const claude = new URL(links[2]?.getAttribute('href') ?? '');
    expect(`${claude.origin}${claude.pathname}`).toBe('https://claude.ai/new');
    expect(claude.searchParams.get('q')).toBe(prompt);
    // They leave the site: a new tab, said to screen readers.
    for (const a of links.slice(1)) expect(a.getAttribute('target')).toBe('_blank');
  });

  it('asks whether the page helped, each answer opening a prefilled issue with the page and the language', async () => {
    const doc = await guide(locale);
    const feedback = doc.querySelector('article .page-feedback');
    expect(feedback?.textContent).toContain(messages.feedback.question);
    const issues = [...(feedback?.querySelectorAll('a') ?? [])].map((a) => ({ text: a.firstChild?.textContent, url: new URL(a.getAttribute('href') ?? '') }));
    const answers = issues.slice(0, 2);
    expect(answers.map((a) => a.text)).toEqual([messages.feedback.yes, messages.feedback.no]);
    for (const { url: issue } of issues) {
      expect(`${issue.origin}${issue.pathname}`).toBe('https://github.com/MacRimi/ProxMenux/issues/new');
      expect(issue.searchParams.get('body')).toContain(`Page: ${url}`);
      expect(issue.searchParams.get('body')).toContain(`Language: ${locale}`);
      expect(issue.searchParams.get('title')).toMatch(new RegExp(`^\\[${locale}\\] `));
    }
    if (locale === 'en') {
      expect(issues).toHaveLength(2);
    } else {
      expect(issues[2]?.text).toBe(messages.feedback.translation);
      expect(issues[2]?.url.searchParams.get('body')).toContain(`File: messages/${locale}/docs/monitor/access-auth.json`);
    }
  });
});
