import 'server-only';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { pageText } from './page-meta';
import type { Page } from './pages';
import { keepNamesTogether } from './social-cards';

export type CardParts = { eyebrow: string; title: string; description: string };

/**
 * What a page's social card says in a language: above the title, the
 * page's section (or the site's name for the docs home), then the page's
 * title and lead. `english` marks the parts shown in English because the
 * catalog lacks them: they read left to right even on an Arabic card.
 * Product names (UNBROKEN_NAMES) are kept on one line.
 */
export async function cardText(page: Page, locale: Locale): Promise<{ source: CardParts; english: Record<keyof CardParts, boolean> }> {
  const t = await pageText(page, locale);
  const nav = await getText({ namespace: 'nav', locale });
  const site = await getText({ namespace: 'site', locale });
  const section = page.section ? (`sections.${page.section}.title` as const) : undefined;
  return {
    source: {
      eyebrow: keepNamesTogether(section ? nav.string(section) : site.string('name')),
      title: keepNamesTogether(t.string('header.title')),
      description: keepNamesTogether(t.string('header.description')),
    },
    english: {
      eyebrow: section ? nav.isFallback(section) : site.isFallback('name'),
      title: t.isFallback('header.title'),
      description: t.isFallback('header.description'),
    },
  };
}
