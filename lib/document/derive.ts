import type { AnyBlock, AnyDocument, FigureData, Snippet } from './model';

/**
 * What follows from a guide's document without rendering it: its outline
 * (the table of contents and heading ids), the messages and snippets it
 * shows, in reading order, and its plain text.
 */

/** Reads a guide's messages: a message as plain text, and the item ids of a keyed group. */
export type MessageReader = {
  string(key: string): string;
  /** The keys of a group, in the English catalog's order. */
  keys(group: string): string[];
};

export type OutlineEntry = { id: string; title: string; depth: 2 | 3; children: OutlineEntry[] };

/** The document's sections: h2 with their h3, each with its stable id and the message of its title. */
export function outline(document: Pick<AnyDocument, 'body'>): OutlineEntry[] {
  const collect = (blocks: readonly AnyBlock[], depth: 2 | 3): OutlineEntry[] =>
    blocks.flatMap((block) => {
      if ('section' in block) {
        return [{ id: block.section, title: block.title, depth, children: depth === 2 ? collect(block.blocks, 3) : [] }];
      }
      // Sections inside a callout or a list item are not part of the outline.
      return [];
    });
  return collect(document.body, 2);
}

/** Every heading id of the document, in order. */
export function headingIds(document: Pick<AnyDocument, 'body'>): string[] {
  return outline(document).flatMap((entry) => [entry.id, ...entry.children.map((child) => child.id)]);
}

/** The document's figures, in reading order. */
export function figures(document: Pick<AnyDocument, 'body'>): FigureData[] {
  const collect = (blocks: readonly AnyBlock[]): FigureData[] =>
    blocks.flatMap((block) => {
      if ('figure' in block) return [block.figure];
      if ('section' in block) return collect(block.blocks);
      if ('callout' in block) return collect(block.body);
      if ('list' in block) return Object.values(block.after ?? {}).flatMap((after) => collect(after ?? []));
      return [];
    });
  return collect(document.body);
}

/** One step of a walk through a document: a block, or a message shown as text, or a snippet. */
export type Visit =
  | { kind: 'message'; key: string }
  /** A message read out by screen readers in place of an image: not counted as text the reader reads. */
  | { kind: 'alt'; key: string }
  | { kind: 'snippet'; id: string; snippet: Snippet }
  | { kind: 'block'; block: AnyBlock };

/** Walks the document in reading order, with every message it shows (list items and table cells included). */
export function* walk(document: AnyDocument, reader: Pick<MessageReader, 'keys'>): Generator<Visit> {
  function* blocks(list: readonly AnyBlock[]): Generator<Visit> {
    for (const block of list) {
      yield { kind: 'block', block };
      if ('p' in block) yield { kind: 'message', key: block.p };
      else if ('section' in block) {
        yield { kind: 'message', key: block.title };
        yield* blocks(block.blocks);
      } else if ('callout' in block) {
        if (block.title) yield { kind: 'message', key: block.title };
        yield* blocks(block.body);
      } else if ('list' in block) {
        for (const id of reader.keys(block.list)) {
          yield { kind: 'message', key: itemKey(block.list, id, block.field) };
          const after = block.after?.[id];
          if (after) yield* blocks(after);
        }
      } else if ('table' in block) {
        for (const column of block.columns) yield { kind: 'message', key: column.header };
        for (const id of reader.keys(block.table)) {
          for (const { cell } of block.columns) {
            if ('field' in cell) yield { kind: 'message', key: itemKey(block.table, id, cell.field) };
            else if ('text' in cell) {
              const key = cell.text[id];
              if (key) yield { kind: 'message', key };
            }
          }
        }
      } else if ('links' in block) {
        for (const id of reader.keys(block.links)) {
          yield { kind: 'message', key: itemKey(block.links, id, block.label) };
          if (block.tail) yield { kind: 'message', key: itemKey(block.links, id, block.tail) };
        }
      } else if ('figure' in block) {
        yield { kind: 'alt', key: block.alt };
        yield { kind: 'message', key: block.caption };
      } else if ('code' in block) {
        const snippet = document.snippets[block.code];
        if (!snippet) throw new Error(`The document shows snippet "${block.code}", which its snippets do not have.`);
        yield { kind: 'snippet', id: block.code, snippet };
      }
    }
  }
  yield* blocks(document.body);
}

/** The message key of an item of a keyed group, or of one of its fields. */
export function itemKey(group: string, id: string, field?: string): string {
  return field ? `${group}.${id}.${field}` : `${group}.${id}`;
}

/** The keys of the messages the document uses, alternative texts included, in reading order (a message shown twice appears twice). */
export function shownMessages(document: AnyDocument, reader: Pick<MessageReader, 'keys'>): string[] {
  return [...walk(document, reader)].flatMap((visit) => (visit.kind === 'message' || visit.kind === 'alt' ? [visit.key] : []));
}

/** The snippets the document shows, in reading order. */
export function shownSnippets(document: AnyDocument, reader: Pick<MessageReader, 'keys'>): Snippet[] {
  return [...walk(document, reader)].flatMap((visit) => (visit.kind === 'snippet' ? [visit.snippet] : []));
}

/** The plain text a reader reads, message by message (for reading time and search), and the code they scan. */
export function readableText(document: AnyDocument, reader: MessageReader): { prose: string[]; code: string[] } {
  const prose: string[] = [];
  const code: string[] = [];
  for (const visit of walk(document, reader)) {
    if (visit.kind === 'message') prose.push(reader.string(visit.key));
    else if (visit.kind === 'snippet') code.push(visit.snippet.code);
  }
  return { prose, code };
}
