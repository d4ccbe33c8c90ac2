import { isObject, type JsonObject } from '@/lib/catalog/tree';
import { outline, walk } from './derive';
import type { AnyDocument } from './model';

/*
 * Which messages each section of a guide shows, so that a report about a
 * translation can name the keys a translator looks at (components/doc/
 * PageFeedback.tsx, enhancements/feedback-links.ts). A reader reports the
 * part of the page in front of them; its h2 section, with its h3s, is the
 * unit: an h3 alone is often a table or a snippet whose prose sits in the h2.
 */

/** The id under which the messages shown before the first h2 (the page's opening) are kept. */
export const OPENING = '';

/** The node at a dotted path of a catalog tree. */
function at(catalog: JsonObject, path: string): unknown {
  return path.split('.').reduce<unknown>((node, segment) => (isObject(node) ? node[segment] : undefined), catalog);
}

/** Reads a keyed group's ids from the catalog, as the renderer does (in its order). */
function groupKeys(catalog: JsonObject) {
  return (group: string): string[] => {
    const node = at(catalog, group);
    if (!isObject(node)) throw new Error(`The document lists "${group}", which the catalog does not have as a group.`);
    return Object.keys(node);
  };
}

/**
 * The message keys each h2 section shows, its h3s included, in reading order
 * and each once: by the h2's id, and by each of its h3s' ids (the same
 * list). What comes before the first h2 is under OPENING, after `opening`
 * (the keys the page shows above the document: its header). A key shown in
 * two sections is listed in both.
 */
export function sectionMessages(document: AnyDocument, catalog: JsonObject, opening: readonly string[] = []): Map<string, readonly string[]> {
  const keys = groupKeys(catalog);
  const lists = new Map<string, Set<string>>([[OPENING, new Set(opening)]]);
  let current = lists.get(OPENING) ?? new Set<string>();
  for (const block of document.body) {
    if ('section' in block) {
      current = new Set();
      lists.set(block.section, current);
    }
    for (const visit of walk({ ...document, body: [block] }, { keys })) {
      if (visit.kind === 'message' || visit.kind === 'alt') current.add(visit.key);
      // A table's label names its scrolling region to screen readers.
      else if (visit.kind === 'block' && 'table' in visit.block) current.add(visit.block.label);
    }
  }
  const sections = new Map<string, readonly string[]>();
  for (const [id, set] of lists) sections.set(id, [...set]);
  for (const entry of outline(document)) {
    const list = sections.get(entry.id) ?? [];
    for (const child of entry.children) sections.set(child.id, list);
  }
  return sections;
}

/** Every message (string leaf) under a node of a catalog, as full dotted keys. */
function leaves(node: unknown, path: string): string[] {
  if (typeof node === 'string') return [path];
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

/**
 * A list of keys written short, in the catalog's order: a group all of whose
 * messages are in the list becomes `group.*` (the largest such group), the
 * other keys stay as they are. expandKeys reverses it.
 */
export function compressKeys(keys: Iterable<string>, catalog: JsonObject): string[] {
  const wanted = new Set(keys);
  const visit = (node: unknown, path: string): string[] => {
    if (typeof node === 'string') return wanted.has(path) ? [path] : [];
    if (!isObject(node)) return [];
    const all = leaves(node, path);
    if (path && all.length > 0 && all.every((key) => wanted.has(key))) return [`${path}.*`];
    return Object.entries(node).flatMap(([key, child]) => visit(child, path ? `${path}.${key}` : key));
  };
  const written = visit(catalog, '');
  const known = new Set(leaves(catalog, ''));
  const unknown = [...wanted].filter((key) => !known.has(key));
  if (unknown.length) throw new Error(`Not messages of the catalog: ${unknown.join(', ')}`);
  return written;
}

/** The keys a compressed list stands for, in the catalog's order. */
export function expandKeys(written: Iterable<string>, catalog: JsonObject): string[] {
  return [...written].flatMap((key) => (key.endsWith('.*') ? leaves(at(catalog, key.slice(0, -2)), key.slice(0, -2)) : [key]));
}

/**
 * What a guide's translation report needs, as <feedback-links> reads it
 * (its `sections` attribute): the keys of the opening (under OPENING) and of
 * each h2 section, by the h2's id, compressed and joined (`https.*`,
 * `firstLaunch.heading, firstLaunch.intro, firstLaunch.choices.*`). The h3s
 * are left out: the page's own heading order says which h2 an h3 belongs
 * to, and their ids would cost the Russian guide about 150 more bytes
 * gzipped, for what the element finds on the page.
 */
export function feedbackSections(document: AnyDocument, catalog: JsonObject, opening: readonly string[] = []): Record<string, string> {
  const sections = sectionMessages(document, catalog, opening);
  const written: Record<string, string> = {};
  for (const id of [OPENING, ...outline(document).map((entry) => entry.id)]) written[id] = compressKeys(sections.get(id) ?? [], catalog).join(', ');
  return written;
}
