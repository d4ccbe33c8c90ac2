/** Size of every social card (OpenGraph and Twitter large image). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Social cards by file name; each reads title, section and description from its page's header messages. */
export const SOCIAL_CARDS: Record<string, { namespace: 'docs.monitor.accessAuth.header' } | undefined> = {
  'access-auth': { namespace: 'docs.monitor.accessAuth.header' },
};

/** Site path of a page's social card in a locale. */
export function socialCardPath(locale: string, name: keyof typeof SOCIAL_CARDS & string): string {
  return `/og/${locale}/${name}.png`;
}
