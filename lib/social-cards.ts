/** Size of every social card (OpenGraph and Twitter large image). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The social cards drawn at build time, one per page and language, by file
 * name. Each names the messages it shows: a small line above the title, the
 * title, and the description.
 */
export const SOCIAL_CARDS = {
  'docs-home': { eyebrow: 'site.name', title: 'docsHome.title', description: 'docsHome.description' },
  'access-auth': {
    eyebrow: 'docs.monitor.accessAuth.header.section',
    title: 'docs.monitor.accessAuth.header.title',
    description: 'docs.monitor.accessAuth.header.description',
  },
} as const;

export type SocialCardName = keyof typeof SOCIAL_CARDS;

export function isSocialCard(name: string): name is SocialCardName {
  return Object.hasOwn(SOCIAL_CARDS, name);
}

/** Site path of a page's social card in a locale. */
export function socialCardPath(locale: string, name: SocialCardName): string {
  return `/og/${locale}/${name}.png`;
}
