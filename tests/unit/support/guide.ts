import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { document } from '@/guides/access-auth/document';
import { valueIn } from '@/components/doc/guide-text';
import type { Locale } from '@/i18n/routing';
import { flattenStrings } from '@/lib/catalog/tree';

/** The guide's catalog in a language, as JSON. */
export function guideCatalog(locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join('messages', locale, 'docs/monitor/access-auth.json'), 'utf8'));
}

/**
 * Every message of the guide as the reader gets it, by dotted key: the
 * verbatim values filled in, rich-text tags kept as `<tag>…</tag>` text.
 */
export function renderedGuide(locale: Locale): Map<string, string> {
  const flat = Object.fromEntries([...flattenStrings(guideCatalog(locale))].map(([key, value]) => [key.replaceAll('.', '/'), value]));
  const t = createTranslator({ locale, messages: flat });
  const values = Object.fromEntries(Object.entries(document.values).map(([name, value]) => [name, valueIn(value, locale)]));
  const tags = Object.fromEntries(['code', 'strong', 'em', ...Object.keys(document.links)].map((tag) => [tag, (chunks: string) => `<${tag}>${chunks}</${tag}>`]));
  return new Map(Object.keys(flat).map((key) => [key.replaceAll('/', '.'), t.markup(key, { ...values, ...tags })]));
}
