import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { DOCUMENTS } from '@/guides/registry';
import { TIME_ZONE } from '@/i18n/config';
import { defaultLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { catalogDir } from '@/lib/catalog/files';
import { isObject, mergeWithFallback, type JsonObject } from '@/lib/catalog/tree';
import { checkSourceTree, compareTrees } from '@/lib/catalog/validate';
import { GUIDE_PAGES, type Page } from '@/lib/pages';
import { markdownPath } from '@/lib/routes';
import { pageUrl } from '@/lib/seo';
import { SITE_URL } from '@/lib/site';
import { documentToMarkdown, type MarkdownSource } from './markdown';
import type { AnyDocument, LinkTarget } from '../document/model';
import { afterLink, linkHref, valueIn } from '../document/resolve';

/*
 * A guide's text at build time, without Next.js: the same catalogs, the same
 * English fallback and the same values and link targets as the page
 * (i18n/catalog.ts, i18n/text.tsx, components/doc/guide-text.tsx), each
 * message rendered by next-intl to HTML, or to plain text. Its Markdown
 * (lib/build/markdown.ts), llms.txt and the search index are made from
 * it before `next build`, so they can be served as public files.
 */

export type Values = Record<string, string | number | Date>;

/** The messages of one catalog file in a language. */
export type StaticText = {
  locale: Locale;
  /** A message as HTML: text and values escaped, rich-text tags as elements, links absolute. */
  html(key: string, values?: Values): string;
  /** A message as plain text, tags dropped. */
  string(key: string, values?: Values): string;
  /** The keys of a group of messages, in the English catalog's order. */
  keys(group: string): string[];
  /** Whether a message is shown in English (the language lacks it). */
  isFallback(key: string): boolean;
  fallbackCount: number;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Tags every message may use (i18n/text.tsx SHARED_TAGS), as HTML. */
const SHARED_TAGS = ['code', 'strong', 'em'] as const;

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Catalog ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

const merged = new Map<string, { messages: JsonObject; fallbackKeys: Set<string> }>();

/** A catalog file of a language laid over English, the way i18n/catalog.ts lays it for the pages, with the same checks; read once. */
function mergedCatalog(locale: Locale, file: string): { messages: JsonObject; fallbackKeys: Set<string> } {
  const key = `${catalogDir(locale)}\0${locale}\0${file}`;
  const cached = merged.get(key);
  if (cached) return cached;
  const result = readMergedCatalog(locale, file);
  merged.set(key, result);
  return result;
}

function readMergedCatalog(locale: Locale, file: string): { messages: JsonObject; fallbackKeys: Set<string> } {
  const english = readJson(path.join(catalogDir(defaultLocale), defaultLocale, file));
  if (!isObject(english)) throw new Error(`The English catalog messages/${defaultLocale}/${file} is missing or not an object.`);
  const sourceErrors = checkSourceTree(english).filter((p) => p.severity === 'error');
  if (sourceErrors.length) throw new Error(`messages/${defaultLocale}/${file}: ${sourceErrors.map((p) => `${p.key}: ${p.message}`).join('; ')}`);
  if (locale === defaultLocale) return { messages: english, fallbackKeys: new Set() };
  const translated = readJson(path.join(catalogDir(locale), locale, file));
  const errors = compareTrees(locale, english, translated ?? {}).filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`messages/${locale}/${file}: ${errors.map((p) => `${p.key}: ${p.message}`).join('; ')}`);
  const { messages, fallbackKeys } = mergeWithFallback(english, translated);
  return { messages, fallbackKeys: new Set(fallbackKeys) };
}

/** Every message of a tree with its literal text escaped for HTML (ICU gives `&` no meaning; `<` opens a tag). */
function escapeTree(node: unknown): unknown {
  if (typeof node === 'string') return node.replaceAll('&', '&amp;');
  if (Array.isArray(node)) return node.map(escapeTree);
  if (isObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, escapeTree(v)]));
  return node;
}

function translator(locale: Locale, file: string, messages: unknown) {
  return createTranslator({
    locale,
    // Keys are known at run time only (a guide's document names them); next-intl's untyped form.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- next-intl's own type for untyped messages
    messages: messages as Record<string, any>,
    timeZone: TIME_ZONE,
    onError(error) {
      throw new Error(`[i18n] ${locale}: ${file}: ${error.message}`);
    },
  });
}

/**
 * The messages of a catalog file (`common.json`, `docs/index.json`…) in a
 * language. `values` and `links` apply to every message, like a page's
 * verbatim values and link tags; link targets are absolute URLs, each
 * with what the page says after its text (" (in English)"), if anything.
 */
