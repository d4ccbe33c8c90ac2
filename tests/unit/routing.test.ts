import { describe, expect, it } from 'vitest';
import { createSiteRouting } from '@/i18n/define-routing';
import { localeConfig } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { getPage } from '@/lib/pages';
import { isSitePath, resolveDocsHref } from '@/lib/routes';

describe('routing', () => {
  it('is derived from the locale table, every URL carrying its language', () => {
    expect(routing.locales).toEqual(Object.keys(localeConfig));
    expect(routing.defaultLocale).toBe('en');
    expect(routing.localePrefix).toBe('always');
  });

  it('follows a locale table with an extra language', () => {
    const extended = createSiteRouting({ ...localeConfig, nl: { label: 'Nederlands', ogLocale: 'nl_NL', dir: 'ltr' } }, 'en');
    expect(extended.locales).toEqual([...Object.keys(localeConfig), 'nl']);
  });

  it('rejects a default locale that is not in the table', () => {
    expect(() => createSiteRouting(localeConfig, 'nl' as 'en')).toThrow(/Default locale "nl"/);
  });
});

describe('resolveDocsHref', () => {
  it('keeps pages of this site on this site, in the reader’s language', () => {
    expect(resolveDocsHref(getPage('accessAuth').path, 'es')).toEqual({ href: '/es/docs/monitor/access-auth/', external: false });
    expect(resolveDocsHref(`${getPage('accessAuth').path}#recovering-password`, 'en')).toEqual({
      href: '/en/docs/monitor/access-auth/#recovering-password',
      external: false,
    });
  });

  it('sends other docs pages to the public docs, in the reader’s language where they have it, on the same site', () => {
    // The public docs are in English and Spanish, on proxmenux.com, this site's own host: no new tab.
    expect(resolveDocsHref('/docs/security/fail2ban', 'es')).toEqual({ href: 'https://proxmenux.com/es/docs/security/fail2ban', external: false });
    expect(resolveDocsHref('/docs/security/fail2ban', 'en')).toEqual({ href: 'https://proxmenux.com/en/docs/security/fail2ban', external: false });
  });

  it('sends readers of other languages to the English page, and says which language it is in', () => {
    for (const locale of ['de', 'fr', 'it', 'pt-BR', 'ru', 'zh-Hans', 'ar']) {
      expect(resolveDocsHref('/docs/monitor/api#tokens', locale)).toEqual({ href: 'https://proxmenux.com/en/docs/monitor/api#tokens', external: false, hreflang: 'en' });
    }
  });

  it('refuses anything but a site path', () => {
    expect(() => resolveDocsHref('https://evil.example', 'en')).toThrow();
    expect(() => resolveDocsHref('//evil.example/x', 'en')).toThrow();
  });
});

describe('isSitePath', () => {
  it('knows the pages of the site and nothing else', () => {
    expect(isSitePath('/')).toBe(false);
    expect(isSitePath('/docs')).toBe(true);
    expect(isSitePath('/docs/')).toBe(true);
    expect(isSitePath('/docs/monitor/access-auth')).toBe(true);
    expect(isSitePath('/docs/monitor')).toBe(false);
    expect(isSitePath('/docs/monitor/access-auth/extra')).toBe(false);
    // The 404 page is served with status 404 only, never as a page.
    expect(isSitePath('/404')).toBe(false);
  });
});
