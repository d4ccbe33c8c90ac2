import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { catalogFiles } from '@/lib/catalog/check';

/**
 * The configuration Crowdin and Weblate read (crowdin.yml, weblate.json) puts
 * every catalog file of every language the site ships where the site reads
 * it, messages/<BCP 47 tag>/…, resolved the way each platform documents its
 * placeholders and patterns.
 */

const ROOT = process.cwd();
const LOCALES = Object.keys(localeConfig).filter((l) => l !== defaultLocale);
const FILES = catalogFiles(path.join(ROOT, 'messages', defaultLocale));
const EVERY_FILE = LOCALES.flatMap((locale) => FILES.map((file) => [locale, file] as const));

/**
 * Crowdin's own code for a language and its `%two_letters_code%`, from
 * Crowdin's list (https://support.crowdin.com/developer/language-codes/),
 * for each language the site ships or plans. A new language needs its line.
 */
const CROWDIN_LANGUAGES: Record<string, { id: string; twoLettersCode: string }> = {
  de: { id: 'de', twoLettersCode: 'de' },
  es: { id: 'es-ES', twoLettersCode: 'es' },
  fr: { id: 'fr', twoLettersCode: 'fr' },
  it: { id: 'it', twoLettersCode: 'it' },
  'pt-BR': { id: 'pt-BR', twoLettersCode: 'pt' },
  ru: { id: 'ru', twoLettersCode: 'ru' },
  'zh-Hans': { id: 'zh-CN', twoLettersCode: 'zh' },
  ar: { id: 'ar', twoLettersCode: 'ar' },
};

type CrowdinFile = {
  source: string;
  translation: string;
  type?: string;
  skip_untranslated_strings?: boolean;
  languages_mapping?: Record<string, Record<string, string>>;
};

