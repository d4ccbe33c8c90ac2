/** Size of every social card (OpenGraph and Twitter large image). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Site path of a page's social card in a locale; cards are drawn at build time (app/og/). */
export function socialCardPath(locale: string, name: string): string {
  return `/og/${locale}/${name}.png`;
}

/**
 * Names a card never splits between lines ("Proxmox / VE" reads as two
 * things): laid out, their spaces are no-break spaces.
 */
export const UNBROKEN_NAMES = ['Proxmox VE'] as const;

/** `text` with the spaces inside each of UNBROKEN_NAMES made no-break. */
export function keepNamesTogether(text: string): string {
  return UNBROKEN_NAMES.reduce((result, name) => result.replaceAll(name, name.replaceAll(' ', '\u00A0')), text);
}
