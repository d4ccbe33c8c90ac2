import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultLocale, localeConfig } from '../../i18n/locales';
import { catalogFiles } from '../catalog/check';
import {
  catalogJson,
  catalogUnits,
  EXCHANGE_FORMATS,
  EXTENSION,
  ExchangeError,
  matchUnits,
  readExchange,
  writeExchange,
  type ExchangeFormat,
  type ExchangeProblem,
} from './exchange';
import { parseCatalogSource } from '../catalog/source';

/**
 * `npm run i18n:export` and `npm run i18n:import`: the catalogs as PO or
 * XLIFF files and back (see lib/catalog-tools/exchange.ts for the format).
 *
 *   npm run i18n:export -- --format po|xliff [--locale x]… [--out dir] [--dir messages]
 *   npm run i18n:import -- --format po|xliff [--locale x]… [--in dir]  [--dir messages]
 *
 * Files go to (and come from) `<dir>/<locale>/<catalog>.po|.xlf`, mirroring
 * messages/ (`translations/es/docs/monitor/access-auth.po`); the default dir
 * is `translations/`, which git ignores. Both commands check everything
 * first and write nothing when anything is wrong, naming the file, the key
 * and the reason.
 */

export type ExchangeRun = { status: 0 | 1 | 2; output: string };

const DEFAULT_EXCHANGE_DIR = 'translations';

const shipped = () => Object.keys(localeConfig).filter((l) => l !== defaultLocale);

type Parsed = { format: ExchangeFormat; locales: string[] | undefined; exchangeDir: string; messagesDir: string };

function parseOptions(argv: string[], cwd: string, dirOption: 'out' | 'in'): Parsed | string {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string' },
      locale: { type: 'string', multiple: true },
      [dirOption]: { type: 'string', default: DEFAULT_EXCHANGE_DIR },
      dir: { type: 'string', default: 'messages' },
    },
  });
  const format = values.format;
  if (!format || !EXCHANGE_FORMATS.includes(format as ExchangeFormat)) {
    return `Choose a format: --format ${EXCHANGE_FORMATS.join(' or --format ')}.`;
  }
  const locales = values.locale as string[] | undefined;
  const unknown = (locales ?? []).filter((l) => !shipped().includes(l));
  if (unknown.length) {
    return `Unknown locale${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Translations: ${shipped().join(', ')} (i18n/locales.ts; English is the source).`;
  }
  return {
    format: format as ExchangeFormat,
    locales,
    exchangeDir: path.resolve(cwd, String(values[dirOption])),
    messagesDir: path.resolve(cwd, String(values.dir)),
  };
}

const rel = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/');

function describe(problems: ExchangeProblem[]): string[] {
  return problems.map((p) => `${p.file}${p.key ? `  ${p.key}` : ''}\n  ${p.reason}`);
}

/** Reads a catalog file, refusing one the checker would reject as unreadable. */
function readCatalog(file: string, display: string): unknown {
  const source = parseCatalogSource(readFileSync(file, 'utf8'));
  const problems: ExchangeProblem[] = [
    ...source.syntaxErrors.map((e) => ({ file: `${display}:${e.line}:${e.column}`, key: '', reason: `${e.message} ${e.fix}` })),
    ...source.duplicates.map((d) => ({ file: `${display}:${d.line}:${d.column}`, key: d.key, reason: 'This key appears twice in the same object; keep one.' })),
  ];
  if (problems.length) throw new ExchangeError(problems);
  return source.value;
}

export async function runI18nExport(argv: string[], options: { cwd?: string } = {}): Promise<ExchangeRun> {
  const cwd = options.cwd ?? process.cwd();
  const parsed = parseOptions(argv, cwd, 'out');
  if (typeof parsed === 'string') return { status: 2, output: parsed };
  const { format, exchangeDir, messagesDir } = parsed;
  const locales = parsed.locales ?? shipped();
  const files = catalogFiles(path.join(messagesDir, defaultLocale));
  const problems: ExchangeProblem[] = [];
  const writes: { file: string; text: string }[] = [];
  const lines: string[] = [];

  for (const locale of locales) {
    const extra = catalogFiles(path.join(messagesDir, locale)).filter((f) => !files.includes(f));
    for (const f of extra) problems.push({ file: rel(cwd, path.join(messagesDir, locale, f)), key: '', reason: `English has no ${f}; the export would leave it behind. Delete it or fix its name (npm run i18n:check).` });
    let messages = 0;
    let translated = 0;
    for (const catalog of files) {
      const englishFile = path.join(messagesDir, defaultLocale, catalog);
      const targetFile = path.join(messagesDir, locale, catalog);
      const display = rel(cwd, targetFile);
      try {
        const english = readCatalog(englishFile, rel(cwd, englishFile));
        const translation = existsSync(targetFile) ? readCatalog(targetFile, display) : undefined;
        const units = catalogUnits(display, english, translation, locale);
        const out = path.join(exchangeDir, locale, catalog.replace(/\.json$/, EXTENSION[format]));
        const text = await writeExchange(format, display, { catalog, locale, sourceLocale: defaultLocale }, units);
        writes.push({ file: out, text });
        messages += units.length;
        translated += units.filter((u) => u.target).length;
      } catch (error) {
        if (error instanceof ExchangeError) problems.push(...error.problems);
        else throw error;
      }
    }
    lines.push(`${locale}: ${files.length} file${files.length === 1 ? '' : 's'}, ${translated} of ${messages} messages translated → ${rel(cwd, path.join(exchangeDir, locale))}/`);
  }

  if (problems.length) {
    return { status: 1, output: ['Nothing was exported; fix these first:', '', ...describe(problems)].join('\n') };
  }
  for (const { file, text } of writes) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { status: 0, output: lines.join('\n') };
}

