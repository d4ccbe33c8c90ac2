import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { BlockContent, Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { itemKey } from '../document/derive';
import type { AnyBlock, AnyCell, AnyDocument, CalloutVariant, LinkTarget, Snippet } from '../document/model';

/**
 * A guide as Markdown, derived from its document: headings with their ids
 * (`## Title {#id}`), keyed lists, GFM tables, fenced code with its
 * language, callouts as blockquotes that start with their kind and title,
 * figures as images with their alternative text and caption, every link
 * absolute. Messages come in already rendered to HTML (the same rich text
 * as the page, English fallback included) and are turned into Markdown by
 * unified's converters, which escape what needs escaping.
 */
export type MarkdownSource = {
  /** The page's title, lead and canonical URL. */
  title: string;
  description: string;
  url: string;
  /** Paragraphs under the lead, as HTML: the page's address, the Monitor release it was checked against, a note that part of it is in English… */
  notes: string[];
  /** A message of the guide, rendered to HTML (rich-text tags, values and links applied). */
  html(key: string): string;
  /** A message as plain text. */
  string(key: string): string;
  /** The keys of a group of messages, in the English catalog's order. */
  keys(group: string): string[];
  /** The spoken kind of a callout ("Warning"), in the reader's language. */
  calloutKind(variant: CalloutVariant): string;
  /** A code block's caption ("Response"), in the reader's language. */
  caption(caption: NonNullable<Snippet['caption']>): string;
  /** Where a link target leads, as an absolute URL. */
  href(target: LinkTarget): string;
  /** What follows a link to a page in another language than the page's, e.g. " (in English)"; empty otherwise. */
  languageMark(target: LinkTarget): string;
  /** An absolute URL for a path of this site. */
  absolute(path: string): string;
};

/** The phrasing content of an HTML fragment (a rendered message). */
function phrasing(html: string, source: MarkdownSource): PhrasingContent[] {
  const fragment = fromHtml(html, { fragment: true });
  const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: fragment.children as ElementContent[] };
  const tree = toMdast(paragraph);
  const node = tree.type === 'root' ? tree.children[0] : tree;
  const children = node && node.type === 'paragraph' ? node.children : [];
  return children.map((child) => absolutize(child, source));
}

function absolutize<T extends PhrasingContent>(node: T, source: MarkdownSource): T {
  if ((node.type === 'link' || node.type === 'image') && node.url.startsWith('/')) node.url = source.absolute(node.url);
  if ('children' in node) node.children = node.children.map((child) => absolutize(child as PhrasingContent, source)) as typeof node.children;
  return node;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const escapeText = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

function blocks(list: readonly AnyBlock[], depth: 2 | 3, document: AnyDocument, source: MarkdownSource): RootContent[] {
  return list.flatMap((block) => render(block, depth, document, source));
}

function render(block: AnyBlock, depth: 2 | 3, document: AnyDocument, source: MarkdownSource): RootContent[] {
  const message = (key: string) => phrasing(source.html(key), source);
  if ('p' in block) return [paragraph(message(block.p))];
  if ('section' in block) {
    const heading: Heading = { type: 'heading', depth, children: [...message(block.title), text(` {#${block.section}}`)] };
    return [heading, ...blocks(block.blocks, 3, document, source)];
  }
  if ('callout' in block) {
    const kind = source.calloutKind(block.callout);
    const label: PhrasingContent = { type: 'strong', children: block.title ? [text(`${kind}: `), ...message(block.title)] : [text(kind)] };
    const quote: Blockquote = { type: 'blockquote', children: [paragraph([label]), ...(blocks(block.body, depth, document, source) as BlockContent[])] };
    return [quote];
  }
  if ('list' in block) {
    const items: ListItem[] = source.keys(block.list).map((id) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(message(itemKey(block.list, id, block.field))), ...(blocks(block.after?.[id] ?? [], depth, document, source) as BlockContent[])],
    }));
    const list: List = { type: 'list', ordered: Boolean(block.ordered), start: block.ordered ? 1 : undefined, spread: false, children: items };
    return [list];
  }
  if ('table' in block) {
    const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) });
    const table: Table = {
      type: 'table',
      children: [
        row(block.columns.map((column) => message(column.header))),
        ...source.keys(block.table).map((id) => row(block.columns.map((column) => cell(column.cell, block.table, id, source)))),
      ],
    };
    return [table];
  }
  if ('links' in block) {
    const items: ListItem[] = source.keys(block.links).map((id) => {
      const target = block.targets[id];
      if (!target) throw new Error(`No link target for ${block.links}.${id}`);
      // One fragment, so the space between the link and its tail is kept.
      const link = `<a href="${escapeAttribute(source.href(target))}">${source.html(itemKey(block.links, id, block.label))}${escapeText(source.languageMark(target))}</a>`;
      const tail = block.tail ? source.html(itemKey(block.links, id, block.tail)) : '';
      return { type: 'listItem', spread: false, children: [paragraph(phrasing(`${link}${tail}`, source))] };
    });
    return [{ type: 'list', ordered: false, spread: false, children: items }];
  }
  if ('code' in block) {
    const snippet = document.snippets[block.code];
    if (!snippet) throw new Error(`No snippet "${block.code}" in the guide's snippets.`);
    const title = snippet.file ?? (snippet.caption ? source.caption(snippet.caption) : undefined);
    return [{ type: 'code', lang: snippet.lang, meta: title ? `title="${title}"` : undefined, value: snippet.code }];
  }
  return [
    paragraph([{ type: 'image', url: source.absolute(block.figure.src), alt: source.string(block.alt) }]),
    paragraph([{ type: 'emphasis', children: message(block.caption) }]),
  ];
}

function cell(cell: AnyCell, group: string, id: string, source: MarkdownSource): PhrasingContent[] {
  const missing = () => new Error(`No cell data for ${group}.${id}`);
  if ('field' in cell) {
    const content = phrasing(source.html(itemKey(group, id, cell.field)), source);
    return cell.strong ? [{ type: 'strong', children: content }] : content;
  }
  if ('text' in cell) {
    const key = cell.text[id];
    if (!key) throw missing();
    return phrasing(source.html(key), source);
  }
  if ('label' in cell) {
    const label = cell.label[id];
    if (label === undefined) throw missing();
    return [{ type: 'strong', children: [text(label)] }];
  }
  if ('code' in cell) {
    const value = cell.code[id];
    if (value === undefined) throw missing();
    const items = typeof value === 'string' ? [value] : value;
    return items.flatMap((item, i): PhrasingContent[] => [...(i > 0 ? [text(' · ')] : []), { type: 'inlineCode', value: item }]);
  }
  const link = cell.link[id];
  if (!link) throw missing();
  return [{ type: 'link', url: link.href, children: [text(link.text)] }];
}

/** The Markdown tree of a guide. */
export function documentToMdast(document: AnyDocument, source: MarkdownSource): Root {
  return {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text(source.title)] },
      paragraph([text(source.description)]),
      ...source.notes.map((note) => paragraph(phrasing(note, source))),
      ...blocks(document.body, 2, document, source),
    ],
  };
}

/** The Markdown text of a guide. */
export function documentToMarkdown(document: AnyDocument, source: MarkdownSource): string {
  return toMarkdown(documentToMdast(document, source), { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', fences: true, listItemIndent: 'one' });
}
