import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '@/guides';
import { analyzeMessage } from '@/lib/catalog/icu';
import { flattenStrings, isObject } from '@/lib/catalog/tree';
import { headingIds, shownMessages } from '@/lib/document/derive';
import { GUIDE_PAGES } from '@/lib/pages';
import { guideCatalog } from './support/guide';

/**
 * Each guide's document (guides/<id>/) and its English catalog must fit:
 * every message is shown somewhere, every argument has a value, and nothing
 * is declared twice.
 */
describe.each(GUIDE_PAGES)('the $id guide', (page) => {
  const document = DOCUMENTS[page.id];
  const english = guideCatalog('en', page.catalog);
  const keys = (group: string) => {
    const node = group.split('.').reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), english);
    if (!isObject(node)) throw new Error(`${group} is not a group`);
    return Object.keys(node);
  };

  it('shows every message of its catalog (the head and header aside)', () => {
    const shown = new Set(shownMessages(document, { keys }));
    // The head and the header are rendered around the document.
    const unshown = [...flattenStrings(english).keys()].filter((key) => !shown.has(key) && !/^(meta|header)\./.test(key));
    expect(unshown).toEqual([]);
  });

  it('gives every heading its own id', () => {
    const ids = headingIds(document);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a value for every argument its messages use, and no value nothing uses', () => {
    const used = new Set<string>();
    for (const [key, message] of flattenStrings(english)) {
      const result = analyzeMessage(message);
      expect(result.ok, key).toBe(true);
      if (!result.ok) continue;
      for (const arg of result.shape.args) {
        const name = arg.split(':')[0] ?? '';
        expect(document.values, `${key} uses {${name}}`).toHaveProperty(name);
        used.add(name);
      }
    }
    expect(Object.keys(document.values).filter((name) => !used.has(name))).toEqual([]);
  });

  it('keeps screen labels, routes and commands out of the catalogs', () => {
    for (const [key, message] of flattenStrings(english)) {
      // Code spans hold an argument, never the code itself.
      for (const [, inner] of message.matchAll(/<code>(.*?)<\/code>/g)) expect(inner, key).toMatch(/^\{\w+\}$/);
      expect(message, key).not.toMatch(/\b(GET|POST|PUT|DELETE) \/api\//);
    }
  });
});

it('the Access & Authentication guide keeps the anchors other pages link to', () => {
  expect(headingIds(DOCUMENTS.accessAuth)).toEqual(expect.arrayContaining(['security-model', 'recovering-password', 'api-tokens', 'https', 'reverse-proxy']));
});
