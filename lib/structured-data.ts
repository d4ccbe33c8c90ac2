import type { FileDates } from './git-dates';
import { SITE_ICON, SITE_NAME, SITE_URL } from './site';

export type ArticleInput = {
  url: string;
  headline: string;
  description: string;
  /** BCP 47 language of the page. */
  inLanguage: string;
  image: string;
  dates?: FileDates;
  /** Breadcrumb trail, from the docs home to this page. */
  breadcrumbs: { name: string; url: string }[];
  siteUrl?: string;
};

/** schema.org TechArticle and BreadcrumbList for a guide, as one JSON-LD graph. */
export function techArticleJsonLd(input: ArticleInput): Record<string, unknown> {
  const siteUrl = input.siteUrl ?? SITE_URL;
  const publisher = {
    '@type': 'Organization',
    '@id': `${siteUrl}/#organization`,
    name: SITE_NAME,
    url: `${siteUrl}/`,
    logo: { '@type': 'ImageObject', url: `${siteUrl}${SITE_ICON.path}`, width: SITE_ICON.width, height: SITE_ICON.height },
  };
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'TechArticle',
        '@id': `${input.url}#article`,
        headline: input.headline,
        description: input.description,
        inLanguage: input.inLanguage,
        url: input.url,
        mainEntityOfPage: input.url,
        image: input.image,
        ...(input.dates ? { datePublished: input.dates.created, dateModified: input.dates.modified } : {}),
        author: { '@id': publisher['@id'] },
        publisher,
      },
      {
        '@type': 'BreadcrumbList',
        '@id': `${input.url}#breadcrumb`,
        itemListElement: input.breadcrumbs.map((crumb, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: crumb.name,
          item: crumb.url,
        })),
      },
    ],
  };
}
