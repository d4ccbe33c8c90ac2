import 'server-only';
import { messagesRoot } from '@/i18n/catalog';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { checkCatalogs, type CheckReport } from './check';

let report: CheckReport | undefined;

/**
 * Coverage of every shipped language, computed once per build from the
 * catalogs and their git history (the same check as `npm run i18n:status`).
 */
export function translationStatus(): CheckReport {
  report ??= checkCatalogs({
    dir: messagesRoot(),
    source: defaultLocale,
    locales: Object.keys(localeConfig).filter((l) => l !== defaultLocale),
    history: true,
  });
  return report;
}
