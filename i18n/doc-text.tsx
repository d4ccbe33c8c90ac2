import 'server-only';
import { createTranslator } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { createRichTags } from '@/components/doc/rich-tags';
import { isObject, flattenStrings } from '@/lib/catalog/tree';
import { loadCatalog, type Messages } from './catalog';
import { defaultLocale } from './locales';
import type { Locale } from './routing';

// ---- Key types, derived from the English catalog -------------------------

type Keys<T> = keyof T & string;

/** Dotted paths to single messages (not inside lists). */
export type TextKey<T> = {
  [K in Keys<T>]: T[K] extends string
    ? K
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? `${K}.${TextKey<T[K]>}`
        : never;
}[Keys<T>];

/** Dotted paths to lists of messages. */
export type ListKey<T> = {
  [K in Keys<T>]: T[K] extends readonly string[]
    ? K
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? `${K}.${ListKey<T[K]>}`
        : never;
}[Keys<T>];

/** Dotted paths to lists of records (table rows and the like). */
export type RowsKey<T> = {
  [K in Keys<T>]: T[K] extends readonly string[]
    ? never
    : T[K] extends readonly object[]
      ? K
      : T[K] extends object
        ? `${K}.${RowsKey<T[K]>}`
        : never;
}[Keys<T>];

export type At<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

type RowItem<T, P extends string> = At<T, P> extends readonly (infer Item)[] ? Item : never;
type FieldOf<Item> = { [F in Keys<Item>]: Item[F] extends string ? F : never }[Keys<Item>];

export type DocRow<Item> = {
  index: number;
  /** Plain text of a field (for attributes, table cells without markup). */
  text(field: FieldOf<Item>): string;
  /** Rich text of a field, rendered with the shared tags. */
  rich(field: FieldOf<Item>): ReactNode;
};

export type DocText<T> = {
  locale: Locale;
  /** Spoken after external links: "(opens in a new tab)". */
  newTabLabel: string;
  text(key: TextKey<T>): string;
  rich(key: TextKey<T>): ReactNode;
  /** Props for a heading: its plain title (for anchors) and its rendered text. */
  heading(key: TextKey<T>): { title: string; heading: ReactNode };
  /** A list of messages, each rendered as rich text. */
  list(key: ListKey<T>): ReactNode[];
  /** A list of plain strings (keywords and the like). */
  strings(key: ListKey<T>): string[];
  rows<P extends RowsKey<T>>(key: P): DocRow<RowItem<T, P>>[];
  /** Keys of this namespace that show English text (relative to the namespace). */
  fallbackKeys: string[];
};

// ---- Implementation -------------------------------------------------------

type NamespaceTree = Messages['docs']['monitor']['accessAuth'];
export type AccessAuthText = DocText<NamespaceTree>;
export type AccessAuthKey = TextKey<NamespaceTree>;
export type DocNamespace = 'docs.monitor.accessAuth';

function valueAt(tree: unknown, path: string): unknown {
  let node: unknown = tree;
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

// next-intl reads dots as nesting; the flattened map uses another separator.
const flatKey = (key: string) => key.replaceAll('.', '/');

/**
 * Typed access to one page's messages. Lists are read through here (never
 * by casting the message tree), every message is rendered with the shared
 * rich-text tags, and text that fell back to English is marked `lang="en"`.
 */
export async function getDocText(locale: Locale, namespace: DocNamespace): Promise<DocText<NamespaceTree>> {
  const messages = await getMessages({ locale });
  const tree = messages.docs.monitor.accessAuth;
  const common = await getTranslations({ locale, namespace: 'links' });
  const { fallbackKeys } = await loadCatalog(locale);
  const newTabLabel = common('newTab');
  const tags = createRichTags(locale, newTabLabel);
  // One translator over the page's messages, flattened to `a/b/0/c` keys so
  // list items are addressed like any other message.
  const flat: Record<string, string> = {};
  for (const [key, value] of flattenStrings(tree)) flat[flatKey(key)] = value;
  const t = createTranslator({
    locale,
    messages: flat,
    timeZone: 'UTC',
    onError(error) {
      throw new Error(`[i18n] ${locale}: ${namespace}: ${error.message}`);
    },
  });
  const full = (key: string) => `${namespace}.${key}`;
  const text = (key: string) => t(flatKey(key));
  const rich = (key: string): ReactNode => {
    const node = t.rich(flatKey(key), tags);
    return fallbackKeys.has(full(key)) ? <span lang={defaultLocale}>{node}</span> : node;
  };
  const indices = (key: string) => {
    const value = valueAt(tree, key);
    if (!Array.isArray(value)) throw new Error(`[i18n] ${full(key)} is not a list.`);
    return value.map((_, i) => i);
  };
  const prefix = `${namespace}.`;

  return {
    locale,
    newTabLabel,
    text,
    rich,
    heading: (key) => ({ title: text(key), heading: rich(key) }),
    list: (key) => indices(key).map((i) => rich(`${key}.${i}`)),
    strings: (key) => indices(key).map((i) => text(`${key}.${i}`)),
    rows: (key) =>
      indices(key).map((index) => ({
        index,
        text: (field: string) => text(`${key}.${index}.${field}`),
        rich: (field: string) => rich(`${key}.${index}.${field}`),
      })),
    fallbackKeys: [...fallbackKeys].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)),
  };
}
