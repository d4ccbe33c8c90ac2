import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGES } from '../pages';
import type { ArgumentValues } from './validate';

/**
 * Screen labels and menu labels (`ui…`, `menu…`): names and words that prose
 * may well say itself ("Fail2Ban"), unlike code.
 */
const LABEL = /^(ui|menu)[A-Z]/;

/**
 * The argument values of every page that quotes verbatim values, by catalog
 * file (`docs/monitor/access-auth.json`): what its route folder's
 * verbatim.ts exports as VERBATIM (app/[locale]/docs/monitor/access-auth/verbatim.ts),
 * without the labels. The catalog check uses them to find values typed
 * into the prose.
 */
export async function pageArgumentValues(root: string = process.cwd()): Promise<Record<string, ArgumentValues>> {
  const values: Record<string, ArgumentValues> = {};
  for (const page of PAGES) {
    const file = path.join(root, 'app', '[locale]', ...page.path.split('/').filter(Boolean), 'verbatim.ts');
    if (!existsSync(file)) continue;
    const exported: { VERBATIM?: Record<string, string> } = await import(pathToFileURL(file).href);
    if (!exported.VERBATIM) throw new Error(`${path.relative(root, file)} exports no VERBATIM`);
    values[`${page.catalog}.json`] = Object.fromEntries(Object.entries(exported.VERBATIM).filter(([name]) => !LABEL.test(name)));
  }
  return values;
}
