import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { localeConfig } from '@/i18n/locales';
import { OTHER_SCRIPT_REGIONS, browserNegotiationScript, decisionTable, negotiateLocale } from '@/i18n/negotiate';
import { routing } from '@/i18n/routing';
import { NEGOTIATION_CASES, NODE_ONLY_CASES, cookieHeader } from '../shared/negotiation';

describe('negotiateLocale', () => {
  it.each([...NEGOTIATION_CASES, ...NODE_ONLY_CASES])('$name → $expected', (c) => {
    expect(negotiateLocale({ acceptLanguage: c.acceptLanguage, cookieHeader: cookieHeader(c) }, routing.locales, routing.defaultLocale)).toBe(c.expected);
  });

  it('returns one of the given languages, whatever the input', () => {
    const inputs = ['', '*', 'q=1', ',,,', 'es;q=abc', 'es;q=-1', 'x'.repeat(10_000), 'es-'.repeat(500), '\u0000', 'zz-ZZ-zz'];
    for (const acceptLanguage of inputs) {
      for (const cookie of [undefined, '', 'NEXT_LOCALE= es ', 'NEXT_LOCALE=%', 'NEXT_LOCALE=es; path=/', ';;;=;']) {
        expect(routing.locales).toContain(negotiateLocale({ acceptLanguage, cookieHeader: cookie }, routing.locales, routing.defaultLocale));
      }
    }
  });

  it('follows the table it is given', () => {
    const locales = ['en', 'de', 'pt-BR'] as const;
    expect(negotiateLocale({ acceptLanguage: 'de-AT' }, locales, 'en')).toBe('de');
    expect(negotiateLocale({ acceptLanguage: 'pt-PT' }, locales, 'en')).toBe('pt-BR');
    expect(negotiateLocale({ acceptLanguage: 'es' }, locales, 'en')).toBe('en');
  });

  it('refuses two locales of one language, which the rules cannot tell apart', () => {
    expect(() => decisionTable(['en', 'pt-BR', 'pt-PT'])).toThrow(/pt-BR and pt-PT/);
  });
});

describe('the decision table', () => {
  /** Every region subtag: the 676 two-letter codes and the 1,000 three-digit ones. */
  const REGIONS = [
    ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((a) => [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((b) => a + b)),
    ...Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0')),
  ];

  it('lists exactly the regions CLDR writes in another script, for every language of the site', () => {
    for (const { locale, language, script } of decisionTable(routing.locales)) {
      const other = REGIONS.filter((region) => {
        try {
          return new Intl.Locale(`${language}-${region}`).maximize().script !== script;
        } catch {
          return false;
        }
      });
      expect(OTHER_SCRIPT_REGIONS[language] ?? [], locale).toEqual(other);
    }
    // About 13,000 look-ups in ICU's data: seconds on a busy machine.
  }, 120_000);
});

describe('the browser’s decision on the static root page', () => {
  /** Runs the generated script with a browser's languages and cookies; returns where it sends the reader. */
  function run(languages: string[], cookie = ''): string {
    let target = '';
    const script = browserNegotiationScript(Object.keys(localeConfig), 'en', '/docs/');
    runInNewContext(script, { navigator: { languages }, document: { cookie }, location: { replace: (url: string) => (target = url) } });
    return target;
  }

  it('decides as the server does, from navigator.languages', () => {
    // A browser's list is already in the reader's order, with no q-values.
    const cases: [string[], string][] = [
      [['es-ES', 'es'], 'es'],
      [['pt-PT'], 'pt-BR'],
      [['zh-TW'], 'zh-Hans'],
      [['zh-TW', 'en-US'], 'en'],
      [['zh-yue'], 'en'],
      [['uk-UA', 'ru'], 'ru'],
      [['ca-ES'], 'en'],
      [[], 'en'],
    ];
    for (const [languages, expected] of cases) {
      expect(run(languages), languages.join(',')).toBe(`/${expected}/docs/`);
      expect(negotiateLocale({ acceptLanguage: languages.join(',') }, routing.locales, routing.defaultLocale)).toBe(expected);
    }
  });

  it('reads the first NEXT_LOCALE cookie, in any letter case', () => {
    expect(run(['en-US'], 'NEXT_LOCALE=zh-hans')).toBe('/zh-Hans/docs/');
    expect(run(['en-US'], 'theme=dark; NEXT_LOCALE=de; NEXT_LOCALE=fr')).toBe('/de/docs/');
    expect(run(['es'], 'NEXT_LOCALE=xx; NEXT_LOCALE=fr')).toBe('/es/docs/');
  });
});
