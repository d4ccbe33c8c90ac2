/** Size of every social card (OpenGraph and Twitter large image). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Site path of a page's social card in a locale; cards are drawn at build time (app/og/). */
export function socialCardPath(locale: string, name: string): string {
  return `/og/${locale}/${name}.png`;
}
