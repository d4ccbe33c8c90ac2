import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { negotiateLocale } from '@/i18n/negotiate';
import { NEGOTIATION_CASES, NODE_ONLY_CASES } from '../shared/negotiation';

describe('negotiateLocale', () => {
  it.each([...NEGOTIATION_CASES, ...NODE_ONLY_CASES])('$name → $expected', ({ acceptLanguage, cookie, expected }) => {
    expect(negotiateLocale({ acceptLanguage, cookie }, routing.locales, routing.defaultLocale)).toBe(expected);
  });

  it('returns one of the given languages, whatever the input', () => {
    const inputs = ['', '*', 'q=1', ',,,', 'es;q=abc', 'es;q=-1', 'x'.repeat(10_000), 'es-'.repeat(500), '\u0000', 'zz-ZZ-zz'];
    for (const acceptLanguage of inputs) {
      for (const cookie of [undefined, '', ' es ', '%', 'es; path=/']) {
        expect(routing.locales).toContain(negotiateLocale({ acceptLanguage, cookie }, routing.locales, routing.defaultLocale));
      }
    }
  });

  it('follows the table it is given', () => {
    const locales = ['en', 'de', 'pt-BR'] as const;
    expect(negotiateLocale({ acceptLanguage: 'de-AT' }, locales, 'en')).toBe('de');
    expect(negotiateLocale({ acceptLanguage: 'pt-PT' }, locales, 'en')).toBe('pt-BR');
    expect(negotiateLocale({ acceptLanguage: 'es' }, locales, 'en')).toBe('en');
  });
});