/** Exchange files under a folder, relative to it, sorted. */
function exchangeFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(extension)) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

export async function runI18nImport(argv: string[], options: { cwd?: string } = {}): Promise<ExchangeRun> {
  const cwd = options.cwd ?? process.cwd();
  const parsed = parseOptions(argv, cwd, 'in');
  if (typeof parsed === 'string') return { status: 2, output: parsed };
  const { format, exchangeDir, messagesDir } = parsed;
  const extension = EXTENSION[format];
  const files = catalogFiles(path.join(messagesDir, defaultLocale));
  const problems: ExchangeProblem[] = [];
  const writes: { file: string; text: string }[] = [];
  const lines: string[] = [];

  const present = existsSync(exchangeDir) ? readdirSync(exchangeDir).filter((n) => statSync(path.join(exchangeDir, n)).isDirectory()).sort() : [];
  const locales = parsed.locales ?? present;
  if (!locales.length) {
    return { status: 1, output: `Nothing to import: ${rel(cwd, exchangeDir)}/ has no language folders (npm run i18n:export writes them).` };
  }
  for (const folder of present.filter((n) => !shipped().includes(n) && !parsed.locales)) {
    problems.push({ file: rel(cwd, path.join(exchangeDir, folder)), key: '', reason: `"${folder}" is not a language of the site (${shipped().join(', ')}); rename the folder to its code in i18n/locales.ts.` });
  }

  for (const locale of locales.filter((l) => shipped().includes(l))) {
    const found = exchangeFiles(path.join(exchangeDir, locale), extension);
    if (!found.length) {
      problems.push({ file: rel(cwd, path.join(exchangeDir, locale)), key: '', reason: `No ${extension} files to import for ${locale}.` });
      continue;
    }
    for (const name of found) {
      const source = path.join(exchangeDir, locale, name);
      const display = rel(cwd, source);
      const catalog = name.slice(0, -extension.length) + '.json';
      if (!files.includes(catalog)) {
        problems.push({ file: display, key: '', reason: `English has no ${catalog}; nothing would read it. Keep the file names of the export.` });
        continue;
      }
      try {
        const english = readCatalog(path.join(messagesDir, defaultLocale, catalog), rel(cwd, path.join(messagesDir, defaultLocale, catalog)));
        const { units, fuzzy } = await readExchange(format, display, readFileSync(source, 'utf8'), { catalog, locale, sourceLocale: defaultLocale });
        const targets = matchUnits(display, english, units);
        const target = path.join(messagesDir, locale, catalog);
        const json = catalogJson(display, english, targets) ?? (existsSync(target) ? '{}\n' : undefined);
        const count = [...targets.values()].filter(Boolean).length;
        if (json !== undefined) writes.push({ file: target, text: json });
        lines.push(`${rel(cwd, target)}: ${count} of ${targets.size} messages translated` + (json === undefined ? ' (none, so no file written)' : ''));
        if (fuzzy.length) lines.push(`  left out, marked fuzzy (needs work): ${fuzzy.join(', ')}`);
      } catch (error) {
        if (error instanceof ExchangeError) problems.push(...error.problems);
        else throw error;
      }
    }
  }

  if (problems.length) {
    return { status: 1, output: ['Nothing was imported; fix these first:', '', ...describe(problems)].join('\n') };
  }
  for (const { file, text } of writes) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const checkArgs = [...(locales.length === 1 ? ['--locale', locales[0]] : []), ...(rel(cwd, messagesDir) === 'messages' ? [] : ['--dir', rel(cwd, messagesDir)])];
  lines.push('', `Now check the result: npm run i18n:check${checkArgs.length ? ` -- ${checkArgs.join(' ')}` : ''}`);
  return { status: 0, output: lines.join('\n') };
}
