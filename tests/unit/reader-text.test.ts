import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALUES as VERBATIM } from '@/guides/access-auth/values';
import { routing } from '@/i18n/routing';
import { findReaderTextProblems } from '@/lib/catalog-tools/reader-text';
import { GUIDE_PAGES } from '@/lib/pages';
import { renderedGuideRuns } from './support/guide';

const kinds = (text: Parameters<typeof findReaderTextProblems>[0]) => findReaderTextProblems(text).map((p) => p.kind);

describe('what a reader must never see', () => {
  it.each([
    ['Authorization: Bearer <token\'>\'', 'icu-quote'],
    ['https://<proxmox-ip\'>\':8008', 'icu-quote'],
    ['a literal \'{\' brace', 'icu-quote'],
    ['open port {port} on the host', 'argument'],
    ['{count, plural, one {# token} other {# tokens}}', 'argument'],
    ['see <strong>Login flow</strong> above', 'raw-tag'],
    ['the <apiLink>API reference</apiLink>', 'raw-tag'],
    ['Review &amp; Deploy', 'entity'],
    ['the  Security tab', 'double-space'],
    ['the Security tab..', 'double-punctuation'],
    ['first,, then', 'double-punctuation'],
    ['first,. then', 'double-punctuation'],
    ['设置。。', 'double-punctuation'],
    ['الأول،، ثم', 'double-punctuation'],
    ['a space , then', 'space-before-punctuation'],
    ['the end .', 'space-before-punctuation'],
    ['设置 。', 'space-before-punctuation'],
  ])('finds it in %j', (text, kind) => {
    expect(new Set(kinds(text))).toEqual(new Set([kind]));
    // The report quotes the text around the problem.
    expect(text).toContain(findReaderTextProblems(text)[0]?.excerpt.replaceAll('…', '') ?? '?');
  });

  it.each([
    'Authorization: Bearer <token>',
    'pbkdf2_sha256$<iterations>$<salt>$<hash>',
    'frame-ancestors \'none\'',
    'Wait for it...',
    // French quotes a literal ellipsis with spaces inside its guillemets.
    'suivi de « ... » sur chaque ligne',
    'e.g., Home Assistant',
    '{"display_name": "…"}',
    'Review & Deploy',
    'Le tableau de bord\u00a0: ouvrez-le',
    // A template's own double braces, quoted as a value (Homepage, Jinja).
    'Homepage replaces {{HOMEPAGE_FILE_PROXMENUX_PVE1}} with the file',
  ])('accepts %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('leaves the spacing and punctuation inside code alone, but not around it', () => {
    expect(kinds([{ text: 'run ' }, { text: 'a  ..b', code: true }, { text: ' now.' }])).toEqual([]);
    expect(kinds([{ text: 'run ' }, { text: 'x', code: true }, { text: '  now' }])).toEqual(['double-space']);
    // A space left between code and the comma after it (Arabic shows it as a gap at the comma).
    expect(kinds([{ text: 'شغّل ' }, { text: 'tail -F', code: true }, { text: ' ، ثم' }])).toEqual(['space-before-punctuation']);
    expect(kinds([{ text: 'شغّل ' }, { text: 'tail -F', code: true }, { text: '، ثم' }])).toEqual([]);
    // ICU artifacts are found in code too: that is where values go.
    expect(kinds([{ text: 'send ' }, { text: 'Bearer <token\'>\'', code: true }])).toEqual(['icu-quote']);
  });
});

describe('the verbatim values of the guide', () => {
  // A menu label has a value per language: each is checked.
  const printed = Object.entries(VERBATIM).flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value]] : Object.entries(value).map(([language, text]) => [`${name} (${language})`, text ?? '']),
  );
  it.each(printed)('%s is printed as written, so it carries no ICU escape', (_, value) => {
    expect(findReaderTextProblems([{ text: value, code: true }])).toEqual([]);
  });
});

describe.each(routing.locales)('the %s guides, message by message', (locale) => {
  // Every guide the language has a catalog for (a guide may land in English first).
  const guides = GUIDE_PAGES.filter((page) => existsSync(path.join('messages', locale, `${page.catalog}.json`))).map((page) => page.id);
  it.each(guides)('%s reads cleanly with its values filled in', (guide) => {
    const problems = [...renderedGuideRuns(locale, guide)].flatMap(([key, runs]) =>
      findReaderTextProblems(runs).map((p) => `${key}: ${p.reason}: ${p.excerpt}`),
    );
    expect(problems).toEqual([]);
  });
});
