import { describe, expect, it } from 'vitest';
import { buildPageMetadata, pageUrl } from '@/lib/seo';
import { normalizeOrigin } from '@/lib/site';

const locales = [
  { locale: 'en', ogLocale: 'en_US' },
  { locale: 'es', ogLocale: 'es_ES' },
];

const base = {
  locales,
  defaultLocale: 'en',
  path: '/docs/monitor/access-auth',
  title: 'Acceso y autenticación',
  description: 'Cómo proteger el panel.',
  keywords: ['proxmox 2fa', 'proxmox totp'],
  openGraph: { title: 'OG título', description: 'OG descripción' },
  twitter: { title: 'TW título', description: 'TW descripción' },
  image: { url: '/og/es/access-auth.png', width: 1200, height: 630, alt: 'Tarjeta' },
  siteUrl: 'https://docs.example.org',
};

describe('buildPageMetadata', () => {
  const meta = buildPageMetadata({ ...base, locale: 'es' });

  it('points the canonical URL at this language’s own page', () => {
    expect(meta.alternates?.canonical).toBe('https://docs.example.org/es/docs/monitor/access-auth/');
  });

  it('lists every language and an x-default (the default language)', () => {
    expect(meta.alternates?.languages).toEqual({
      en: 'https://docs.example.org/en/docs/monitor/access-auth/',
      es: 'https://docs.example.org/es/docs/monitor/access-auth/',
      'x-default': 'https://docs.example.org/en/docs/monitor/access-auth/',
    });
  });

  it('fills title, description and keywords from the input', () => {
    expect(meta.title).toBe('Acceso y autenticación');
    expect(meta.description).toBe('Cómo proteger el panel.');
    expect(meta.keywords).toEqual(['proxmox 2fa', 'proxmox totp']);
  });

  it('builds an article OpenGraph card with locale, alternates and an absolute image', () => {
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      url: 'https://docs.example.org/es/docs/monitor/access-auth/',
      siteName: 'ProxMenux',
      title: 'OG título',
      description: 'OG descripción',
      locale: 'es_ES',
      alternateLocale: ['en_US'],
      images: [{ url: 'https://docs.example.org/og/es/access-auth.png', width: 1200, height: 630, alt: 'Tarjeta' }],
    });
  });

  it('builds a large-image Twitter card', () => {
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'TW título', description: 'TW descripción' });
  });

  it('falls back to a summary card and the page title without an image or card texts', () => {
    const plain = buildPageMetadata({ ...base, locale: 'en', image: undefined, twitter: undefined, openGraph: undefined });
    expect(plain.twitter).toMatchObject({ card: 'summary', title: 'Acceso y autenticación' });
    expect(plain.openGraph).toMatchObject({ title: 'Acceso y autenticación', locale: 'en_US', alternateLocale: ['es_ES'] });
  });

  it('rejects a locale that is not in the table', () => {
    expect(() => buildPageMetadata({ ...base, locale: 'fr' })).toThrow(/Unknown locale "fr"/);
  });
});

describe('site URL', () => {
  it('builds page URLs without double slashes', () => {
    expect(pageUrl('en', '/docs', 'https://proxmenux.com')).toBe('https://proxmenux.com/en/docs/');
    expect(pageUrl('en', '/', 'https://proxmenux.com')).toBe('https://proxmenux.com/en/');
  });

  it('normalizes the configured origin and refuses nonsense', () => {
    expect(normalizeOrigin('https://proxmenux.com/', 'X')).toBe('https://proxmenux.com');
    expect(normalizeOrigin('https://example.org/docs-site/', 'X')).toBe('https://example.org/docs-site');
    expect(() => normalizeOrigin('proxmenux.com', 'NEXT_PUBLIC_SITE_URL')).toThrow(/NEXT_PUBLIC_SITE_URL must be an absolute URL/);
    expect(() => normalizeOrigin('ftp://proxmenux.com', 'X')).toThrow(/http or https/);
  });
});
