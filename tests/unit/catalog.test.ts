import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG_FILES, loadCatalog } from '@/i18n/catalog';
import { routing } from '@/i18n/routing';
import { analyzeMessage } from '@/lib/catalog/icu';
import { flattenStrings, mergeWithFallback } from '@/lib/catalog/tree';

const read = (locale: string, file: string) => JSON.parse(readFileSync(path.join('messages', locale, file), 'utf8'));
const translated = routing.locales.filter((l) => l !== routing.defaultLocale);
/** A page may land in English first: its catalog is then missing in the other languages, which show it in English. */
const exists = (locale: string, file: string) => existsSync(path.join('messages', locale, file));

/** Dotted key paths, e.g. `twofa.apps.google.notes`. */
const keysOf = (tree: unknown) => [...flattenStrings(tree).keys()].sort();

describe.each(translated)('the %s catalogs', (locale) => {
  // A catalog may lag behind English (a key not yet translated shows English); a page with no catalog yet is shown in English as a whole.
  describe.each(CATALOG_FILES.map((f) => f.file).filter((file) => exists(locale, file)))('%s', (file) => {
    const en = read('en', file);
    const target = read(locale, file);

    it('has no key that English lacks', () => {
      const english = new Set(keysOf(en));
      expect(keysOf(target).filter((key) => !english.has(key))).toEqual([]);
    });

    it('parses every message as ICU, with the same arguments and rich-text tags as English', () => {
      const targetMessages = flattenStrings(target);
      for (const [key, source] of flattenStrings(en)) {
        const translation = targetMessages.get(key);
        if (translation === undefined) continue; // not translated yet: English is shown
        const a = analyzeMessage(source);
        const b = analyzeMessage(translation);
        expect(a.ok, `en ${key}`).toBe(true);
        expect(b.ok, `${locale} ${key}: ${b.ok ? '' : b.error}`).toBe(true);
        if (a.ok && b.ok) {
          expect(b.shape.tags, `${locale} ${key} tags`).toEqual(a.shape.tags);
          expect(b.shape.args, `${locale} ${key} arguments`).toEqual(a.shape.args);
        }
      }
    });
  });

  it('loads with English fallback exactly for the messages it has not translated', async () => {
    const catalog = await loadCatalog(locale);
    const untranslated = CATALOG_FILES.flatMap(({ file, namespace }) => {
      const done = new Set(exists(locale, file) ? keysOf(read(locale, file)) : []);
      return keysOf(read('en', file))
        .filter((key) => !done.has(key))
        .map((key) => [...namespace, key].join('.'));
    });
    // The site's own texts are always translated.
    expect(exists(locale, 'common.json')).toBe(true);
    expect([...catalog.fallbackKeys].sort()).toEqual(untranslated.sort());
  });
});

describe('mergeWithFallback', () => {
  const base = { a: 'A', list: ['x', 'y'], rows: [{ t: 'one', u: 'uno' }], nested: { b: 'B' } };

  it('takes translated values and fills gaps from the base, recording each', () => {
    const { messages, fallbackKeys } = mergeWithFallback(base, { a: 'Á', list: ['ex'], rows: [{ t: 'eins' }], extra: 'ignored' });
    expect(messages).toEqual({ a: 'Á', list: ['ex', 'y'], rows: [{ t: 'eins', u: 'uno' }], nested: { b: 'B' } });
    expect(fallbackKeys).toEqual(['list.1', 'rows.0.u', 'nested.b']);
  });

  it('replaces values of the wrong shape with the base', () => {
    const { messages, fallbackKeys } = mergeWithFallback(base, { a: { not: 'text' }, list: 'not a list', nested: ['x'] });
    expect(messages).toEqual(base);
    expect(fallbackKeys).toEqual(['a', 'list.0', 'list.1', 'rows.0.t', 'rows.0.u', 'nested.b']);
  });
});

describe('loadCatalog with a broken or incomplete translation', () => {
  const accessAuth = 'docs/monitor/access-auth.json';

  function fixture(edit: (catalog: Record<string, Record<string, unknown>>) => unknown, raw?: string): void {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    mkdirSync(path.join(dir, 'es', 'docs', 'monitor'), { recursive: true });
    for (const { file } of CATALOG_FILES.filter(({ file }) => exists('es', file))) writeFileSync(path.join(dir, 'es', file), readFileSync(path.join('messages', 'es', file)));
    // Complete to start with: keys Spanish has not translated yet are filled in from English.
    const catalog = mergeWithFallback(read('en', accessAuth), read('es', accessAuth)).messages as Record<string, Record<string, unknown>>;
    const edited = edit(catalog) ?? catalog;
    writeFileSync(path.join(dir, 'es', accessAuth), raw ?? JSON.stringify(edited));
    vi.stubEnv('MESSAGES_DIR', dir);
  }

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('shows English for a missing key and names the locale and key in the build log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fixture((c) => {
      delete c.intro?.body;
    });
    const catalog = await loadCatalog('es');
    const english = (await loadCatalog('en')).messages;
    expect(catalog.messages.docs.monitor.accessAuth.intro.body).toBe(english.docs.monitor.accessAuth.intro.body);
    expect(catalog.messages.docs.monitor.accessAuth.intro.title).not.toBe(english.docs.monitor.accessAuth.intro.title);
    // Pages with no Spanish catalog yet fall back as a whole, with a warning of their own.
    expect([...catalog.fallbackKeys].filter((key) => key.startsWith('docs.monitor.accessAuth.'))).toEqual(['docs.monitor.accessAuth.intro.body']);
    const warnings = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('access-auth.json'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/es: 1 key missing in messages\/es\/docs\/monitor\/access-auth\.json, showing English:\n\s+docs\.monitor\.accessAuth\.intro\.body/);
  });

  it('fails with the file, the key and the reason for an ICU syntax error', async () => {
    fixture((c) => {
      (c.reaching as Record<string, string>).intro = 'Abre <code>http://host:8008 sin cerrar';
    });
    await expect(loadCatalog('es')).rejects.toThrow(/messages\/es\/docs\/monitor\/access-auth\.json: reaching\.intro: ICU syntax error/);
  });

  it('fails with the file, the key and the reason for changed rich-text tags', async () => {
    fixture((c) => {
      (c.intro as Record<string, string>).body = 'Sin etiquetas.';
    });
    await expect(loadCatalog('es')).rejects.toThrow(/access-auth\.json: intro\.body: Rich-text tags differ from English/);
  });

  it('fails with the file name for invalid JSON', async () => {
    fixture(() => undefined, '{ "intro": ');
    await expect(loadCatalog('es')).rejects.toThrow(/messages\/es\/docs\/monitor\/access-auth\.json is not valid JSON/);
  });

  it('falls back to English entirely, with a warning, when a file is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('MESSAGES_DIR', mkdtempSync(path.join(tmpdir(), 'empty-')));
    const catalog = await loadCatalog('es');
    const english = (await loadCatalog('en')).messages;
    expect(catalog.messages).toEqual(english);
    expect(catalog.fallbackKeys.size).toBe(flattenStrings(english).size);
    expect(warn.mock.calls.map((c) => c[0])).toEqual(
      CATALOG_FILES.map(({ file }) => `[i18n] es: messages/es/${file} does not exist; showing English.`),
    );
  });
});
