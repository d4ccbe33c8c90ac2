import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { ANCHORS, LINKS } from '@/app/[locale]/docs/monitor/access-auth/content';
import { menuLabels } from '@/app/[locale]/docs/monitor/access-auth/menu-labels';
import { VERBATIM } from '@/app/[locale]/docs/monitor/access-auth/verbatim';
import type { Locale } from '@/i18n/routing';
import type { TextRun } from '@/lib/catalog/reader-text';
import { flattenStrings } from '@/lib/catalog/tree';

/** The guide's catalog in a language, as JSON. */
export function guideCatalog(locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join('messages', locale, 'docs/monitor/access-auth.json'), 'utf8'));
}

/** The rich-text tags of the guide's messages: the shared ones, its link tags and its in-page links. */
const TAG_NAMES = ['code', 'strong', 'em', ...Object.keys(LINKS), ...Object.keys(ANCHORS)];

function render(locale: Locale, tag: (name: string, chunks: string) => string): Map<string, string> {
  const flat = Object.fromEntries([...flattenStrings(guideCatalog(locale))].map(([key, value]) => [key.replaceAll('.', '/'), value]));
  const t = createTranslator({ locale, messages: flat });
  const tags = Object.fromEntries(TAG_NAMES.map((name) => [name, (chunks: string) => tag(name, chunks)]));
  return new Map(Object.keys(flat).map((key) => [key.replaceAll('/', '.'), t.markup(key, { ...VERBATIM, ...menuLabels(locale), ...tags })]));
}

/**
 * Every message of the guide as the reader gets it, by dotted key: the
 * verbatim values and the menu labels of its language filled in, rich-text
 * tags kept as `<tag>…</tag>` text.
 */
export function renderedGuide(locale: Locale): Map<string, string> {
  return render(locale, (name, chunks) => `<${name}>${chunks}</${name}>`);
}

// Marks code spans in the plain text; neither character occurs in a catalog.
const OPEN = '\u0001';
const CLOSE = '\u0002';

/** Every message of the guide as the text a reader sees, in runs of prose and code. */
export function renderedGuideRuns(locale: Locale): Map<string, TextRun[]> {
  const plain = render(locale, (name, chunks) => (name === 'code' ? `${OPEN}${chunks}${CLOSE}` : chunks));
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
