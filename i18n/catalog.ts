import 'server-only';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkSourceTree, compareTrees, type Problem } from '@/lib/catalog/validate';
import { deepAssign, mergeWithFallback, nest, type JsonObject } from '@/lib/catalog/tree';
import { PAGES, catalogNamespace, type PagesMessages } from '@/lib/pages';
import type enCommon from '@/messages/en/common.json';
import { defaultLocale } from './locales';
import type { Locale } from './routing';

/*
 * Step 1 of 2 from JSON to the page (step 2 is i18n/text.tsx): the catalog
 * files of a language are read, checked and laid over English, so a key a
 * translation lacks shows the English text instead of a raw key, and the
 * keys shown in English are recorded.
 */

/** The site chrome (common.json, at the root) and every page's catalog, at its dotted path. */
export type Messages = typeof enCommon & PagesMessages;

/** The catalog files of every language, and where each sits in the message tree. */
export const CATALOG_FILES: readonly { file: string; namespace: readonly string[] }[] = [
  { file: 'common.json', namespace: [] },
  ...PAGES.map((page) => ({ file: `${page.catalog}.json`, namespace: catalogNamespace(page.catalog).split('.') })),
];

export type Catalog = {
  locale: Locale;
  messages: Messages;
  /** Full dotted keys (e.g. `docs.monitor.accessAuth.intro.body`) shown in English. */
  fallbackKeys: ReadonlySet<string>;
};

export class CatalogError extends Error {
  constructor(file: string, problems: Problem[]) {
    super(
      `Catalog ${file} has ${problems.length} error${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  ${file}: ${p.key}: ${p.message} Fix: ${p.fix}`).join('\n'),
    );
    this.name = 'CatalogError';
  }
}

/** Where the translations live; tests point MESSAGES_DIR at fixture catalogs. */
export function messagesRoot(): string {
  const override = process.env.MESSAGES_DIR;
  return override ? path.resolve(/* turbopackIgnore: true */ override) : path.join(process.cwd(), 'messages');
}

/** English is the source the code is typed from: always the project's own files. */
function catalogDir(locale: string): string {
  return locale === defaultLocale ? path.join(process.cwd(), 'messages') : messagesRoot();
}

async function readCatalogFile(locale: string, file: string): Promise<unknown> {
  const fullPath = path.join(/* turbopackIgnore: true */ catalogDir(locale), locale, file);
  let text: string;
  try {
    text = await readFile(/* turbopackIgnore: true */ fullPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Catalog messages/${locale}/${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The English catalogs, checked on their own: they define every key and every message's shape. */
async function readEnglish(): Promise<{ tree: JsonObject; files: { file: string; namespace: readonly string[]; english: unknown }[] }> {
  let tree: JsonObject = {};
  const files = [];
  for (const { file, namespace } of CATALOG_FILES) {
    const english = await readCatalogFile(defaultLocale, file);
    if (english === undefined) throw new Error(`The English catalog messages/${defaultLocale}/${file} is missing (lib/pages.ts names it).`);
    const errors = checkSourceTree(english).filter((p) => p.severity === 'error');
    if (errors.length) throw new CatalogError(`messages/${defaultLocale}/${file}`, errors);
    tree = deepAssign(tree, nest(namespace, english));
    files.push({ file, namespace, english });
  }
  return { tree, files };
}

async function buildCatalog(locale: Locale): Promise<Catalog> {
  const english = await readEnglish();
  // The English tree was just read from the very files the message types are
  // declared from (next.config.ts: createMessagesDeclaration), and checked.
  const base = english.tree as Messages;
  if (locale === defaultLocale) return { locale, messages: base, fallbackKeys: new Set() };
  let translated: JsonObject = {};
  for (const { file, namespace, english: source } of english.files) {
    const tree = await readCatalogFile(locale, file);
    const problems = compareTrees(locale, source, tree ?? {});
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new CatalogError(`messages/${locale}/${file}`, errors);
    const missing = problems.filter((p) => p.code === 'missing');
    if (tree === undefined) {
      console.warn(`[i18n] ${locale}: messages/${locale}/${file} does not exist; showing English.`);
    } else if (missing.length) {
      console.warn(
        `[i18n] ${locale}: ${missing.length} key${missing.length > 1 ? 's' : ''} missing in messages/${locale}/${file}, showing English:\n` +
          missing.map((p) => `  ${[...namespace, p.key].join('.')}`).join('\n'),
      );
    }
    if (tree !== undefined) translated = deepAssign(translated, nest(namespace, tree));
  }
  const { messages, fallbackKeys } = mergeWithFallback(base, translated);
  return { locale, messages, fallbackKeys: new Set(fallbackKeys) };
}

const cache = new Map<Locale, { version: string; catalog: Promise<Catalog> }>();

/** In development, the catalog files' modification times: an edited file is read again, an unchanged one is not. */
async function filesVersion(locale: Locale): Promise<string> {
  if (process.env.NODE_ENV === 'production') return 'build';
  const times = await Promise.all(
    [defaultLocale, locale].flatMap((l) =>
      CATALOG_FILES.map(({ file }) =>
        stat(/* turbopackIgnore: true */ path.join(catalogDir(l), l, file)).then(
          (s) => s.mtimeMs,
          () => 0,
        ),
      ),
    ),
  );
  return times.join(',');
}

/** Loads the merged catalog of a locale: once per process in production, again after an edit in development. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const version = await filesVersion(locale);
  let entry = cache.get(locale);
  if (!entry || entry.version !== version) {
    entry = { version, catalog: buildCatalog(locale) };
    cache.set(locale, entry);
  }
  return entry.catalog;
}

const under = (key: string, prefixes: readonly string[]) => prefixes.some((p) => key === p || key.startsWith(`${p}.`));

/** How many messages under the given key prefixes show English text in a locale. */
export async function countFallbacks(locale: Locale, prefixes: readonly string[]): Promise<number> {
  const { fallbackKeys } = await loadCatalog(locale);
  return [...fallbackKeys].filter((key) => under(key, prefixes)).length;
}

/** The top-level groups of the site chrome (common.json): header, footer, buttons, 404 page… */
export const CHROME_FILE = 'common.json';
export async function chromePrefixes(): Promise<string[]> {
  const english = await readCatalogFile(defaultLocale, CHROME_FILE);
  return english && typeof english === 'object' ? Object.keys(english) : [];
}
