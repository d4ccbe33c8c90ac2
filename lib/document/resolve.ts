import type { Locale } from '@/i18n/routing';
import { resolveDocsHref, type DocsHref } from '@/lib/routes';
import type { LinkTarget, Value } from './model';

/*
 * How a guide's data reads in a language: shared by the page (components/doc)
 * and by what is derived from the document at build time without Next.js
 * (lib/build/static-text.ts: the Markdown, llms.txt, the search index).
 */

/** A value in the reader's language: most are the same everywhere; a terminal-menu label may differ. */
export function valueIn(value: Value, locale: Locale): string {
  return typeof value === 'string' ? value : (value[locale] ?? value.en);
}

/** Where a link target leads for a reader of this language, whether it leaves the site, and in which language if not the reader's. */
export function linkHref(target: LinkTarget, locale: Locale): DocsHref {
  if ('section' in target) return { href: `#${target.section}`, external: false };
  if ('docs' in target) return resolveDocsHref(target.docs, locale);
  return { href: target.external, external: true };
}

/**
 * A mark said after a link, such as "(in English)", with the space before it
 * that the language wants: none before full-width brackets (Chinese).
 */
export function afterLink(mark: string): string {
  return /^[\u3000-\u303f\uff00-\uffef]/.test(mark) ? mark : ` ${mark}`;
}