export type StaticLink = { href: string; after: string };
export function staticText(locale: Locale, file: string, options: { values?: Values; links?: Readonly<Record<string, StaticLink>> } = {}): StaticText {
  const { messages, fallbackKeys } = mergedCatalog(locale, file);
  const plain = translator(locale, file, messages);
  const rich = translator(locale, file, escapeTree(messages));
  const links = Object.entries(options.links ?? {});
  const plainTags = {
    ...Object.fromEntries(SHARED_TAGS.map((name) => [name, (chunks: string) => chunks])),
    ...Object.fromEntries(links.map(([name, link]) => [name, (chunks: string) => `${chunks}${link.after}`])),
  };
  const htmlTags = {
    ...Object.fromEntries(SHARED_TAGS.map((name) => [name, (chunks: string) => `<${name}>${chunks}</${name}>`])),
    ...Object.fromEntries(links.map(([name, link]) => [name, (chunks: string) => `<a href="${escapeHtml(link.href)}">${chunks}${escapeHtml(link.after)}</a>`])),
  };
  const escaped = (values: Values = {}) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? escapeHtml(value) : value]));
  const shared = options.values ?? {};
  return {
    locale,
    html: (key, values) => rich.markup(key, { ...escaped(shared), ...escaped(values), ...htmlTags }),
    string: (key, values) => plain.markup(key, { ...shared, ...values, ...plainTags }),
    keys: (group) => {
      const node: unknown = plain.raw(group);
      if (!isObject(node)) throw new Error(`[i18n] ${locale}: ${file}: ${group} is not a group of messages`);
      return Object.keys(node);
    },
    isFallback: (key) => fallbackKeys.has(key),
    fallbackCount: fallbackKeys.size,
  };
}

/** The guides: each registry entry of kind 'guide' with its document. */
export type GuidePage = Extract<Page, { kind: 'guide' }>;
export const STATIC_GUIDES: readonly { page: GuidePage; document: AnyDocument }[] = GUIDE_PAGES.map((page) => ({ page, document: DOCUMENTS[page.id] }));

/** Where a link target of a guide leads, as an absolute URL: its own sections on its page in the same language. */
export function absoluteHref(target: LinkTarget, locale: Locale, pagePath: string): string {
  if ('section' in target) return `${pageUrl(locale, pagePath)}#${target.section}`;
  const { href } = linkHref(target, locale);
  return href.startsWith('/') ? `${SITE_URL}${href}` : href;
}

/** What follows a link's text when it leads to a page in another language than the reader's: the mark, or nothing. */
function languageMark(target: LinkTarget, locale: Locale, mark: string): string {
  return 'section' in target || !linkHref(target, locale).hreflang ? '' : mark;
}

/** A guide's messages in a language, with its values (menu labels in that language) and its link tags. */
export function guideStaticText(page: GuidePage, document: AnyDocument, locale: Locale): StaticText {
  const values = Object.fromEntries(Object.entries(document.values).map(([name, value]) => [name, valueIn(value, locale)]));
  const inEnglish = afterLink(staticText(locale, 'common.json').string('links.inEnglish'));
  const links = Object.fromEntries(
    Object.entries(document.links).map(([name, target]) => [name, { href: absoluteHref(target, locale, page.path), after: languageMark(target, locale, inEnglish) }]),
  );
  return staticText(locale, `${page.catalog}.json`, { values, links });
}

/** The URL search engines are given for a guide in a language: its own, or the English page while its translation is incomplete (lib/page-meta.ts). */
export function canonicalUrl(page: GuidePage, text: StaticText): string {
  return pageUrl(text.fallbackCount === 0 ? text.locale : defaultLocale, page.path);
}

/** What lib/build/markdown.ts needs to write a guide in a language. */
export function guideMarkdownSource(page: GuidePage, document: AnyDocument, locale: Locale): MarkdownSource {
  const text = guideStaticText(page, document, locale);
  const common = staticText(locale, 'common.json');
  const url = pageUrl(locale, page.path);
  const notes = [
    ...(page.monitorVersion ? [common.html('doc.checkedAgainst', { version: page.monitorVersion })] : []),
    // The address is markup of our own: a link to the page, not a value to escape.
    common.html('doc.webPage', { url: '\uE000' }).replace('\uE000', `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`),
    ...(text.fallbackCount > 0 && locale !== defaultLocale
      ? [common.html('translation.notice', { language: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale })]
      : []),
  ];
  return {
    title: text.string('header.title'),
    description: text.string('header.description'),
    url: canonicalUrl(page, text),
    notes,
    html: (key) => text.html(key),
    string: (key) => text.string(key),
    keys: (group) => text.keys(group),
    calloutKind: (variant) => common.string(`callout.${variant}`),
    caption: (caption) => common.string(`code.captions.${caption}`),
    href: (target) => absoluteHref(target, locale, page.path),
    languageMark: (target) => languageMark(target, locale, afterLink(common.string('links.inEnglish'))),
    absolute: (sitePath) => `${SITE_URL}${sitePath}`,
  };
}

/** A guide as Markdown in a language. */
export function guideMarkdown(page: GuidePage, document: AnyDocument, locale: Locale): string {
  return documentToMarkdown(document, guideMarkdownSource(page, document, locale));
}

/** The absolute URL of a guide's Markdown in a language. */
export function markdownUrl(page: GuidePage, locale: Locale): string {
  return `${SITE_URL}${markdownPath(locale, page.path)}`;
}
