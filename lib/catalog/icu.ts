import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type MessageShape = {
  /** Tags with their ancestry, e.g. `strong`, `strong>code`; one entry per occurrence. */
  tags: string[];
  /** Argument names with their kind, e.g. `minutes:plural`. */
  args: string[];
  /** Plural/selectordinal arguments and the categories each defines. */
  plurals: { name: string; ordinal: boolean; options: string[] }[];
  /** Text the reader will see literally (used to spot raw markup and entities). */
  literals: string[];
};

export type AnalyzeResult = { ok: true; shape: MessageShape } | { ok: false; error: string; offset?: number };

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'string',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
};

/** Parses a message with the same ICU parser next-intl uses and describes it. */
export function analyzeMessage(message: string): AnalyzeResult {
  let ast: MessageFormatElement[];
  try {
    ast = parse(message, { captureLocation: true });
  } catch (error) {
    const err = error as { message?: string; location?: { start?: { offset?: number } } };
    return { ok: false, error: err.message ?? String(error), offset: err.location?.start?.offset };
  }
  const shape: MessageShape = { tags: [], args: [], plurals: [], literals: [] };
  const walk = (nodes: MessageFormatElement[], ancestry: string) => {
    for (const node of nodes) {
      switch (node.type) {
        case TYPE.literal:
          shape.literals.push(node.value);
          break;
        case TYPE.tag: {
          const path = ancestry ? `${ancestry}>${node.value}` : node.value;
          shape.tags.push(path);
          walk(node.children, path);
          break;
        }
        case TYPE.plural:
          shape.args.push(`${node.value}:${node.pluralType === 'ordinal' ? 'selectordinal' : 'plural'}`);
          shape.plurals.push({ name: node.value, ordinal: node.pluralType === 'ordinal', options: Object.keys(node.options) });
          for (const option of Object.values(node.options)) walk(option.value, ancestry);
          break;
        case TYPE.select:
          shape.args.push(`${node.value}:select`);
          for (const option of Object.values(node.options)) walk(option.value, ancestry);
          break;
        case TYPE.pound:
          break;
        default:
          shape.args.push(`${node.value}:${KIND[node.type] ?? 'string'}`);
      }
    }
  };
  walk(ast, '');
  shape.args = [...new Set(shape.args)].sort();
  shape.tags.sort();
  return { ok: true, shape };
}

/** Plural categories a language needs, per CLDR (via Intl.PluralRules). */
export function requiredPluralCategories(locale: string, ordinal = false): string[] {
  return new Intl.PluralRules(locale, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
}

// HTML element names that would be printed as text if a translator pasted markup.
const HTML_ELEMENT =
  /<\/?(a|abbr|b|br|button|code|div|em|form|h[1-6]|hr|i|iframe|img|input|kbd|li|link|meta|object|ol|p|pre|script|small|span|strong|style|sub|sup|svg|table|td|th|tr|u|ul)(\s[^>]*)?\/?>/i;
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i;

/** Finds literal text that would reach the reader as raw markup or an entity. */
export function findRawMarkup(literals: string[]): string | undefined {
  for (const text of literals) {
    const entity = ENTITY.exec(text);
    if (entity) return `the HTML entity "${entity[0]}" would be shown literally`;
    const element = HTML_ELEMENT.exec(text);
    if (element) return `"${element[0]}" would be shown as text, not as markup`;
  }
  return undefined;
}
