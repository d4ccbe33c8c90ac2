/**
 * The rich-text tags a catalog message may use. The page binds each of them
 * (components/doc/rich-tags.tsx); the catalog checks reject any other tag.
 */
export const RICH_TAG_NAMES = [
  'code',
  'strong',
  'em',
  'apiLink',
  'intLink',
  'gatewayLink',
  'fail2banLink',
  'tailscaleLink',
  'tsKeysLink',
] as const;

export type RichTagName = (typeof RICH_TAG_NAMES)[number];

export function isRichTagName(name: string): name is RichTagName {
  return (RICH_TAG_NAMES as readonly string[]).includes(name);
}

/** Message fields that hold a link target rather than prose. */
export const LINK_FIELDS = ['href'] as const;
