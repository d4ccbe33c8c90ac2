import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { DOCUMENTS } from '@/guides/registry';
import { valueIn } from '@/lib/document/resolve';
import type { Locale } from '@/i18n/routing';
import type { TextRun } from '@/lib/catalog-tools/reader-text';
import { flattenStrings } from '@/lib/catalog/tree';
import type { AnyDocument } from '@/lib/document/model';
import { GUIDE_PAGES } from '@/lib/pages';

export type TestedGuide = keyof typeof DOCUMENTS;

/*
 * Every guide of the registry with its document, from guides/registry.ts
 * (guides/index.ts is server-only: the end-to-end tests read these helpers too).
 */
const GUIDES = new Map<TestedGuide, { page: { catalog: string }; document: AnyDocument }>(GUIDE_PAGES.map((page) => [page.id, { page, document: DOCUMENTS[page.id] }]));

function tested(guide: TestedGuide): { page: { catalog: string }; document: AnyDocument } {
  const found = GUIDES.get(guide);
  if (!found) throw new Error(`No guide "${guide}" in lib/pages.ts`);
  return found;
}

/** A guide's catalog in a language, as JSON, by its catalog path (the Access & Authentication guide's unless given). */
export function guideCatalog(locale: string, catalog: string = tested('accessAuth').page.catalog): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join('messages', locale, `${catalog}.json`), 'utf8'));
}

/** The rich-text tags of a guide's messages: the shared ones and its links (to other pages and to its own sections). */
function tagNames(guide: TestedGuide): string[] {
  return ['code', 'strong', 'em', ...Object.keys(tested(guide).document.links)];
}

function render(locale: Locale, guide: TestedGuide, tag: (name: string, chunks: string) => string): Map<string, string> {
  const { document, page } = tested(guide);
  const flat = Object.fromEntries([...flattenStrings(guideCatalog(locale, page.catalog))].map(([key, value]) => [key.replaceAll('.', '/'), value]));
  const t = createTranslator({ locale, messages: flat });
  const values = Object.fromEntries(Object.entries(document.values).map(([name, value]) => [name, valueIn(value, locale)]));
  const tags = Object.fromEntries(tagNames(guide).map((name) => [name, (chunks: string) => tag(name, chunks)]));
  return new Map(Object.keys(flat).map((key) => [key.replaceAll('/', '.'), t.markup(key, { ...values, ...tags })]));
}

/**
 * Every message of a guide as the reader gets it, by dotted key: the
 * verbatim values (menu labels in the reader's language) filled in,
 * rich-text tags kept as `<tag>…</tag>` text.
 */
export function renderedGuide(locale: Locale, guide: TestedGuide = 'accessAuth'): Map<string, string> {
  return render(locale, guide, (name, chunks) => `<${name}>${chunks}</${name}>`);
}

// Marks code spans in the plain text; neither character occurs in a catalog.
const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Every message of a guide as the text a reader sees, in runs of prose and code. */
export function renderedGuideRuns(locale: Locale, guide: TestedGuide = 'accessAuth'): Map<string, TextRun[]> {
  const plain = render(locale, guide, (name, chunks) => (name === 'code' ? `${OPEN}${chunks}${CLOSE}` : chunks));
  return new Map(
    [...plain].map(([key, text]) => [
      key,
      text.split(OPEN).flatMap((part, i) => {
        if (i === 0) return [{ text: part }];
        const [code = '', rest = ''] = part.split(CLOSE);
        return [{ text: code, code: true }, { text: rest }];
      }),
    ]),
  );
}
