import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '@/guides/registry';
import { flattenStrings, isObject, type JsonObject } from '@/lib/catalog/tree';
import { outline, shownMessages } from '@/lib/document/derive';
import { OPENING, compressKeys, expandKeys, feedbackSections, sectionMessages } from '@/lib/document/sections';
import { guideCatalog } from './support/guide';

/*
 * The message keys a translation report names (lib/document/sections.ts),
 * derived from the Access & Authentication guide's document against its
 * English catalog.
 */
const document = DOCUMENTS.accessAuth;
const english: JsonObject = guideCatalog('en');
const keys = (group: string) => {
  const node = group.split('.').reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), english);
  if (!isObject(node)) throw new Error(`${group} is not a group`);
  return Object.keys(node);
};
const opening = ['header.title', 'header.description'];
const sections = sectionMessages(document, english, opening);
const h2s = outline(document);

describe('the message keys of each section', () => {
  it('puts every key the document shows in exactly one h2 section (or the opening)', () => {
    const owners = new Map<string, string[]>();
    for (const id of [OPENING, ...h2s.map((entry) => entry.id)]) {
      for (const key of sections.get(id) ?? []) owners.set(key, [...(owners.get(key) ?? []), id]);
    }
    for (const key of shownMessages(document, { keys })) expect(owners.get(key), key).toHaveLength(1);
    // And nothing the document does not show, besides the header given as the opening.
    const shown = new Set([...shownMessages(document, { keys }), ...opening]);
    expect([...owners.keys()].filter((key) => !shown.has(key))).toEqual([]);
  });

  it('gives an h3 the keys of its h2, and the opening the header and what precedes the first h2', () => {
    for (const entry of h2s) {
      for (const child of entry.children) expect(sections.get(child.id), child.id).toEqual(sections.get(entry.id));
    }
    // The opening: the header, then what the document shows before its first h2.
    const before = document.body.slice(0, document.body.findIndex((block) => 'section' in block));
    expect(sections.get(OPENING)).toEqual([...opening, ...new Set(shownMessages({ ...document, body: before }, { keys }))]);
  });

  it('names each section’s keys in a short form that expands back to exactly them', () => {
    const written = feedbackSections(document, english, opening);
    expect(Object.keys(written)).toEqual([OPENING, ...h2s.map((entry) => entry.id)]);
    for (const [id, list] of Object.entries(written)) {
      expect(new Set(expandKeys(list.split(', '), english)), id).toEqual(new Set(sections.get(id)));
    }
    // Short indeed: a section that shows a whole catalog group names it once.
    expect(written.https).toBe('https.*');
  });
});

describe('keys written short', () => {
  const catalog: JsonObject = {
    meta: { title: 'm' },
    firstLaunch: { heading: 'h', intro: 'i', choices: { setup: { what: 'a' }, skip: { what: 'b' } }, claim: 'c' },
    https: { intro: 'i', ways: { a: 'a', b: 'b' } },
  };
  const all = [...flattenStrings(catalog).keys()];

  it('turns whole groups into wildcards, the largest first, and keeps the catalog’s order', () => {
    expect(compressKeys(['https.ways.b', 'https.intro', 'https.ways.a'], catalog)).toEqual(['https.*']);
    expect(compressKeys(['firstLaunch.choices.skip.what', 'firstLaunch.intro', 'firstLaunch.heading', 'firstLaunch.choices.setup.what'], catalog)).toEqual([
      'firstLaunch.heading',
      'firstLaunch.intro',
      'firstLaunch.choices.*',
    ]);
    expect(compressKeys(['https.ways.a'], catalog)).toEqual(['https.ways.a']);
  });

  it('expands back to exactly the keys it was given, for any subset', () => {
    // Every subset of a small catalog: 2^9 lists.
    for (let mask = 0; mask < 1 << all.length; mask++) {
      const subset = all.filter((_, i) => mask & (1 << i));
      expect(new Set(expandKeys(compressKeys(subset, catalog), catalog))).toEqual(new Set(subset));
    }
  });

  it('refuses a key the catalog does not have', () => {
    expect(() => compressKeys(['https.nope'], catalog)).toThrow(/https\.nope/);
  });
});
