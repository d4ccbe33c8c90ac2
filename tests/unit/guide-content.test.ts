import { describe, expect, it } from 'vitest';
import { KEYED_GROUPS } from '@/app/[locale]/docs/monitor/access-auth/content';
import { menuLabels } from '@/app/[locale]/docs/monitor/access-auth/menu-labels';
import { VERBATIM } from '@/app/[locale]/docs/monitor/access-auth/verbatim';
import { analyzeMessage } from '@/lib/catalog/icu';
import { flattenStrings } from '@/lib/catalog/tree';
import { guideCatalog } from './support/guide';

/**
 * The guide's structure lives in code (content.ts, verbatim.ts) and its
 * prose in the catalogs: the two must fit, or a message is never shown or
 * a page shows a gap.
 */
describe('the Access & Authentication guide', () => {
  const english = guideCatalog('en');
  const group = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], english);

  it.each(Object.entries(KEYED_GROUPS))('shows every message of %s, each once', (path, ids) => {
    const keys = Object.keys(group(path) as Record<string, unknown>);
    expect([...ids].sort()).toEqual([...keys].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a verbatim value or a menu label for every argument its messages use, and no value nothing uses', () => {
    // The menu labels have the same names in every language.
    const values = { ...VERBATIM, ...menuLabels('en') };
    const used = new Set<string>();
    for (const [key, message] of flattenStrings(english)) {
      const result = analyzeMessage(message);
      expect(result.ok, key).toBe(true);
      if (!result.ok) continue;
      for (const arg of result.shape.args) {
        const name = arg.split(':')[0] ?? '';
        expect(values, `${key} uses {${name}}`).toHaveProperty(name);
        used.add(name);
      }
    }
    expect(Object.keys(values).filter((name) => !used.has(name))).toEqual([]);
  });

  it('keeps screen labels, routes and commands out of the catalogs', () => {
    for (const [key, message] of flattenStrings(english)) {
      // Code spans hold an argument, never the code itself.
      for (const [, inner] of message.matchAll(/<code>(.*?)<\/code>/g)) expect(inner, key).toMatch(/^\{\w+\}$/);
      expect(message, key).not.toMatch(/\b(GET|POST|PUT|DELETE) \/api\//);
    }
  });
});
