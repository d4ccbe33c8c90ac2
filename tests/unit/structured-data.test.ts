import { describe, expect, it } from 'vitest';
import { gitDates } from '@/lib/git-dates';
import { techArticleJsonLd } from '@/lib/structured-data';

describe('techArticleJsonLd', () => {
  const data = techArticleJsonLd({
    url: 'https://docs.example.org/es/docs/monitor/access-auth/',
    headline: 'Acceso y autenticación',
    description: 'Cómo proteger el panel.',
    inLanguage: 'es',
    image: 'https://docs.example.org/og/es/access-auth.png',
    dates: { created: '2026-01-02T10:00:00+00:00', modified: '2026-03-04T11:00:00+00:00' },
    breadcrumbs: [
      { name: 'Documentación', url: 'https://docs.example.org/es/docs/' },
      { name: 'Acceso y autenticación', url: 'https://docs.example.org/es/docs/monitor/access-auth/' },
    ],
    siteUrl: 'https://docs.example.org',
  });
  const graph = data['@graph'] as Record<string, unknown>[];

  it('describes the page as a TechArticle in its language, with dates and publisher', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(graph[0]).toMatchObject({
      '@type': 'TechArticle',
      headline: 'Acceso y autenticación',
      inLanguage: 'es',
      url: 'https://docs.example.org/es/docs/monitor/access-auth/',
      datePublished: '2026-01-02T10:00:00+00:00',
      dateModified: '2026-03-04T11:00:00+00:00',
      publisher: { '@type': 'Organization', name: 'ProxMenux', logo: { url: 'https://docs.example.org/apple-touch-icon.png' } },
    });
  });

  it('numbers the breadcrumbs from the docs home', () => {
    expect(graph[1]).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Documentación', item: 'https://docs.example.org/es/docs/' },
        { '@type': 'ListItem', position: 2, item: 'https://docs.example.org/es/docs/monitor/access-auth/' },
      ],
    });
  });
});

describe('gitDates', () => {
  it('dates a tracked file from its history', () => {
    const dates = gitDates(['package.json']);
    expect(dates?.created).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(new Date(dates?.modified ?? 0).getTime()).toBeGreaterThanOrEqual(new Date(dates?.created ?? 0).getTime());
  });

  it('has no dates for a file git does not know', () => {
    expect(gitDates(['no/such/file.txt'])).toBeUndefined();
  });
});
