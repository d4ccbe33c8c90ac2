// @vitest-environment jsdom
import { fireEvent } from '@testing-library/dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DOCUMENTS } from '@/guides/registry';
import { issueBody } from '@/enhancements/feedback-links';
import { expandKeys, feedbackSections } from '@/lib/document/sections';
import { renderServer } from './support/render';
import { guideCatalog } from './support/guide';

/*
 * <feedback-links> (enhancements/feedback-links.ts) on the guide as the
 * server renders it: when a feedback link is activated, its issue gains the
 * section the reader is in and, on the translation report, that section's
 * message keys.
 */
const english = guideCatalog('en');

/** The guide's page in the document, upgraded by the element's script, with links that never navigate. */
async function guide(locale: 'en' | 'ru') {
  const { default: GuideRoute } = await import('@/app/[locale]/docs/[...slug]/page');
  const params = Promise.resolve({ locale, slug: ['monitor', 'access-auth'] });
  document.body.innerHTML = await renderServer(await GuideRoute({ params } as PageProps<'/[locale]/docs/[...slug]'>));
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.page-feedback a')];
  return { links, served: links.map((a) => a.href), url: `https://proxmenux.com/${locale}/docs/monitor/access-auth/` };
}

/** Scrolls (as far as the element can tell): the heading with this id and those before it have reached the header, none after. */
function scrollTo(id: string | null) {
  const headings = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')];
  const index = id === null ? -1 : headings.findIndex((h) => h.id === id);
  if (id !== null) expect(index, id).toBeGreaterThanOrEqual(0);
  headings.forEach((heading, i) => vi.spyOn(heading, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ y: i <= index ? -100 : 2000 })));
}

const body = (href: string) => new URL(href).searchParams.get('body') ?? '';
const line = (href: string, name: string) => body(href).split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
const preventNavigation = (event: Event) => event.preventDefault();

beforeAll(async () => {
  await import('@/enhancements/feedback-links');
  document.addEventListener('click', preventNavigation);
});

afterEach(() => {
  document.body.innerHTML = '';
  window.location.hash = '';
});

