import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLocale, localeConfig } from '../../i18n/locales';
import { pageArgumentValues } from './page-values';
import { checkCatalogs, type Finding, type FindingCode } from '../catalog/check';

/**
 * `npm run i18n:check`: validates every locale's catalogs against English
 * and tells translators, for each problem, the file, line, key, what is
 * wrong and how to fix it.
 *
 *   npm run i18n:check                  errors fail (exit 1), warnings are listed
 *   npm run i18n:check -- --strict      warnings fail too (CI runs this); a
 *                                       translation that lags behind never does
 *   npm run i18n:check -- --locale es   only some locales
 *   npm run i18n:check -- --json        machine-readable output
 *   npm run i18n:check -- --dir <path>  catalogs elsewhere (one folder per locale)
 *
 * A translation may lag behind English: a missing message or file, or one
 * older than its English source, shows the English text (marked as such)
 * until a translator catches up. Those are reported, never failed: a guide
 * can land in English alone.
 */
export const LAGGING: ReadonlySet<FindingCode> = new Set(['missing', 'missing-file', 'stale']);

export type CheckRun = { status: 0 | 1 | 2; output: string };

export function runI18nCheck(argv: string[], options: { cwd?: string; color?: boolean } = {}): CheckRun {
  const cwd = options.cwd ?? process.cwd();
  const { values } = parseArgs({
    args: argv,
    options: {
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      locale: { type: 'string', multiple: true },
      dir: { type: 'string', default: 'messages' },
      'no-history': { type: 'boolean', default: false },
    },
  });
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  const shipped = Object.keys(localeConfig).filter((l) => l !== defaultLocale);
  const locales = values.locale ?? shipped;
  const unknown = locales.filter((l) => !(l in localeConfig));
  if (unknown.length) {
    log(`Unknown locale${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Shipped: ${shipped.join(', ')} (i18n/locales.ts).`);
    return { status: 2, output: lines.join('\n') };
  }

  const report = checkCatalogs({ dir: path.resolve(cwd, values.dir), source: defaultLocale, locales, history: !values['no-history'], cwd, values: pageArgumentValues() });
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const failing = warnings.filter((f) => !LAGGING.has(f.code));

  if (values.json) {
    log(JSON.stringify(report, null, 2));
  } else {
    const paint = (code: string, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
    const print = (f: Finding) => {
      const label = f.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
      log(`${paint('1', `${f.file}:${f.line}:${f.column}`)}  ${label}  ${f.key || '(file)'}  [${f.code}]`);
      log(`  ${f.message}`);
      log(`  ${paint('2', 'Fix:')} ${f.fix}\n`);
    };
    report.findings.forEach(print);
    if (!report.historyAvailable && !values['no-history']) {
      log(
        report.historyMissing === 'shallow'
          ? 'Note: this is a shallow clone, so stale translations were not checked (git fetch --unshallow to check them).\n'
          : 'Note: no git history available, so stale translations were not checked.\n',
      );
    }
    for (const row of report.coverage) {
      const e = errors.filter((f) => f.locale === row.locale).length;
      const w = warnings.filter((f) => f.locale === row.locale).length;
      const lag = row.missing + row.stale;
      log(
        `${row.locale}: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'} (${row.translated}/${row.total} messages translated` +
          (lag ? `; ${row.missing} missing and ${row.stale} stale show English until translated)` : ')'),
      );
    }
    const englishErrors = errors.filter((f) => f.locale === defaultLocale).length;
    if (englishErrors) log(`${defaultLocale} (source): ${englishErrors} error${englishErrors === 1 ? '' : 's'}`);
    if (!report.findings.length) log(paint('32', 'All catalogs are complete and valid.'));
  }
  return { status: errors.length || (values.strict && failing.length) ? 1 : 0, output: lines.join('\n') };
}
