import path from 'node:path';
import { defaultLocale } from '@/i18n/locales';

/*
 * Where the catalog files are: for the pages (i18n/catalog.ts) and for what
 * is built from them without Next.js (lib/build/static-text.ts).
 */

/** Where the translations live; tests point MESSAGES_DIR at fixture catalogs. */
export function messagesRoot(): string {
  const override = process.env.MESSAGES_DIR;
  return override ? path.resolve(/* turbopackIgnore: true */ override) : path.join(process.cwd(), 'messages');
}

/** English is the source the code is typed from: always the project's own files. */
export function catalogDir(locale: string): string {
  return locale === defaultLocale ? path.join(process.cwd(), 'messages') : messagesRoot();
}
