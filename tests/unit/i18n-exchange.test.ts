import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { catalogFiles } from '@/lib/catalog/check';
import { runI18nCheck } from '@/lib/catalog-tools/cli';
import { EXCHANGE_FORMATS, EXTENSION, type ExchangeFormat } from '@/lib/catalog-tools/exchange';
import { runI18nExport, runI18nImport } from '@/lib/catalog-tools/exchange-cli';

/**
 * `npm run i18n:export` / `i18n:import`: a translator's PO or XLIFF file
 * comes back as the JSON catalog it was made from, and what would break a
 * catalog is refused or caught by the checker with the file, key and reason.
 */

const ROOT = process.cwd();
const MESSAGES = path.join(ROOT, 'messages');
const LOCALES = Object.keys(localeConfig).filter((l) => l !== defaultLocale);
const FILES = catalogFiles(path.join(MESSAGES, defaultLocale));

/** A scratch project: English catalogs (and optionally some translations) under messages/. */
function scratch(locales: string[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), 'i18n-exchange-'));
  for (const locale of [defaultLocale, ...locales]) {
    if (existsSync(path.join(MESSAGES, locale))) cpSync(path.join(MESSAGES, locale), path.join(root, 'messages', locale), { recursive: true });
  }
  mkdirSync(path.join(root, 'messages'), { recursive: true });
  return root;
}

const read = (file: string) => readFileSync(file, 'utf8');

/** The checker's strict report on the shipped catalogs, computed once. */
let originalReport: string | undefined;

describe.each(EXCHANGE_FORMATS)('every catalog of every language, exported to %s and imported back', (format) => {
  const project = scratch();
  const exchange = path.join(project, 'exchange');

  beforeAll(async () => {
    // Exported from the real catalogs, imported into a project that has only English.
    const exported = await runI18nExport(['--format', format, '--out', exchange], { cwd: ROOT });
    expect(exported.status, exported.output).toBe(0);
    const imported = await runI18nImport(['--format', format, '--in', exchange, '--dir', 'messages'], { cwd: project });
    expect(imported.status, imported.output).toBe(0);
  }, 30_000);

  it.each(LOCALES.flatMap((locale) => FILES.map((file) => [`${locale}/${file}`] as const)))('%s is the same file, byte for byte', (file) => {
    const original = path.join(MESSAGES, file);
    const back = path.join(project, 'messages', file);
    expect(existsSync(back)).toBe(existsSync(original));
    if (existsSync(original)) expect(read(back)).toBe(read(original));
  });

  it('and the catalogs that came back pass the strict check, with the same report as the originals', () => {
    const back = runI18nCheck(['--dir', 'messages', '--strict', '--no-history'], { cwd: project });
    expect(back.status, back.output).toBe(0);
    originalReport ??= runI18nCheck(['--dir', 'messages', '--strict', '--no-history'], { cwd: ROOT }).output;
    expect(back.output).toBe(originalReport);
  });
});

const fixtures = new Map<string, Promise<string>>();

/**
 * A scratch project with one language's catalogs and their export under
 * exchange/; the export runs once per format and language, each test edits
 * its own copy.
 */
async function exportLocale(format: ExchangeFormat, locale: string) {
  const id = `${format}:${locale}`;
  let fixture = fixtures.get(id);
  if (!fixture) {
    fixture = (async () => {
      const project = scratch([locale]);
      const result = await runI18nExport(['--format', format, '--locale', locale, '--out', 'exchange'], { cwd: project });
      expect(result.status, result.output).toBe(0);
      return project;
    })();
    fixtures.set(id, fixture);
  }
  const project = mkdtempSync(path.join(tmpdir(), 'i18n-exchange-'));
  cpSync(await fixture, project, { recursive: true });
  const file = (catalog: string) => path.join(project, 'exchange', locale, catalog.replace(/\.json$/, EXTENSION[format]));
  const importBack = () => runI18nImport(['--format', format, '--locale', locale, '--in', 'exchange'], { cwd: project });
  return { project, file, importBack };
}

/** The text of one unit (PO: from its location comment to the blank line; XLIFF: its trans-unit). */
function unitSpan(format: ExchangeFormat, text: string, key: string): [number, number] {
  const start = format === 'po' ? text.indexOf(`#: .${key}\n`) : text.indexOf(`<trans-unit id="${key}"`);
  const end = format === 'po' ? text.indexOf('\n\n', start) + 2 : text.indexOf('</trans-unit>', start) + '</trans-unit>'.length;
  expect(start, `no unit ${key}`).toBeGreaterThan(0);
  return [start, end];
}

