import 'server-only';
import { createTranslator, type ICUArgs, type NamespaceKeys, type NestedKeyOf, type NestedValueOf } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { cache, Fragment, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Verbatim } from './verbatim';
import { isObject } from '@/lib/catalog/tree';
import type { At, TextKey } from '@/lib/document/model';
import { loadCatalog, type Messages } from './catalog';
import { TIME_ZONE } from './config';
import { defaultLocale, localeConfig } from './locales';
import type { Locale } from './routing';

/*
 * Step 2 of 2 from JSON to the page (step 1 is i18n/catalog.ts, which
 * i18n/request.ts hands to next-intl): a server component asks for the
 * messages of one namespace and gets each one rendered by next-intl, with
 * the shared rich-text tags and, where the reader's language lacks it,
 * marked as English so that screen readers and right-to-left pages handle
 * it as such. The messages come from next-intl's request configuration
 * (getMessages), read once per request; one translator is made per request,
 * language and namespace.
 */

export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type { TextKey };

/** Values for a message's {arguments}. */
export type Values = Record<string, string | number | Date>;
/** Handlers for a message's rich-text tags. */
export type Tags = Record<string, (chunks: ReactNode) => ReactNode>;

type ArgOptions = { ICUArgument: string; ICUNumberArgument: number; ICUDateArgument: Date };
/** The {arguments} of a message, less those a page passes to every message. */
type ArgsOf<Message, Given extends string> = Message extends string ? Omit<ICUArgs<Message, ArgOptions>, Given> : never;
/** A message's values: required when it has arguments nobody passes yet, otherwise optional. */
export type ValuesArg<Message, Given extends string = never> = keyof ArgsOf<Message, Given> extends never ? [values?: Values] : [values: ArgsOf<Message, Given> & Values];

/** The messages of a namespace, typed by the keys and ICU arguments of its English catalog. */
export type Text<T, Given extends string = never> = {
  /** A message, rendered: rich-text tags applied, marked as English if it falls back. */
  <K extends TextKey<T>>(key: K, ...values: ValuesArg<At<T, K>, Given>): ReactNode;
  /** A message as plain text, tags dropped: for attributes, metadata and images. */
  string<K extends TextKey<T>>(key: K, ...values: ValuesArg<At<T, K>, Given>): string;
  /** A message's ICU source, for formatting in the browser (e.g. with a live count). */
  raw(key: TextKey<T>): string;
  /** Whether a message of this namespace is shown in English. */
  isFallback(key: TextKey<T>): boolean;
  /** How many messages of this namespace are shown in English. */
  fallbackCount: number;
  locale: Locale;
};

/** The same, with keys that are only known at run time (a guide's document, whose keys the compiler checked where it is declared). */
export type DynamicText = {
  (key: string, values?: Values): ReactNode;
  string(key: string, values?: Values): string;
  raw(key: string): string;
  /** The keys of a group of messages, in the English catalog's order. */
  keys(group: string): string[];
  isFallback(key: string): boolean;
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
 * ("Security ← Settings" reads right to left). Chinese, Japanese and Korean
 * lines break between any two characters, and at a Latin label's spaces:
 * there too each value is its own element. A short one is then kept on one
 * line (app/globals.css): a label split over two lines reads as two
 * things, and in Arabic its halves land at opposite ends of the lines
 * (i18n/verbatim.tsx). The values go through the message as
 * private-use markers, which are then replaced by the elements.
 */
const MARKER = '\uE000';
const MARKED = /\uE000(\d+)\uE000/;
/** Languages whose lines may break between any two characters. */
const BREAK_ANYWHERE = new Set(['zh', 'ja', 'ko']);

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
    return parts.map((part, i) => (i % 2 === 0 ? part : <Verbatim key={i} value={originals[Number(part)] ?? ''} />));
  }
  if (Array.isArray(node)) return node.map((child, i) => <Fragment key={i}>{isolate(child, originals)}</Fragment>);
  if (isValidElement<{ children?: ReactNode }>(node) && node.props.children !== undefined) {
    return cloneElement(node as ReactElement<{ children?: ReactNode }>, undefined, isolate(node.props.children, originals));
  }
  return node;
}

