import 'server-only';
import { hasLocale } from 'next-intl';
import { messagesRoot } from '@/i18n/catalog';
import { defaultLocale } from '@/i18n/locales';
import { routing, type Locale } from '@/i18n/routing';
import { checkCatalogs, type CheckReport, type Coverage } from './check';

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
