import type { Locale } from '@/i18n/routing';
import { resolveDocsHref } from '@/lib/routes';
import type { LinkTarget, Value } from './model';

/*
 * How a guide's data reads in a language: shared by the page (components/doc)
 * and by what is derived from the document at build time without Next.js
 * (lib/document/static-text.ts: the Markdown, llms.txt, the search index).
 */

/** A value in the reader's language: most are the same everywhere; a terminal-menu label may differ. */
export function valueIn(value: Value, locale: Locale): string {
  return typeof value === 'string' ? value : (value[locale] ?? value.en);
}

/** Where a link target leads for a reader of this language, and whether it leaves the site. */
export function linkHref(target: LinkTarget, locale: Locale): { href: string; external: boolean } {
  if ('section' in target) return { href: `#${target.section}`, external: false };
  if ('docs' in target) return resolveDocsHref(target.docs, locale);
  return { href: target.external, external: true };
}
