import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { po as gettextPo } from 'gettext-parser';
import { beforeAll, expect, it } from 'vitest';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { catalogFiles } from '@/lib/catalog/check';
import { runI18nCheck } from '@/lib/catalog-tools/cli';
import { runI18nExport, runI18nImport } from '@/lib/catalog-tools/exchange-cli';
import { flattenStrings } from '@/lib/catalog/tree';
import { describeWithTools } from './support/tools';

/**
 * Our PO and XLIFF files as the standard tools read them: Debian's
 * translate-toolkit (scripts/install-test-tools.sh installs it). po2json,
 * given the English catalogs as templates, rebuilds every translated catalog
 * from our PO files, and the checker passes what it brings back; xliff2po
 * reads every unit of our XLIFF files with its key, English text and
 * translation; and files that translate-toolkit has read and written anew (as
 * Weblate does when it saves them) import back byte for byte. Each tool runs
 * once over all languages.
 */

const run = promisify(execFile);
const ROOT = process.cwd();
const MESSAGES = path.join(ROOT, 'messages');
const LOCALES = Object.keys(localeConfig).filter((l) => l !== defaultLocale);
const FILES = catalogFiles(path.join(MESSAGES, defaultLocale));
const CASES = LOCALES.flatMap((locale) => FILES.map((file) => [`${locale}/${file}`, locale, file] as const));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describeWithTools(['po2json', 'xliff2po', 'pomerge'], "translate-toolkit reads our PO and XLIFF files and loses nothing", () => {
  const work = mkdtempSync(path.join(tmpdir(), 'i18n-toolkit-'));
  const dir = (...parts: string[]) => path.join(work, ...parts);

  beforeAll(async () => {
    for (const [format, out] of [['po', 'po'], ['xliff', 'xlf']] as const) {
      const result = await runI18nExport(['--format', format, '--out', dir(out)], { cwd: ROOT });
      expect(result.status, result.output).toBe(0);
    }
    // po2json takes, for each PO file, the JSON file at the same place under the template folder.
    for (const locale of LOCALES) cpSync(path.join(MESSAGES, defaultLocale), dir('templates', locale), { recursive: true });
    // A translator's slip, made in the PO file: a renamed {argument}.
    mkdirSync(dir('slip', 'es'), { recursive: true });
    const po = readFileSync(dir('po', 'es', 'common.po'), 'utf8');
    const at = po.indexOf('msgstr', po.indexOf('msgctxt "doc.anchorLabel"'));
    writeFileSync(dir('slip', 'es', 'common.po'), po.slice(0, at) + po.slice(at).replace('{title}', '{titulo}'));

    const quiet = ['--progress=none', '--errorlevel=traceback'];
    mkdirSync(dir('rewritten'));
    await Promise.all([
      run('po2json', [...quiet, '--removeuntranslated', '-t', dir('templates'), '-i', dir('po'), '-o', dir('json')]),
      run('po2json', [...quiet, '--removeuntranslated', '-t', dir('templates'), '-i', dir('slip'), '-o', dir('slip-json')]),
      run('xliff2po', [...quiet, '-i', dir('xlf'), '-o', dir('xliff-po')]),
      // pomerge parses each file and writes it anew with translate-toolkit's own writer, the one Weblate saves PO and XLIFF with.
      run('pomerge', [...quiet, '-t', dir('po'), '-i', dir('po'), '-o', dir('rewritten', 'po')]),
      run('pomerge', [...quiet, '-t', dir('xlf'), '-i', dir('xlf'), '-o', dir('rewritten', 'xlf')]),
    ]);
    for (const out of ['json', 'slip-json']) cpSync(path.join(MESSAGES, defaultLocale), dir(out, defaultLocale), { recursive: true });
    for (const [format, from] of [['po', 'po'], ['xliff', 'xlf']] as const) {
      cpSync(path.join(MESSAGES, defaultLocale), dir('imported', format, defaultLocale), { recursive: true });
      const result = await runI18nImport(['--format', format, '--in', dir('rewritten', from), '--dir', dir('imported', format)], { cwd: ROOT });
      expect(result.status, result.output).toBe(0);
    }
  }, 60_000);

  it.each(CASES.flatMap(([name, locale, file]) => (['po', 'xliff'] as const).map((format) => [name, format, locale, file] as const)))(
    '%s, exported to %s and written anew by translate-toolkit, imports back byte for byte',
    (_, format, locale, file) => {
      const original = path.join(MESSAGES, locale, file);
      const back = dir('imported', format, locale, file);
      expect(existsSync(back)).toBe(existsSync(original));
      if (existsSync(original)) expect(readFileSync(back, 'utf8')).toBe(readFileSync(original, 'utf8'));
    },
  );

  it.each(CASES)('po2json rebuilds %s from our PO file: the same keys, order and texts', (_, locale, file) => {
    const original = path.join(MESSAGES, locale, file);
    const back = dir('json', locale, file);
    if (!existsSync(original)) return expect(readJson(back)).toEqual({});
    expect(JSON.stringify(readJson(back), null, 2)).toBe(JSON.stringify(readJson(original), null, 2));
  });

  it('the catalogs po2json brought back pass the strict check', () => {
    const { status, output } = runI18nCheck(['--dir', 'json', '--strict', '--no-history'], { cwd: work });
    expect(status, output).toBe(0);
  });

  it('a {argument} renamed in the PO file reaches the checker through po2json, which names the file, line, key and reason', () => {
    const { status, output } = runI18nCheck(['--dir', 'slip-json', '--locale', 'es', '--no-history'], { cwd: work });
    expect(status).toBe(1);
    expect(output).toMatch(/^slip-json\/es\/common\.json:\d+:\d+ {2}error {2}doc\.anchorLabel {2}\[arguments\]$/m);
    expect(output).toContain('Arguments differ from English: expected {title}, found {titulo}.');
  });

  it.each(CASES)('xliff2po reads every unit of our XLIFF file for %s: key, English text and translation, none fuzzy', (_, locale, file) => {
    const table = gettextPo.parse(readFileSync(dir('xliff-po', locale, file.replace(/\.json$/, '.po')), 'utf8'));
    const read = new Map<string, { english: string; translation: string; fuzzy: boolean }>();
    for (const entries of Object.values(table.translations)) {
      for (const entry of Object.values(entries)) {
        if (!entry.msgid) continue; // the header
        read.set(entry.comments?.reference ?? '', {
          english: entry.msgid,
          translation: entry.msgstr[0] ?? '',
          fuzzy: (entry.comments?.flag ?? '').includes('fuzzy'),
        });
      }
    }
    const translated = existsSync(path.join(MESSAGES, locale, file)) ? flattenStrings(readJson(path.join(MESSAGES, locale, file))) : new Map<string, string>();
    const expected = new Map(
      [...flattenStrings(readJson(path.join(MESSAGES, defaultLocale, file)))].map(([key, english]) => [key, { english, translation: translated.get(key) ?? '', fuzzy: false }]),
    );
    expect(read).toEqual(expected);
  });
});