/**
 * The messages under a namespace, from the request's messages. Typed the
 * way next-intl types messages whose keys are known only at run time, so
 * the translator takes any key; getText's signature narrows them again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- next-intl's own type for untyped messages (IntlMessages)
function subtree(messages: unknown, namespace: string): Record<string, any> {
  let node: unknown = messages;
  for (const segment of namespace.split('.')) node = isObject(node) ? node[segment] : undefined;
  if (!isObject(node)) throw new Error(`[i18n] No messages at "${namespace}".`);
  return node;
}

/** One next-intl translator per request, language and namespace. */
const translatorFor = cache(async (locale: Locale, namespace: string) => {
  const messages = await getMessages({ locale });
  return createTranslator({
    locale,
    messages: subtree(messages, namespace),
    timeZone: TIME_ZONE,
    onError(error) {
      // Every key exists after the English fallback is merged in, so an
      // error here is a defect: fail the build rather than ship it.
      throw new Error(`[i18n] ${locale}: ${namespace}: ${error.message}`);
    },
  });
});

function build(
  locale: Locale,
  namespace: string,
  translator: Awaited<ReturnType<typeof translatorFor>>,
  fallbackKeys: ReadonlySet<string>,
  options: { values?: Values; tags?: Tags },
): DynamicText {
  const shared = { ...options.values };
  const tags = { ...SHARED_TAGS, ...options.tags };
  const plainTags = Object.fromEntries(Object.keys(tags).map((name) => [name, (chunks: string) => chunks]));
  const prefix = `${namespace}.`;
  const isFallback = (key: string) => fallbackKeys.has(`${prefix}${key}`);
  const isolated = localeConfig[locale].dir === 'rtl' || BREAK_ANYWHERE.has(new Intl.Locale(locale).language);
  const { markers, originals } = marked(shared);

  const text = (key: string, values?: Values): ReactNode => {
    const node =
      isolated && !isFallback(key)
        ? isolate(translator.rich(key, { ...markers, ...values, ...tags }), originals)
        : translator.rich(key, { ...shared, ...values, ...tags });
    return isFallback(key) ? <English>{node}</English> : node;
  };
  return Object.assign(text, {
    string: (key: string, values?: Values) => translator.markup(key, { ...shared, ...values, ...plainTags }),
    raw: (key: string): string => {
      const message: unknown = translator.raw(key);
      if (typeof message !== 'string') throw new Error(`[i18n] ${locale}: ${prefix}${key} is not a message`);
      return message;
    },
    keys: (group: string): string[] => {
      const node: unknown = translator.raw(group);
      if (!isObject(node)) throw new Error(`[i18n] ${locale}: ${prefix}${group} is not a group of messages`);
      // The merged catalog keeps the English catalog's order (i18n/catalog.ts).
      return Object.keys(node);
    },
    isFallback,
    fallbackCount: [...fallbackKeys].filter((k) => k.startsWith(prefix)).length,
    locale,
  });
}

/**
 * The messages of one namespace in a language (the request's, unless
 * given). `values` and `tags` apply to every message: a page passes its
 * verbatim values (screen labels, code) and its link tags once.
 */
export async function getText<NS extends Namespace, const V extends Values = Record<never, never>>(options: {
  namespace: NS;
  locale?: Locale;
  values?: V;
  tags?: Tags;
}): Promise<Text<NestedValueOf<Messages, NS>, keyof V & string>> {
  const locale = options.locale ?? (await getLocale());
  const [translator, { fallbackKeys }] = await Promise.all([translatorFor(locale, options.namespace), loadCatalog(locale)]);
  // Any key works at run time; the signature above lets callers use only the catalog's.
  return build(locale, options.namespace, translator, fallbackKeys, options);
}

/** The messages of a namespace whose keys are only known at run time: a guide's, rendered from its document. */
export async function getDynamicText(options: { namespace: string; locale: Locale; values?: Values; tags?: Tags }): Promise<DynamicText> {
  const [translator, { fallbackKeys }] = await Promise.all([translatorFor(options.locale, options.namespace), loadCatalog(options.locale)]);
  return build(options.locale, options.namespace, translator, fallbackKeys, options);
}
