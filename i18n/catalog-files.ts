/**
 * The catalog files of every locale (under messages/<locale>/) and where
 * each sits in the message tree. English defines the files; a translation
 * has the same files with the same keys.
 */
export const CATALOG_FILES = {
  common: { file: 'common.json', namespace: [] as string[] },
  accessAuth: { file: 'docs/monitor/access-auth.json', namespace: ['docs', 'monitor', 'accessAuth'] },
} as const;

export type CatalogName = keyof typeof CATALOG_FILES;

/** Project-relative path of a catalog file, e.g. `messages/es/common.json`. */
export function catalogFilePath(locale: string, name: CatalogName): string {
  return `messages/${locale}/${CATALOG_FILES[name].file}`;
}