/** Edits the translation of one unit, as a translator's editor would. */
function editTarget(format: ExchangeFormat, file: string, key: string, edit: (target: string) => string) {
  const text = read(file);
  const [start, end] = unitSpan(format, text, key);
  const unit = text.slice(start, end);
  const at = format === 'po' ? unit.indexOf('msgstr ') : unit.indexOf('<target>');
  writeFileSync(file, text.slice(0, start) + unit.slice(0, at) + edit(unit.slice(at)) + text.slice(end));
}

describe.each(EXCHANGE_FORMATS)('importing %s refuses what would lose or invent a message, and writes nothing', (format) => {
  const original = read(path.join(MESSAGES, 'es', 'common.json'));

  it('a message whose unit was deleted', async () => {
    const { project, file, importBack } = await exportLocale(format, 'es');
    const text = read(file('common.json'));
    const [start, end] = unitSpan(format, text, 'doc.anchorLabel');
    writeFileSync(file('common.json'), text.slice(0, start) + text.slice(end));
    const { status, output } = await importBack();
    expect(status).toBe(1);
    expect(output).toContain(`exchange/es/common${EXTENSION[format]}  doc.anchorLabel\n  This message has no unit in the file; importing would lose it.`);
    expect(read(path.join(project, 'messages', 'es', 'common.json'))).toBe(original);
  });

  it('a unit whose key was renamed', async () => {
    const { project, file, importBack } = await exportLocale(format, 'es');
    const attribute = format === 'po' ? 'msgctxt "doc.anchorLabel"' : 'id="doc.anchorLabel"';
    writeFileSync(file('common.json'), read(file('common.json')).replace(attribute, attribute.replace('anchorLabel', 'anchorTitle')));
    const { status, output } = await importBack();
    expect(status).toBe(1);
    expect(output).toContain(`common${EXTENSION[format]}  doc.anchorTitle\n  English has no message with this key; importing it would invent one.`);
    expect(output).toContain(`common${EXTENSION[format]}  doc.anchorLabel\n  This message has no unit in the file`);
    expect(read(path.join(project, 'messages', 'es', 'common.json'))).toBe(original);
  });

  it('a file translated from an English text that has changed since', async () => {
    const { project, importBack } = await exportLocale(format, 'es');
    const english = path.join(project, 'messages', 'en', 'common.json');
    writeFileSync(english, read(english).replace('"Link to the section “{title}”"', '"Link to “{title}”"'));
    const { status, output } = await importBack();
    expect(status).toBe(1);
    expect(output).toContain(`common${EXTENSION[format]}  doc.anchorLabel\n  The English text changed since this file was exported`);
  });

  it('a file of another language', async () => {
    const { project, file } = await exportLocale(format, 'es');
    mkdirSync(path.join(project, 'exchange', 'fr'));
    writeFileSync(path.join(project, 'exchange', 'fr', `common${EXTENSION[format]}`), read(file('common.json')));
    const { status, output } = await runI18nImport(['--format', format, '--locale', 'fr', '--in', 'exchange'], { cwd: project });
    expect(status).toBe(1);
    expect(output).toMatch(/exchange\/fr\/common\.(po|xlf)\n {2}This file is for "es" but sits in the folder of fr/);
  });
});

describe('exporting refuses a catalog that would not come back whole', () => {
  it('a key English does not have is named, and nothing is written', async () => {
    const project = scratch(['es']);
    const es = path.join(project, 'messages', 'es', 'common.json');
    writeFileSync(es, read(es).replace('"anchorLabel":', '"anchorLabell": "x",\n    "anchorLabel":'));
    const { status, output } = await runI18nExport(['--format', 'po', '--locale', 'es', '--out', 'exchange'], { cwd: project });
    expect(status).toBe(1);
    expect(output).toContain('messages/es/common.json  doc.anchorLabell\n  English has no such key; the export would lose it.');
    expect(existsSync(path.join(project, 'exchange'))).toBe(false);
  });
});