describe('the feedback links on a translated guide (ru)', () => {
  it('name the section read, and on the translation report only, the keys of its h2', async () => {
    const { links, served, url } = await guide('ru');
    expect(links).toHaveLength(3);
    // An h3 of the reverse-proxy section.
    scrollTo('real-client-ip');
    for (const link of links) fireEvent.click(link);
    const keys = line(links[2]?.href ?? '', 'Messages');
    expect(new Set(expandKeys(keys?.split(', ') ?? [], english))).toEqual(new Set(expandKeys(['proxy.*'], english)));
    expect(body(links[2]?.href ?? '')).toBe(
      body(served[2] ?? '').replace('\nFile: ', `\nSection: ${url}#real-client-ip\nFile: `).replace(/(\nFile: [^\n]*)/, `$1\nMessages: ${keys}`),
    );
    for (const [i, link] of links.slice(0, 2).entries()) {
      expect(line(link.href, 'Section')).toBe(`${url}#real-client-ip`);
      expect(line(link.href, 'Messages')).toBeUndefined();
      expect(new URL(link.href).searchParams.get('title')).toBe(new URL(served[i] ?? '').searchParams.get('title'));
    }
  });

  it('follow the reader: a later activation names the new section, without repeating lines', async () => {
    const { links, url } = await guide('ru');
    const report = links[2];
    if (!report) throw new Error('no translation report');
    scrollTo('https');
    fireEvent.click(report);
    expect(line(report.href, 'Messages')).toBe('https.*');
    scrollTo('first-launch');
    fireEvent.click(report);
    expect(body(report.href).match(/^Section: /gm)).toHaveLength(1);
    expect(line(report.href, 'Section')).toBe(`${url}#first-launch`);
    expect(new Set(expandKeys(line(report.href, 'Messages')?.split(', ') ?? [], english))).toEqual(new Set(expandKeys(['firstLaunch.*'], english)));
  });

  it('are ready before a middle click, a focus (then Enter) or the pointer lets the reader open them in a new tab', async () => {
    const { links, url } = await guide('ru');
    scrollTo('audit-log');
    const [yes, no, report] = links;
    fireEvent.focusIn(report ?? document.body);
    fireEvent.pointerOver(yes ?? document.body);
    fireEvent(no ?? document.body, new MouseEvent('auxclick', { bubbles: true, button: 1 }));
    for (const link of links) expect(line(link.href, 'Section')).toBe(`${url}#audit-log`);
    expect(line(report?.href ?? '', 'Messages')).toBe('audit.*');
  });

  it('fall back on the section the address names, and at the top of the page on its opening', async () => {
    const { links, served, url } = await guide('ru');
    const report = links[2];
    if (!report) throw new Error('no translation report');
    scrollTo(null);
    fireEvent.click(report);
    // Above every heading, with no fragment: no section, the keys of the header and the introduction.
    expect(line(report.href, 'Section')).toBeUndefined();
    expect(new Set(expandKeys(line(report.href, 'Messages')?.split(', ') ?? [], english))).toEqual(
      new Set(['header.title', 'header.description', ...expandKeys(['intro.*'], english)]),
    );
    expect(body(report.href).replace(/\nMessages: [^\n]*/, '')).toBe(body(served[2] ?? ''));
    window.location.hash = '#enabling-2fa';
    fireEvent.click(report);
    expect(line(report.href, 'Section')).toBe(`${url}#enabling-2fa`);
    expect(line(report.href, 'Messages')).toBe('twofa.*');
  });

  it('keep whatever the fragment holds inside the body, escaped', async () => {
    const { links, url } = await guide('ru');
    const report = links[2];
    if (!report) throw new Error('no translation report');
    scrollTo(null);
    window.location.hash = '#x&title=y\n%23z';
    fireEvent.click(report);
    const issue = new URL(report.href);
    expect([...issue.searchParams.keys()]).toEqual(['title', 'body']);
    expect(issue.searchParams.get('title')).toMatch(/^\[ru\] access-auth: /);
    const section = line(report.href, 'Section') ?? '';
    expect(section.startsWith(`${url}#x&title=y`)).toBe(true);
    expect(section).not.toContain('\n');
    // An id no section has: no keys.
    expect(line(report.href, 'Messages')).toBeUndefined();
  });
});

describe('the feedback links on the English guide', () => {
  it('carry no keys, and only gain the section', async () => {
    const { links, served, url } = await guide('en');
    expect(links).toHaveLength(2);
    expect(document.querySelector('feedback-links')?.hasAttribute('sections')).toBe(false);
    scrollTo('login-flow');
    for (const [i, link] of links.entries()) {
      fireEvent.click(link);
      expect(body(link.href)).toBe(body(served[i] ?? '').replace('\nLanguage: en\n', `\nLanguage: en\nSection: ${url}#login-flow\n`));
    }
  });
});

describe('the issue text', () => {
  const served = 'Page: https://example.org/ru/x/\nLanguage: ru\nFile: messages/ru/x.json\n\nSection: free text\nMessages: kept\n';

  it('keeps the order Page, Language, Section, File, Messages and leaves the reader’s part alone', () => {
    expect(issueBody(served, { section: 'a', messages: 'b.*' })).toBe(
      'Page: https://example.org/ru/x/\nLanguage: ru\nSection: https://example.org/ru/x/#a\nFile: messages/ru/x.json\nMessages: b.*\n\nSection: free text\nMessages: kept\n',
    );
    expect(issueBody(served, {})).toBe(served);
    // Messages go with the catalog file only.
    expect(issueBody('Page: https://example.org/ru/x/\nLanguage: ru\n\nNo.\n', { section: 'a', messages: 'b.*' })).toBe(
      'Page: https://example.org/ru/x/\nLanguage: ru\nSection: https://example.org/ru/x/#a\n\nNo.\n',
    );
  });
});

it('the translated page carries the keys of its opening and of each h2, as the document gives them', async () => {
  await guide('ru');
  const carried: unknown = JSON.parse(document.querySelector('feedback-links')?.getAttribute('sections') ?? 'null');
  expect(carried).toEqual(feedbackSections(DOCUMENTS.accessAuth, english, ['header.title', 'header.description']));
});
