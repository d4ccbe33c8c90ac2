/**
 * The rich-text tags every message may use (i18n/text.tsx binds them). A
 * page adds its own link tags, which its English catalog shows; the catalog
 * checks accept those and report any other tag as unknown.
 */
export const SHARED_TAG_NAMES = ['code', 'strong', 'em'] as const;
