import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { routing, type Locale } from '@/i18n/routing';
import { HOME, SECTIONS } from '@/lib/pages';
import { llmsPath } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';
import { STATIC_GUIDES, guideMarkdown, guideStaticText, markdownUrl, staticText } from './static-text';

/*
 * The llms.txt files (https://llmstxt.org): Markdown for language models.
 * Each has an H1 with the site's name, a blockquote that sums it up, and
 * H2 sections of `- [Title](url): description` lines. The root file lists
 * the languages; each language's lists its guides by their Markdown URLs,
 * and its llms-full.txt carries their full text.
 */

const text = (value: string): PhrasingContent => ({ type: 'text', value });

function linkList(items: readonly { title: string; url: string; description?: string }[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: item.url, children: [text(item.title)] }, ...(item.description ? [text(`: ${item.description}`)] : [])],
        },
      ],
    })),
  };
}

function serialize(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { bullet: '-', emphasis: '_', listItemIndent: 'one' });
}

/** The heading and summary of a language's files: the docs home's title and description. */
function intro(locale: Locale): RootContent[] {
  const home = staticText(locale, `${HOME.catalog}.json`);
  return [
    { type: 'heading', depth: 1, children: [text(home.string('header.title'))] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [text(home.string('meta.description'))] }] },
  ];
}

/** A language's llms.txt: its guides by section, each with its Markdown URL and description. */
export function llmsText(locale: Locale): string {
  const common = staticText(locale, 'common.json');
  const sections = SECTIONS.flatMap((section): RootContent[] => {
    const guides = STATIC_GUIDES.filter(({ page }) => page.section === section);
    if (!guides.length) return [];
    return [
      { type: 'heading', depth: 2, children: [text(common.string(`nav.sections.${section}.title`))] },
      linkList(
        guides.map(({ page, document }) => {
          const guide = guideStaticText(page, document, locale);
          return { title: guide.string('header.title'), url: markdownUrl(page, locale), description: guide.string('meta.description') };
        }),
      ),
    ];
  });
  return serialize([...intro(locale), ...sections]);
}

/** A language's llms-full.txt: the same summary, then every guide's Markdown. */
export function llmsFullText(locale: Locale): string {
  const guides = STATIC_GUIDES.map(({ page, document }) => guideMarkdown(page, document, locale));
  return [serialize(intro(locale)), ...guides].join('\n---\n\n');
}

/** The root llms.txt: each language's files, named in that language. */
export function llmsRootText(): string {
  const languages = routing.locales.map((locale) => ({ locale, home: staticText(locale, `${HOME.catalog}.json`) }));
  return serialize([
    ...intro(defaultLocale),
    { type: 'heading', depth: 2, children: [text('Languages')] },
    linkList(languages.map(({ locale, home }) => ({ title: localeConfig[locale].label, url: `${SITE_URL}${llmsPath(locale)}`, description: home.string('meta.description') }))),
    { type: 'heading', depth: 2, children: [text('Optional')] },
    linkList(languages.map(({ locale }) => ({ title: `${localeConfig[locale].label}: llms-full.txt`, url: `${SITE_URL}${llmsPath(locale, true)}` }))),
  ]);
}
