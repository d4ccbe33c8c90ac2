import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import { messagesRoot } from '@/lib/catalog/files';
import { defaultLocale } from '@/i18n/locales';
import { routing, type Locale } from '@/i18n/routing';
import { checkCatalogs, type CheckReport, type Coverage } from './check';
import { flattenStrings } from './tree';

export type LocaleCoverage = Coverage & { locale: Locale };

type StatusReport = Omit<CheckReport, 'coverage'> & { coverage: LocaleCoverage[] };

/** By catalog folder: the project's own, or the fixture catalogs a test points MESSAGES_DIR at. */
const reports = new Map<string, StatusReport>();

/**
 * Coverage of every shipped language, computed once per build from the
 * catalogs and their git history (the same check as `npm run i18n:status`).
 * Every page that shows it (the status page, each guide's notice) reads this
 * one report, so the history is walked once per process.
 */
export function translationStatus(): StatusReport {
  const dir = messagesRoot();
  let report = reports.get(dir);
  if (!report) {
    const checked = checkCatalogs({
      dir,
      source: defaultLocale,
      locales: routing.locales.filter((l) => l !== defaultLocale),
      history: true,
      // The repository whose history dates the catalogs: the project that
      // holds the catalog folder (`<project>/messages`).
      cwd: path.dirname(dir),
    });
    const coverage = checked.coverage.flatMap((row) => (hasLocale(routing.locales, row.locale) ? [{ ...row, locale: row.locale }] : []));
    report = { ...checked, coverage };
    reports.set(dir, report);
  }
  return report;
}

export type PageTranslation = {
  locale: Locale;
  total: number;
  missing: number;
  stale: number;
  /** The earliest English change the stale messages have not followed (ISO 8601); absent when none is stale. */
  staleSince?: string;
};

/** The earliest of a page's stale messages' English changes, in one language's coverage. */
function earliestStale(row: LocaleCoverage, catalogFile: string): string | undefined {
  let earliest: string | undefined;
  for (const entry of row.keys.stale) {
    const date = entry.startsWith(`${catalogFile}:`) ? row.staleSince[entry] : undefined;
    // Committer dates carry their own offsets: compare instants, not strings.
    if (date !== undefined && (earliest === undefined || Date.parse(date) < Date.parse(earliest))) earliest = date;
  }
  return earliest;
}

/** How far each language has translated one catalog file (a page): its messages, the missing and the stale ones. */
export function pageTranslation(catalogFile: string): PageTranslation[] {
  const { coverage } = translationStatus();
  const english = flattenStrings(JSON.parse(readFileSync(path.join(messagesRoot(), defaultLocale, catalogFile), 'utf8')));
  const inFile = (entries: string[]) => entries.filter((entry) => entry.startsWith(`${catalogFile}:`)).length;
  return coverage.map((row) => {
    const since = earliestStale(row, catalogFile);
    return { locale: row.locale, total: english.size, missing: inFile(row.keys.missing), stale: inFile(row.keys.stale), ...(since && { staleSince: since }) };
  });
}

/**
 * Since when the English version of a page has changed without its
 * translation into `locale` following: the date (ISO 8601) of the earliest
 * English change among the page's stale messages. Undefined when none is
 * stale, for English itself, and when the history is unavailable (a shallow
 * clone, or no repository), since staleness is then unknown.
 * `catalogFile` is relative to a language's folder: `docs/monitor/access-auth.json`.
 */
export function staleSince(catalogFile: string, locale: Locale): string | undefined {
  const { coverage, historyAvailable } = translationStatus();
  const row = coverage.find((r) => r.locale === locale);
  return historyAvailable && row ? earliestStale(row, catalogFile) : undefined;
}
