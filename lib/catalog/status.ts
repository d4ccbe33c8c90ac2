import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import { messagesRoot } from '@/i18n/catalog';
import { defaultLocale } from '@/i18n/locales';
import { routing, type Locale } from '@/i18n/routing';
import { checkCatalogs, type CheckReport, type Coverage } from './check';
import { flattenStrings } from './tree';

export type LocaleCoverage = Coverage & { locale: Locale };

let report: (Omit<CheckReport, 'coverage'> & { coverage: LocaleCoverage[] }) | undefined;

/**
 * Coverage of every shipped language, computed once per build from the
 * catalogs and their git history (the same check as `npm run i18n:status`).
 */
export function translationStatus() {
  if (!report) {
    const checked = checkCatalogs({
      dir: messagesRoot(),
      source: defaultLocale,
      locales: routing.locales.filter((l) => l !== defaultLocale),
      history: true,
    });
    const coverage = checked.coverage.flatMap((row) => (hasLocale(routing.locales, row.locale) ? [{ ...row, locale: row.locale }] : []));
    report = { ...checked, coverage };
  }
  return report;
}

export type PageTranslation = { locale: Locale; total: number; missing: number; stale: number };

/** How far each language has translated one catalog file (a page): its messages, the missing and the stale ones. */
export function pageTranslation(catalogFile: string): PageTranslation[] {
  const { coverage } = translationStatus();
  const english = flattenStrings(JSON.parse(readFileSync(path.join(messagesRoot(), defaultLocale, catalogFile), 'utf8')));
  const inFile = (entries: string[]) => entries.filter((entry) => entry.startsWith(`${catalogFile}:`)).length;
  return coverage.map((row) => ({ locale: row.locale, total: english.size, missing: inFile(row.keys.missing), stale: inFile(row.keys.stale) }));
}
