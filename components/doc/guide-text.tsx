import { getDynamicText, getText, type DynamicText } from '@/i18n/text';
import type { Locale } from '@/i18n/routing';
import type { AnyDocument, Value } from '@/lib/document/model';
import { linkTags } from './rich-tags';

/** A value in the reader's language: most are the same everywhere; a terminal-menu label may differ. */
export function valueIn(value: Value, locale: Locale): string {
  return typeof value === 'string' ? value : (value[locale] ?? value.en);
}

/** A guide's messages, with its values and link tags, as its document renders them. */
export async function guideText(namespace: string, locale: Locale, document: Pick<AnyDocument, 'values' | 'links'>): Promise<DynamicText> {
  const values = Object.fromEntries(Object.entries(document.values).map(([name, value]) => [name, valueIn(value, locale)]));
  const newTab = (await getText({ namespace: 'links', locale })).string('newTab');
  return getDynamicText({ namespace, locale, values, tags: linkTags(locale, document.links, newTab) });
}
