import 'server-only';
import { createTranslator, type NamespaceKeys, type NestedKeyOf, type NestedValueOf } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { Fragment, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { flattenStrings, isObject } from '@/lib/catalog/tree';
import { loadCatalog, type Messages } from './catalog';
import { TIME_ZONE } from './config';
import { defaultLocale, localeConfig } from './locales';
import type { Locale } from './routing';

/*
 * Step 2 of 2 from JSON to the page (step 1 is i18n/catalog.ts): a server
 * component asks for the messages of one namespace and gets each one
 * rendered, with the shared rich-text tags, its arguments, and, where the
 * reader's language lacks it, marked as English so that screen readers and
 * right-to-left pages handle it as such.
 */

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/** Dotted paths to the messages (string leaves) of a tree. */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : T[K] extends object ? `${K}.${TextKey<T[K]>}` : never;
}[keyof T & string];

/** Values for a message's {arguments}. */
export type Values = Record<string, string | number | Date>;
/** Handlers for a message's rich-text tags. */
export type Tags = Record<string, (chunks: ReactNode) => ReactNode>;

/** The messages of a namespace, typed by the keys of its English catalog. */
export type Text<T> = TextOf<TextKey<T>>;

/** The same, by key: a function that knows more keys can stand in for one that needs fewer. */
export type TextOf<Key extends string> = {
  /** A message, rendered: rich-text tags applied, marked as English if it falls back. */
  (key: Key, values?: Values): ReactNode;
  /** A message as plain text, tags dropped: for attributes, metadata and images. */
  string: (key: Key, values?: Values) => string;
  /** A message's ICU source, for formatting in the browser (e.g. with a live count). */
  raw: (key: Key) => string;
  /** Every message of the namespace as plain text (e.g. to estimate reading time). */
  all(): string[];
  /** Whether a message of this namespace is shown in English. */
  isFallback: (key: Key) => boolean;
  /** How many messages of this namespace are shown in English. */
  fallbackCount: number;
  locale: Locale;
};

/** The tags every message may use; pages add their own (links) through `tags`. */
export const SHARED_TAGS: Tags = {
  code: (chunks) => <code>{chunks}</code>,
  strong: (chunks) => <strong>{chunks}</strong>,
  em: (chunks) => <em>{chunks}</em>,
};

/** Marks a fragment shown in English inside a page in another language. */
export function English({ children }: { children: ReactNode }) {
  return (
    <span lang={defaultLocale} dir="ltr">
      {children}
    </span>
  );
}

/*
 * In a right-to-left page, each verbatim value a page passes (an English
 * screen label, a path, a command) is isolated in <bdi>, so that its
 * punctuation stays with it and the text around it keeps its order
 * ("Security ← Settings" reads right to left). The values go through the
 * message as private-use markers, which are then replaced by the elements.
 */
const MARKER = '\uE000';
const MARKED = /\uE000(\d+)\uE000/;

function marked(values: Values): { markers: Values; originals: string[] } {
  const originals: string[] = [];
  const markers: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== 'string') {
      markers[name] = value;
      continue;
    }
    markers[name] = `${MARKER}${originals.length}${MARKER}`;
    originals.push(value);
  }
  return { markers, originals };
}

function isolate(node: ReactNode, originals: readonly string[]): ReactNode {
  if (typeof node === 'string') {
    if (!node.includes(MARKER)) return node;
    // split() with a capturing group: text, index, text, index, …, text.
    const parts = node.split(MARKED);
    return parts.map((part, i) => (i % 2 === 0 ? part : <bdi key={i}>{originals[Number(part)]}</bdi>));
  }
  if (Array.isArray(node)) return node.map((child, i) => <Fragment key={i}>{isolate(child, originals)}</Fragment>);
  if (isValidElement<{ children?: ReactNode }>(node) && node.props.children !== undefined) {
    return cloneElement(node as ReactElement<{ children?: ReactNode }>, undefined, isolate(node.props.children, originals));
  }
  return node;
}

function subtree(messages: Messages, namespace: string): unknown {
  let node: unknown = messages;
  for (const segment of namespace.split('.')) node = isObject(node) ? node[segment] : undefined;
  if (!isObject(node)) throw new Error(`[i18n] No messages at "${namespace}".`);
  return node;
}

// next-intl reads dots as nesting; the flattened map uses another separator.
const flatKey = (key: string) => key.replaceAll('.', '/');

/**
 * The messages of one namespace in a language (the request's, unless
 * given). `values` and `tags` apply to every message: a page passes its
 * verbatim values (screen labels, code) and its link tags once.
 */
export async function getText<NS extends Namespace>(options: {
  namespace: NS;
  locale?: Locale;
  values?: Values;
  tags?: Tags;
}): Promise<Text<NestedValueOf<Messages, NS>>> {
  const locale = options.locale ?? (await getLocale());
  const { messages, fallbackKeys } = await loadCatalog(locale);
  const { namespace } = options;
  const flat: Record<string, string> = {};
  for (const [key, value] of flattenStrings(subtree(messages, namespace))) flat[flatKey(key)] = value;
  const t = createTranslator({
    locale,
    messages: flat,
    timeZone: TIME_ZONE,
    onError(error) {
      // Every key exists after the English fallback is merged in, so an
      // error here is a defect: fail the build rather than ship it.
      throw new Error(`[i18n] ${locale}: ${namespace}: ${error.message}`);
    },
  });
  const shared = { ...options.values };
  const tags = { ...SHARED_TAGS, ...options.tags };
  const plainTags = Object.fromEntries(Object.keys(tags).map((name) => [name, (chunks: string) => chunks]));
  const prefix = `${namespace}.`;
  const isFallback = (key: string) => fallbackKeys.has(`${prefix}${key}`);

  const rtl = localeConfig[locale].dir === 'rtl';
  const { markers, originals } = marked(shared);

  const text = (key: string, values?: Values): ReactNode => {
    const node = rtl && !isFallback(key)
      ? isolate(t.rich(flatKey(key), { ...markers, ...values, ...tags }), originals)
      : t.rich(flatKey(key), { ...shared, ...values, ...tags });
    return isFallback(key) ? <English>{node}</English> : node;
  };
  return Object.assign(text, {
    string: (key: string, values?: Values) => t.markup(flatKey(key), { ...shared, ...values, ...plainTags }),
    raw: (key: string) => {
      const message = flat[flatKey(key)];
      if (message === undefined) throw new Error(`[i18n] ${locale}: no message ${prefix}${key}`);
      return message;
    },
    all: () => Object.keys(flat).map((key) => t.markup(key, { ...shared, ...plainTags })),
    isFallback,
    fallbackCount: [...fallbackKeys].filter((k) => k.startsWith(prefix)).length,
    locale,
  });
}
