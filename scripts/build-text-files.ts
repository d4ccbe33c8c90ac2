/**
 * Writes the site's text files into public/, before `next build` (public
 * files must exist when the build starts to be served by `next start`, and
 * the static export copies them into out/):
 *
 * - every guide as Markdown in every language, next to its page:
 *   public/<locale>/docs/…/index.md (lib/build/markdown.ts);
 * - llms.txt at the root, and llms.txt and llms-full.txt in each language
 *   (lib/build/llms.ts).
 *
 * They are made from the guides' documents and catalogs, with the same
 * English fallback as the pages. Generated: listed in .gitignore.
 *
 *   tsx scripts/build-text-files.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { llmsFullText, llmsRootText, llmsText } from '../lib/build/llms';
import { STATIC_GUIDES, guideMarkdown } from '../lib/build/static-text';
import { LLMS_ROOT_PATH, llmsPath, markdownPath } from '../lib/routes';

const PUBLIC = path.resolve('public');

function write(urlPath: string, content: string): number {
  const file = path.join(PUBLIC, ...urlPath.split('/'));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return Buffer.byteLength(content);
}

let files = 0;
let bytes = 0;
const add = (urlPath: string, content: string) => {
  bytes += write(urlPath, content);
  files++;
};

for (const locale of routing.locales) {
  // Only generated files live under public/<locale>/: a guide removed from the registry leaves nothing behind.
  rmSync(path.join(PUBLIC, locale), { recursive: true, force: true });
  for (const { page, document } of STATIC_GUIDES) add(markdownPath(locale, page.path), guideMarkdown(page, document, locale));
  add(llmsPath(locale), llmsText(locale));
  add(llmsPath(locale, true), llmsFullText(locale));
}
add(LLMS_ROOT_PATH, llmsRootText());
console.log(`Text files: ${files} files (${(bytes / 1024).toFixed(0)} KB) → public/`);
