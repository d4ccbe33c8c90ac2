import { getDynamicText, getText, type DynamicText } from '@/i18n/text';
import type { Locale } from '@/i18n/routing';
import type { AnyDocument } from '@/lib/document/model';
import { valueIn } from '@/lib/document/resolve';
import { linkTags } from './rich-tags';

/** A guide's messages, with its values and link tags, as its document renders them. */
export async function guideText(namespace: string, locale: Locale, document: Pick<AnyDocument, 'values' | 'links'>): Promise<DynamicText> {
  const values = Object.fromEntries(Object.entries(document.values).map(([name, value]) => [name, valueIn(value, locale)]));
  const links = await getText({ namespace: 'links', locale });
  return getDynamicText({ namespace, locale, values, tags: linkTags(locale, document.links, { newTab: links.string('newTab'), inEnglish: links.string('inEnglish') }) });
}