/** A Crowdin source pattern as a regular expression: `**` is any folders, `*` any name within one. */
function crowdinSourcePattern(source: string): RegExp {
  const part = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${source.split('/**/').map(part).join('/(?<folders>(?:[^/]+/)*)')}$`);
}

/** Where Crowdin writes the translation of one source file, as its configuration file describes. */
function crowdinTranslationPath(entry: CrowdinFile, sourcePath: string, locale: string): string | undefined {
  const folders = crowdinSourcePattern(entry.source).exec(sourcePath)?.groups?.folders;
  const language = CROWDIN_LANGUAGES[locale];
  if (folders === undefined || !language) return undefined;
  const code = entry.languages_mapping?.two_letters_code?.[language.id] ?? language.twoLettersCode;
  return entry.translation
    .replace('%two_letters_code%', code)
    .replace('/**/', `/${folders}`)
    .replace('%original_file_name%', path.posix.basename(sourcePath));
}

describe('crowdin.yml', () => {
  const config = parseYaml(readFileSync(path.join(ROOT, 'crowdin.yml'), 'utf8')) as { files: CrowdinFile[]; api_token?: string; project_id_env?: string };
  const entries = config.files;

  it('knows Crowdin’s code of every language the site ships', () => {
    expect(LOCALES.filter((l) => !CROWDIN_LANGUAGES[l]), 'add the language’s Crowdin id and two-letter code, then its mapping if they differ from the folder name').toEqual([]);
  });

  it('uploads every English catalog, and nothing else under messages/', () => {
    const matching = (file: string) => entries.filter((e) => crowdinSourcePattern(e.source).test(file));
    for (const file of FILES) expect(matching(`/messages/${defaultLocale}/${file}`), file).toHaveLength(1);
    expect(matching(`/messages/es/glossary.md`)).toEqual([]);
    expect(matching(`/messages/es/common.json`)).toEqual([]);
  });

  it.each(EVERY_FILE)('writes the %s translation of %s into the folder the site reads', (locale, file) => {
    const entry = entries.find((e) => crowdinSourcePattern(e.source).test(`/messages/${defaultLocale}/${file}`));
    expect(entry && crowdinTranslationPath(entry, `/messages/${defaultLocale}/${file}`, locale)).toBe(`/messages/${locale}/${file}`);
  });

  it('keeps the nesting and the ICU messages (JSON type), leaves untranslated messages out, and holds no credentials', () => {
    for (const entry of entries) {
      expect(entry.type).toBe('json');
      expect(entry.skip_untranslated_strings).toBe(true);
    }
    expect(config.api_token).toBeUndefined();
    expect(config.project_id_env).toBeTruthy();
  });
});

type WeblateConfig = {
  project: { language_code_style: string };
  component: { file_format: string; filemask: string; template: string; check_flags: string; language_code_style: string; file_format_params: Record<string, unknown> };
  addons: { name: string; configuration: Record<string, unknown> }[];
};

/** Weblate's discovery regular expression (Python syntax, matched whole) in JavaScript syntax. */
function discoveryPattern(match: string): RegExp {
  return new RegExp(`^${match.replace(/\(\?P</g, '(?<')}$`, 'd');
}

/** Renders `{{ name }}` in a Weblate template field with the match groups. */
function render(template: string, groups: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => groups[name] ?? '');
}

describe('weblate.json', () => {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'weblate.json'), 'utf8')) as WeblateConfig;
  const discovery = config.addons.find((a) => a.name === 'weblate.discovery.discovery')?.configuration ?? {};
  const pattern = discoveryPattern(String(discovery.match));

  /** What the discovery add-on makes of a file: its language, its component's file mask and base file. */
  const discover = (file: string) => {
    const found = pattern.exec(file);
    const groups = found?.groups;
    const span = found?.indices?.groups?.language;
    if (!groups?.language || !span) return undefined;
    return {
      language: groups.language,
      // Weblate's file mask: the path with the language replaced by *.
      mask: `${file.slice(0, span[0])}*${file.slice(span[1])}`,
      base: render(String(discovery.base_file_template), groups),
      name: render(String(discovery.name_template), groups),
    };
  };

  it.each(EVERY_FILE)('reads the %s translation of %s from the folder the site reads, with the English file as base', (locale, file) => {
    const found = discover(`messages/${locale}/${file}`);
    expect(found?.language).toBe(locale);
    expect(found?.mask).toBe(`messages/*/${file}`);
    expect(found?.base).toBe(`messages/${defaultLocale}/${file}`);
    expect(existsSync(path.join(ROOT, found?.base ?? ''))).toBe(true);
  });

  it('finds one component per English catalog, the main one among them, and leaves the glossaries alone', () => {
    const components = new Map(FILES.map((file) => [discover(`messages/${defaultLocale}/${file}`)?.mask, file]));
    expect(components.size).toBe(FILES.length);
    expect(components.get(config.component.filemask)).toBe(path.posix.relative(`messages/${defaultLocale}`, config.component.template));
    expect(discover('messages/es/glossary.md')).toBeUndefined();
  });

  it('writes a new language’s folder as the site names it (BCP 47: pt-BR, zh-Hans)', () => {
    expect(config.project.language_code_style).toBe('bcp');
    expect(config.component.language_code_style).toBe('bcp');
    // The folders the discovery add-on reads are all accepted as languages.
    for (const locale of LOCALES) expect(new RegExp(String(discovery.language_regex)).test(locale), locale).toBe(true);
  });

  it('keeps the nesting, the ICU checks with rich-text tags, and the project’s JSON formatting', () => {
    expect(config.component.file_format).toBe('json-nested');
    expect(discovery.file_format).toBe('json-nested');
    expect(config.component.check_flags.split(',').map((f) => f.trim())).toEqual(expect.arrayContaining(['icu-message-format', 'icu-flags:xml']));
    expect(config.component.file_format_params).toMatchObject({ json_indent: 2, json_indent_style: 'spaces', json_sort_keys: 'none' });
  });
});
