import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import enAccessAuth from '@/messages/en/docs/monitor/access-auth.json';
import enCommon from '@/messages/en/common.json';
import { checkSourceTree, compareTrees, type Problem } from '@/lib/catalog/validate';
import { deepAssign, flattenStrings, mergeWithFallback, nest, type JsonObject } from '@/lib/catalog/tree';
import { CATALOG_FILES } from './catalog-files';
import { defaultLocale } from './locales';
import type { Locale } from './routing';

/*
 * English is bundled (it defines the message types); the other languages
 * are read from `messages/<locale>/` and laid over English, so a key a
 * translation lacks shows the English text instead of a raw key.
 */
const FILES = [
  { ...CATALOG_FILES.common, english: enCommon },
  { ...CATALOG_FILES.accessAuth, english: enAccessAuth },
] as const;

export type Messages = typeof enCommon & { docs: { monitor: { accessAuth: typeof enAccessAuth } } };

export const englishMessages: Messages = { ...enCommon, docs: { monitor: { accessAuth: enAccessAuth } } };

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

/** Where the catalogs live; tests point MESSAGES_DIR at fixture catalogs. */
export function messagesRoot(): string {
  const override = process.env.MESSAGES_DIR;
  return override ? path.resolve(/* turbopackIgnore: true */ override) : path.join(process.cwd(), 'messages');
}

export function catalogPath(locale: string, file: string): string {
  return path.join(/* turbopackIgnore: true */ messagesRoot(), locale, file);
}

async function readTranslation(locale: Locale, file: string): Promise<unknown> {
  const fullPath = catalogPath(locale, file);
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

async function buildCatalog(locale: Locale): Promise<Catalog> {
  if (locale === defaultLocale) {
    for (const { file, english } of FILES) {
      const errors = checkSourceTree(english).filter((p) => p.severity === 'error');
      if (errors.length) throw new CatalogError(`messages/en/${file}`, errors);
    }
    return { locale, messages: englishMessages, fallbackKeys: new Set() };
  }
  let translated: JsonObject = {};
  for (const { file, namespace, english } of FILES) {
    const tree = await readTranslation(locale, file);
    const problems = compareTrees(locale, english, tree ?? {});
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
  const { messages, fallbackKeys } = mergeWithFallback(englishMessages, translated);
  return { locale, messages, fallbackKeys: new Set(fallbackKeys) };
}

const cache = new Map<Locale, Promise<Catalog>>();

/** Loads (once per process in production) the merged catalog of a locale. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  if (process.env.NODE_ENV !== 'production') return buildCatalog(locale);
  let entry = cache.get(locale);
  if (!entry) {
    entry = buildCatalog(locale);
    cache.set(locale, entry);
  }
  return entry;
}

/** How many messages under the given key prefixes show English text in a locale. */
export async function countFallbacks(locale: Locale, prefixes: string[]): Promise<number> {
  const { fallbackKeys } = await loadCatalog(locale);
  return [...fallbackKeys].filter((key) => prefixes.some((p) => key === p || key.startsWith(`${p}.`))).length;
}

/** How many English messages lie under the given key prefixes. */
export function countMessages(prefixes: string[]): number {
  return [...flattenStrings(englishMessages).keys()].filter((key) => prefixes.some((p) => key === p || key.startsWith(`${p}.`))).length;
}
