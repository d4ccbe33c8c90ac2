/**
 * Translation coverage per locale: messages translated, missing (shown in
 * English), stale (English changed since) and left identical to English.
 *
 *   npm run i18n:status
 */
import path from 'node:path';
import { defaultLocale, localeConfig } from '../i18n/locales';
import { checkCatalogs } from '../lib/catalog/check';

const locales = Object.keys(localeConfig).filter((l) => l !== defaultLocale);
const { coverage, historyAvailable, historyMissing } = checkCatalogs({ dir: path.resolve('messages'), source: defaultLocale, locales, history: true });

const header = ['Locale', 'Translated', '%', 'Missing', 'Stale', 'Same as English'];
const rows = coverage.map((c) => [
  `${c.locale} (${localeConfig[c.locale as keyof typeof localeConfig].label})`,
  `${c.translated}/${c.total}`,
  `${c.total ? Math.floor((c.translated / c.total) * 1000) / 10 : 100}%`,
  String(c.missing),
  historyAvailable ? String(c.stale) : 'n/a',
  String(c.untranslated),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
if (!historyAvailable) {
  console.log(
    historyMissing === 'shallow'
      ? '\nStale translations need the full git history; this is a shallow clone (git fetch --unshallow).'
      : '\nStale translations need the git history; none was found.',
  );
}
