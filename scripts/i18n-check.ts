/**
 * Validates every locale's catalogs against English and tells translators,
 * for each problem, the file, line, key, what is wrong and how to fix it.
 *
 *   npm run i18n:check                  errors fail (exit 1), warnings are listed
 *   npm run i18n:check -- --strict      warnings fail too (CI runs this)
 *   npm run i18n:check -- --locale es   only some locales
 *   npm run i18n:check -- --json        machine-readable output
 *   npm run i18n:check -- --dir <path>  catalogs elsewhere (one folder per locale)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLocale, localeConfig } from '../i18n/locales';
import { checkCatalogs, type Finding } from '../lib/catalog/check';
import { pageArgumentValues } from '../lib/catalog/page-values';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    locale: { type: 'string', multiple: true },
    dir: { type: 'string', default: 'messages' },
    'no-history': { type: 'boolean', default: false },
  },
});

const shipped = Object.keys(localeConfig).filter((l) => l !== defaultLocale);
const locales = values.locale ?? shipped;
const unknown = locales.filter((l) => !(l in localeConfig));
if (unknown.length) {
  console.error(`Unknown locale${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Shipped: ${shipped.join(', ')} (i18n/locales.ts).`);
  process.exit(2);
}

// The values each page fills into its messages, to find values typed into the prose.
const argumentValues = await pageArgumentValues();
const report = checkCatalogs({ dir: path.resolve(values.dir), source: defaultLocale, locales, history: !values['no-history'], values: argumentValues });
const errors = report.findings.filter((f) => f.severity === 'error');
const warnings = report.findings.filter((f) => f.severity === 'warning');

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: string, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const print = (f: Finding) => {
    const label = f.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
    console.log(`${paint('1', `${f.file}:${f.line}:${f.column}`)}  ${label}  ${f.key || '(file)'}  [${f.code}]`);
    console.log(`  ${f.message}`);
    console.log(`  ${paint('2', 'Fix:')} ${f.fix}\n`);
  };
  report.findings.forEach(print);
  if (!report.historyAvailable && !values['no-history']) {
    console.log(
      report.historyMissing === 'shallow'
        ? 'Note: this is a shallow clone, so stale translations were not checked (git fetch --unshallow to check them).\n'
        : 'Note: no git history available, so stale translations were not checked.\n',
    );
  }
  for (const row of report.coverage) {
    const e = errors.filter((f) => f.locale === row.locale).length;
    const w = warnings.filter((f) => f.locale === row.locale).length;
    console.log(`${row.locale}: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'} (${row.translated}/${row.total} messages translated)`);
  }
  const englishErrors = errors.filter((f) => f.locale === defaultLocale).length;
  if (englishErrors) console.log(`${defaultLocale} (source): ${englishErrors} error${englishErrors === 1 ? '' : 's'}`);
  if (!report.findings.length) console.log(paint('32', 'All catalogs are complete and valid.'));
}

process.exit(errors.length || (values.strict && warnings.length) ? 1 : 0);