describe.each(EXCHANGE_FORMATS)("a translator's mistake made in %s is caught by the checker after import", (format) => {
  it('a renamed {argument}: file, line, key and reason', async () => {
    const { project, file, importBack } = await exportLocale(format, 'es');
    editTarget(format, file('common.json'), 'doc.anchorLabel', (target) => target.replace('{title}', '{titulo}'));
    const imported = await importBack();
    expect(imported.status, imported.output).toBe(0);
    const { status, output } = runI18nCheck(['--dir', 'messages', '--locale', 'es', '--no-history'], { cwd: project });
    expect(status).toBe(1);
    expect(output).toMatch(/^messages\/es\/common\.json:27:5 {2}error {2}doc\.anchorLabel {2}\[arguments\]$/m);
    expect(output).toContain('Arguments differ from English: expected {title}, found {titulo}.');
  });

  it('a translation marked as needing work is left out, so readers see English, and the checker says so', async () => {
    const { project, file, importBack } = await exportLocale(format, 'es');
    const text = read(file('common.json'));
    const [start] = unitSpan(format, text, 'doc.anchorLabel');
    writeFileSync(
      file('common.json'),
      format === 'po'
        ? text.slice(0, start) + text.slice(start).replace('#, icu-message-format', '#, fuzzy, icu-message-format')
        : text.slice(0, start) + text.slice(start).replace('approved="yes"', 'approved="no"'),
    );
    const imported = await importBack();
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toContain('left out, marked fuzzy (needs work): doc.anchorLabel');
    const { status, output } = runI18nCheck(['--dir', 'messages', '--locale', 'es', '--no-history'], { cwd: project });
    expect(status, output).toBe(0);
    expect(output).toMatch(/^messages\/es\/common\.json:\d+:\d+ {2}warning {2}doc\.anchorLabel {2}\[missing\]$/m);
  });
});

describe('the exchange files a translator opens', () => {
  it('PO: the key as msgctxt, English as msgid, the translation as msgstr, and what to keep as a note', async () => {
    const { file } = await exportLocale('po', 'ru');
    const text = read(file('common.json'));
    const [start, end] = unitSpan('po', text, 'doc.readingTime');
    expect(text.slice(start, end)).toBe(
      [
        '#: .doc.readingTime',
        '#. One ICU plural: keep the whole {minutes, plural, …} message and give it the forms one, few, many, other (ru); # stands for the number.',
        '#, icu-message-format',
        'msgctxt "doc.readingTime"',
        'msgid "{minutes, plural, one {# min read} other {# min read}}"',
        'msgstr ""',
        '"{minutes, plural, one {# мин чтения} few {# мин чтения} many {# мин чтения} "',
        '"other {# мин чтения}}"',
        '',
        '',
      ].join('\n'),
    );
    expect(text).toMatch(/^"Language: ru\\n"$/m);
  });

  it('XLIFF 1.2: one trans-unit per key, the target language as the site names it, an untranslated message without a target', async () => {
    const project = scratch();
    const result = await runI18nExport(['--format', 'xliff', '--locale', 'zh-Hans', '--out', 'exchange'], { cwd: project });
    expect(result.status, result.output).toBe(0);
    const text = read(path.join(project, 'exchange', 'zh-Hans', 'common.xlf'));
    expect(text).toContain('<file original="common.json" datatype="plaintext" source-language="en" target-language="zh-Hans">');
    const [start, end] = unitSpan('xliff', text, 'doc.anchorLabel');
    expect(text.slice(start, end)).toBe(
      [
        '<trans-unit id="doc.anchorLabel" resname="doc.anchorLabel" xml:space="preserve">',
        '        <source>Link to the section “{title}”</source>',
        '        <note>Keep {title} exactly as written (the page fills it in); move it where your grammar needs.</note>',
        '      </trans-unit>',
      ].join('\n'),
    );
  });
});

it('runs as npm run i18n:export and i18n:import: the scripts print their report and exit with its status', async () => {
  // One real process each, for the command-line wiring; everything else runs in this process.
  const project = scratch(['de']);
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const run = (script: string, args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, 'scripts', script), ...args], { cwd: project });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  const [exported, refused] = await Promise.all([run('i18n-export.ts', ['--format', 'po', '--locale', 'de']), run('i18n-import.ts', ['--format', 'mo'])]);
  expect(exported.status, exported.stderr).toBe(0);
  expect(exported.stdout).toContain('de: ');
  expect(read(path.join(project, 'translations', 'de', 'docs', 'index.po'))).toContain('msgctxt "meta.title"');
  expect(refused.status).toBe(2);
  expect(refused.stderr).toContain('Choose a format: --format po or --format xliff.');
}, 30_000);
