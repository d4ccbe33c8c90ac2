import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runI18nCheck } from '@/lib/catalog-tools/cli';

const ROOT = process.cwd();
const FIXTURES = path.join('tests', 'fixtures', 'catalogs');
// The fixtures hold an English and a Spanish catalog.
const FIXTURE_LOCALE = ['--locale', 'es'];

/** The checker as `npm run i18n:check` runs it, in this process. */
const check = (args: string[], cwd = ROOT) => runI18nCheck(args, { cwd });

type Case = [fixture: string, exit: number, location: string, key: string, says: RegExp];

// One fixture per class of mistake: the exit code, and a report that names
// the file with its line and column, the key and what is wrong.
const ERRORS: Case[] = [
  ['json-syntax', 1, 'es/page.json:2:21', '(file)', /Invalid JSON: property name expected/],
  ['duplicate-key', 1, 'es/page.json:3:3', 'title', /appears twice/],
  ['extra-key', 1, 'es/page.json:17:3', 'subtitle', /English has no such key/],
  ['array-length', 1, 'es/page.json:6:3', 'steps', /List has 1 item; English has 2/],
  ['shape', 1, 'es/page.json:11:5', 'apps.0', /Expected a group of keys as in English, found a text/],
  ['icu-syntax', 1, 'es/page.json:3:3', 'intro', /ICU syntax error: a tag is opened but never closed/],
  ['arguments', 1, 'es/page.json:5:3', 'greeting', /expected \{name\}, found \{nombre\}/],
  ['plural-categories', 1, 'es/page.json:4:3', 'count', /lacks the many form that es needs/],
  ['tags', 1, 'es/page.json:3:3', 'intro', /expected <code>, <strong>, found <code>, <em>/],
  ['unknown-tag', 1, 'es/page.json:3:3', 'intro', /Unknown rich-text tag <b>/],
  ['raw-markup', 1, 'es/page.json:2:3', 'title', /HTML entity "&amp;" would be shown literally/],
  ['extra-file', 1, 'es/pgae.json:1:1', '(file)', /has no pgae\.json/],
  // The guide's own argument values (its verbatim.ts) apply to its catalog file.
  ['typed-value', 1, 'es/docs/monitor/access-auth.json:3:3', 'firewall', /“8008” is typed into the text, but the argument \{port\} holds it\./],
];

const WARNINGS: Case[] = [
  ['missing', 0, 'es/page.json:4:3', 'greeting', /Missing; readers see the English text\. English: .*en\/page\.json:5/],
  ['untranslated', 0, 'es/page.json:8:5', 'steps.1', /Same text as English/],
  ['missing-file', 0, 'es/other.json:1:1', '(file)', /does not exist; readers see English/],
];

describe('npm run i18n:check', () => {
  it.each([...ERRORS, ...WARNINGS])('%s: exit %i, names %s and the key %s', (fixture, exit, location, key, says) => {
    const { status, output } = check(['--dir', path.join(FIXTURES, fixture), ...FIXTURE_LOCALE, '--no-history']);
    expect(status, output).toBe(exit);
    const file = `${FIXTURES}/${fixture}/${location}`;
    const line = output.split('\n').find((l) => l.startsWith(file));
    expect(line, output).toBeDefined();
    expect(line).toContain(` ${key} `);
    expect(line).toContain(exit ? ' error ' : ' warning ');
    expect(output).toMatch(says);
    expect(output).toMatch(/Fix: \S/);
  });

  it('fails with --strict on a message left in English, which is likely a slip', () => {
    expect(check(['--dir', path.join(FIXTURES, 'untranslated'), ...FIXTURE_LOCALE, '--no-history', '--strict']).status).toBe(1);
  });

  it.each(['missing', 'missing-file'])('%s: a translation that lags behind is reported, never failed, even with --strict', (fixture) => {
    const { status, output } = check(['--dir', path.join(FIXTURES, fixture), ...FIXTURE_LOCALE, '--no-history', '--strict']);
    expect(status, output).toBe(0);
    expect(output).toMatch(/missing and 0 stale show English until translated/);
  });

  it('passes a complete, valid catalog, even with --strict', () => {
    const { status, output } = check(['--dir', path.join(FIXTURES, 'valid'), ...FIXTURE_LOCALE, '--no-history', '--strict']);
    expect(status, output).toBe(0);
    expect(output).toContain('es: 0 errors, 0 warnings (9/9 messages translated)');
  });

  it('passes the shipped catalogs with --strict', () => {
    const { status, output } = check(['--strict']);
    expect(status, output).toBe(0);
  }, 60_000);

  it('refuses a locale the site does not ship', () => {
    const { status, output } = check(['--locale', 'xx']);
    expect(status).toBe(2);
    expect(output).toMatch(/Unknown locale: xx/);
  });

  it('reports a translation as stale when English changed after it', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'stale-'));
    cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'messages'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'first');
    const enFile = path.join(repo, 'messages', 'en', 'page.json');
    writeFileSync(enFile, readFileSync(enFile, 'utf8').replace('"First step"', '"First, open the menu"'));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'reword');

    const stale = check(['--dir', 'messages', ...FIXTURE_LOCALE, '--strict'], repo);
    // A stale translation lags behind: reported with where English changed, but it does not fail CI.
    expect(stale.status, stale.output).toBe(0);
    expect(stale.output).toMatch(/^messages\/es\/page\.json:7:5 {2}warning {2}steps\.0 {2}\[stale\]$/m);
    expect(stale.output).toMatch(/English text changed after this translation was last updated \(English: messages\/en\/page\.json:7\)/);
    expect(stale.output).toMatch(/es: 0 errors, 1 warning .*0 missing and 1 stale show English until translated/);

    // Updating the translation makes it current again.
    const esFile = path.join(repo, 'messages', 'es', 'page.json');
    writeFileSync(esFile, readFileSync(esFile, 'utf8').replace('"Primer paso"', '"Primero, abre el menú"'));
    const fresh = check(['--dir', 'messages', ...FIXTURE_LOCALE, '--strict'], repo);
    expect(fresh.status, fresh.output).toBe(0);
    expect(fresh.output).not.toMatch(/\[stale\]/);
  });

  it('runs as npm run i18n:check: the script prints the report and exits with its status', () => {
    // One real process, for the command-line wiring; everything else runs in this process.
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, 'scripts', 'i18n-check.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const failing = run(['--dir', path.join(FIXTURES, 'arguments'), ...FIXTURE_LOCALE, '--no-history']);
    expect(failing.status, failing.stderr).toBe(1);
    expect(failing.stdout).toContain(`${FIXTURES}/arguments/es/page.json:5:3  error  greeting  [arguments]`);
    const unknown = run(['--locale', 'xx']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown locale: xx/);
  }, 60_000);
});
