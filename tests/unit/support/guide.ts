import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { document as accessAuth } from '@/guides/access-auth/document';
import { document as integrations } from '@/guides/integrations/document';
import { valueIn } from '@/components/doc/guide-text';
import type { Locale } from '@/i18n/routing';
import { flattenStrings } from '@/lib/catalog/tree';
import type { AnyDocument } from '@/lib/document/model';
import { getPage } from '@/lib/pages';

/*
 * The documents are imported one by one rather than through guides/index.ts,
 * which is server-only: the end-to-end tests read these helpers too.
 */
const GUIDES = {
  accessAuth: { page: getPage('accessAuth'), document: accessAuth },
  integrations: { page: getPage('integrations'), document: integrations },
} satisfies Record<string, { page: { catalog: string }; document: AnyDocument }>;

export type TestedGuide = keyof typeof GUIDES;

/** A guide's catalog in a language, as JSON, by its catalog path (the Access & Authentication guide's unless given). */
export function guideCatalog(locale: string, catalog: string = GUIDES.accessAuth.page.catalog): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join('messages', locale, `${catalog}.json`), 'utf8'));
}

/**
 * Every message of a guide as the reader gets it, by dotted key: the
 * verbatim values filled in, rich-text tags kept as `<tag>…</tag>` text.
 */
export function renderedGuide(locale: Locale, guide: TestedGuide = 'accessAuth'): Map<string, string> {
  const { document } = GUIDES[guide];
  const flat = Object.fromEntries([...flattenStrings(guideCatalog(locale, GUIDES[guide].page.catalog))].map(([key, value]) => [key.replaceAll('.', '/'), value]));
  const t = createTranslator({ locale, messages: flat });
  const values = Object.fromEntries(Object.entries(document.values).map(([name, value]) => [name, valueIn(value, locale)]));
  const tags = Object.fromEntries(['code', 'strong', 'em', ...Object.keys(document.links)].map((tag) => [tag, (chunks: string) => `<${tag}>${chunks}</${tag}>`]));
  return new Map(Object.keys(flat).map((key) => [key.replaceAll('/', '.'), t.markup(key, { ...values, ...tags })]));
}
