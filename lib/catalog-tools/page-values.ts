import { DOCUMENTS } from '@/guides/registry';
import type { Value } from '../document/model';
import { GUIDE_PAGES } from '../pages';
import type { ArgumentValues } from '../catalog/validate';

/**
 * Screen labels and menu labels (`ui…`, `menu…`): names and words that prose
 * may well say itself ("Fail2Ban"), unlike code.
 */
const LABEL = /^(ui|menu)[A-Z]/;

/** The English text of a value (menu labels differ per language). */
const english = (value: Value): string => (typeof value === 'string' ? value : value.en);

/**
 * The argument values of every guide, by catalog file
 * (`docs/monitor/access-auth.json`): its document's `values`, without the
 * labels. The catalog check uses them to find values typed into the prose.
 */
export function pageArgumentValues(): Record<string, ArgumentValues> {
  return Object.fromEntries(
    GUIDE_PAGES.map((page) => [
      `${page.catalog}.json`,
      Object.fromEntries(
        Object.entries(DOCUMENTS[page.id].values as Readonly<Record<string, Value>>)
          .filter(([name]) => !LABEL.test(name))
          .map(([name, value]) => [name, english(value)]),
      ),
    ]),
  );
}
