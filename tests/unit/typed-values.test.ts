import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALUES as VERBATIM } from '@/guides/access-auth/values';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { checkCatalogs } from '@/lib/catalog/check';
import { pageArgumentValues } from '@/lib/catalog-tools/page-values';
import { findTypedValues, isCodeLikeValue } from '@/lib/catalog/validate';

/**
 * A value that has an argument must reach the page through it: typed into
 * the prose, it escapes every check of the value (and its right-to-left
 * isolation), and goes stale when the value changes.
 */
describe('values typed into the prose', () => {
  const values = { port: '8008', authJson: '/root/.config/proxmenux-monitor/auth.json', authJsonFile: 'auth.json', settings: 'Settings' };

  it('are reported with the key, the value, its argument and the fix', () => {
    const [problem, ...rest] = findTypedValues('intro.body', 'Anyone who reaches port 8008 can sign in.', values);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', code: 'typed-value', key: 'intro.body' });
    expect(problem?.message).toBe('“8008” is typed into the text, but the argument {port} holds it.');
    expect(problem?.fix).toMatch(/^Write \{port\} in place of “8008”/);
  });

  it('are found inside tags too, and each once per message', () => {
    const problems = findTypedValues('a', 'Edit <code>auth.json</code>, then auth.json again, on port <strong>8008</strong>.', values);
    expect(problems.map((p) => p.message)).toEqual([
      '“auth.json” is typed into the text, but the argument {authJsonFile} holds it.',
      '“8008” is typed into the text, but the argument {port} holds it.',
    ]);
  });

  it('name the longest value where two overlap (a path and the file it ends with)', () => {
    const problems = findTypedValues('a', 'Delete /root/.config/proxmenux-monitor/auth.json first.', values);
    expect(problems.map((p) => p.message)).toEqual(['“/root/.config/proxmenux-monitor/auth.json” is typed into the text, but the argument {authJson} holds it.']);
  });

  it('are not the arguments themselves, parts of longer words, or plain words', () => {
    expect(findTypedValues('a', 'Port {port} and <code>{authJsonFile}</code>.', values)).toEqual([]);
    expect(findTypedValues('a', 'Dial 18008 or read myauth.json_old.', values)).toEqual([]);
    // "Settings" is a word a sentence may use; only code-like values count.
    expect(findTypedValues('a', 'Open the Settings menu.', values)).toEqual([]);
    expect(isCodeLikeValue('Settings')).toBe(false);
    expect(['8008', 'X-Forwarded-For', '/ws/terminal', 'auth.json'].every(isCodeLikeValue)).toBe(true);
  });

  it('come from the guide’s verbatim values, without its screen and menu labels', () => {
    const pages = pageArgumentValues();
    const guide = pages['docs/monitor/access-auth.json'];
    expect(guide).toMatchObject({ port: VERBATIM.port, authJsonFile: 'auth.json' });
    expect(Object.keys(guide ?? {}).filter((name) => /^(ui|menu)[A-Z]/.test(name))).toEqual([]);
  });

  it('appear nowhere in the shipped catalogs, in any language', () => {
    const locales = Object.keys(localeConfig).filter((l) => l !== defaultLocale);
    const report = checkCatalogs({ dir: path.resolve('messages'), source: defaultLocale, locales, values: pageArgumentValues() });
    const typed = report.findings.filter((f) => f.code === 'typed-value').map((f) => `${f.file}:${f.line} ${f.key}: ${f.message}`);
    expect(typed).toEqual([]);
  });
});
