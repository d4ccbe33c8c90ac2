import type { ICUArgs, ICUTags } from 'use-intl/core';
import type { CodeLanguage } from '@/lib/code-theme';
import type enCommon from '@/messages/en/common.json';

/*
 * A guide is a document: a typed declaration of its blocks that names the
 * messages of its English catalog by key. The compiler checks every key,
 * every keyed list and table against that catalog, and that the guide's
 * values cover every {argument} its messages use. Everything else is
 * derived from the declaration: the page, its table of contents and heading
 * ids, its reading time, its plain text and its Markdown.
 */

// ---- Keys of a catalog ------------------------------------------------------

/** Dotted paths to the messages (string leaves) of a catalog tree. */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? `${K}.${TextKey<T[K]>}` : never;
}[keyof T & string];

/** Dotted paths to the groups (objects) of a catalog tree. */
export type GroupKey<T> = {
  [K in keyof T & string]: T[K] extends string ? never : T[K] extends object ? K | `${K}.${GroupKey<T[K]>}` : never;
}[keyof T & string];

/** The node at a dotted path. */
export type At<T, P extends string> = P extends `${infer Head}.${infer Tail}`
  ? Head extends keyof T
    ? At<T[Head], Tail>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The ids of a keyed group (the keys of the English catalog's object). */
export type ItemId<T, G extends string> = keyof At<T, G> & string;

/** Paths, relative to one item of a group, to its messages (`what`, `notes`, or '' for a plain string item). */
type ItemField<T, G extends string> = At<T, G>[ItemId<T, G>] extends infer Item ? (Item extends string ? never : TextKey<Item>) : never;

// ---- ICU arguments and tags of a catalog ---------------------------------------

/** Every message (string leaf) of a catalog tree, as a union of its literal types. */
export type MessageStrings<T> = T extends string ? T : T extends object ? { [K in keyof T]: MessageStrings<T[K]> }[keyof T] : never;

type ArgOptions = { ICUArgument: string; ICUNumberArgument: number; ICUDateArgument: Date };
/** The names of the {arguments} the messages of a catalog use. */
export type ArgumentNames<T> = MessageStrings<T> extends infer S ? (S extends string ? keyof ICUArgs<S, ArgOptions> & string : never) : never;
/** The names of the rich-text tags (`<code>…</code>`) the messages of a catalog use. */
export type TagNames<T> = MessageStrings<T> extends infer S ? (S extends string ? keyof ICUTags<S, (chunks: string) => string> & string : never) : never;

/** Tags every message may use, rendered the same everywhere (i18n/text.tsx). */
export type SharedTag = 'code' | 'strong' | 'em';

// ---- Blocks -------------------------------------------------------------

export type CalloutVariant = 'info' | 'tip' | 'success' | 'warning' | 'danger' | 'troubleshoot';

/** A paragraph. */
export type Paragraph<T> = { p: TextKey<T> };

/**
 * A keyed list: one item per key of a group of the English catalog, in its
 * order. `field` picks a message inside each item (for items that are
 * objects); `after` adds blocks at the end of some items (a nested list, a
 * snippet).
 */
export type List<T, S extends string> = {
  [G in GroupKey<T>]: {
    list: G;
    ordered?: boolean;
    field?: ItemField<T, G>;
    after?: Partial<Record<ItemId<T, G>, Block<T, S>[]>>;
  };
}[GroupKey<T>];

/** A cell of a table row: a message of the row's item, or data kept in code (a screen label, a route, a link). */
export type Cell<T, G extends string> =
  | { field: ItemField<T, G>; strong?: boolean }
  | { text: Record<ItemId<T, G>, TextKey<T>> }
  | { code: Record<ItemId<T, G>, string | readonly string[]> }
  | { label: Record<ItemId<T, G>, string> }
  | { link: Record<ItemId<T, G>, { text: string; href: `https://${string}` }> };

/** A keyed table: one row per key of a group, the first cell of each row labelling it. */
export type Table<T> = {
  [G in GroupKey<T>]: {
    table: G;
    /** Names the table and its scrolling region. */
    label: TextKey<T>;
    columns: readonly { header: TextKey<T>; cell: Cell<T, G> }[];
  };
}[GroupKey<T>];

/** A list of links to further reading: each item's `label` message is the link, its `tail` follows it. */
export type Links<T> = {
  [G in GroupKey<T>]: {
    links: G;
    label: ItemField<T, G>;
    tail?: ItemField<T, G>;
    targets: Record<ItemId<T, G>, LinkTarget>;
  };
}[GroupKey<T>];

export type Callout<T, S extends string> = { callout: CalloutVariant; title?: TextKey<T>; body: Block<T, S>[] };

/** A code block, by its id in the guide's snippets. */
export type Code<S extends string> = { code: S };

/** An illustration, by its file in public/, with its alternative text and caption. */
export type FigureBlock<T> = { figure: FigureData; alt: TextKey<T>; caption: TextKey<T> };
export type FigureData = { src: `/${string}`; width: number; height: number };

/** A section with a heading (h2 at the top level, h3 inside a section). Its id is stable: other pages link to it. */
export type Section<T, S extends string> = { section: string; title: TextKey<T>; blocks: Block<T, S>[] };

export type Block<T, S extends string> =
  | Paragraph<T>
  | List<T, S>
  | Table<T>
  | Links<T>
  | Callout<T, S>
  | Code<S>
  | FigureBlock<T>
  | Section<T, S>;

// ---- Snippets, links, the guide ----------------------------------------------

/** A command or a file a reader copies. Its title is a file name (verbatim) or a message of the code namespace. */
export type Snippet = {
  lang: CodeLanguage;
  code: string;
  /** A file name or path, shown as it is in every language. */
  file?: string;
  /** A caption from messages/<locale>/common.json (code.captions), e.g. "Response". */
  caption?: keyof (typeof enCommon)['code']['captions'];
};

/**
 * Where a link tag of the guide's messages leads: a heading of the same page
 * (by its id), another docs page (resolved per language) or an outside address.
 */
export type LinkTarget = { section: string } | { docs: `/${string}` } | { external: `https://${string}` };

/** A value its messages show: the same text in every language, or the text of the reader's language where it differs. */
export type Value = string | { readonly en: string } & Readonly<Partial<Record<string, string>>>;

/**
 * A guide's document, typed by its English catalog `T`:
 * - `values`: the verbatim text of every {argument} its messages use (commands,
 *   paths, screen labels), never translated;
 * - `links`: the target of every link tag its messages use;
 * - `snippets`: its code blocks, by id;
 * - `body`: its blocks, sections with stable ids at the top level.
 */
export type GuideDocument<T, S extends string = string> = {
  values: Readonly<Record<ArgumentNames<T>, Value>>;
  links: Readonly<Record<Exclude<TagNames<T>, SharedTag>, LinkTarget>>;
  snippets: Readonly<Record<S, Snippet>>;
  body: Block<T, S>[];
};

/**
 * Declares a guide's document against its English catalog and its snippets:
 * `defineDocument<typeof import('@/messages/en/….json'), keyof typeof snippets>()({ … })`.
 * Values the messages do not use are rejected too.
 */
export function defineDocument<T, S extends string>() {
  return <const D extends GuideDocument<T, S>>(document: D & { values: Record<Exclude<keyof D['values'], ArgumentNames<T>>, never> }): GuideDocument<T, S> =>
    document;
}

// ---- The same shapes, as the renderer and the derivations read them -----------

/** A block with its keys as plain strings: what the compiler checked above, read at run time. */
export type AnyBlock =
  | { p: string }
  | { list: string; ordered?: boolean; field?: string; after?: Partial<Record<string, readonly AnyBlock[]>> }
  | { table: string; label: string; columns: readonly { header: string; cell: AnyCell }[] }
  | { links: string; label: string; tail?: string; targets: Readonly<Record<string, LinkTarget>> }
  | { callout: CalloutVariant; title?: string; body: readonly AnyBlock[] }
  | { code: string }
  | { figure: FigureData; alt: string; caption: string }
  | { section: string; title: string; blocks: readonly AnyBlock[] };

export type AnyCell =
  | { field: string; strong?: boolean }
  | { text: Readonly<Record<string, string>> }
  | { code: Readonly<Record<string, string | readonly string[]>> }
  | { label: Readonly<Record<string, string>> }
  | { link: Readonly<Record<string, { text: string; href: string }>> };

export type AnyDocument = {
  values: Readonly<Record<string, Value>>;
  links: Readonly<Record<string, LinkTarget>>;
  snippets: Readonly<Record<string, Snippet>>;
  body: readonly AnyBlock[];
};
