import { po as gettextPo, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { analyzeMessage, requiredPluralCategories } from '../catalog/icu';
import { isObject, joinKey, type JsonObject } from '../catalog/tree';

/**
 * Catalogs as PO (gettext) or XLIFF 1.2 files, for translators who work in a
 * PO editor (Poedit), a CAT tool or a platform that reads those formats, and
 * back. One unit per message: the dotted key (msgctxt in PO, the trans-unit
 * id in XLIFF), the English text as source, the translation as target (empty
 * when there is none), and notes that say which {arguments} and <tags> to
 * keep.
 *
 * A plural stays one ICU message (`{n, plural, one {…} other {…}}`) rather
 * than gettext's msgid_plural/msgstr[N]: gettext numbers its forms by a
 * per-file formula while ICU names CLDR categories, a message may hold a
 * plural next to other arguments, and `#` or `=0` forms have no gettext
 * equivalent; only the whole ICU string comes back unchanged.
 *
 * The round trip is lossless: the JSON written back is, byte for byte, the
 * file that was exported (English key order, 2-space indentation, a trailing
 * newline). Input that would lose or invent a message is refused, naming the
 * file and the key.
 */

export type ExchangeFormat = 'po' | 'xliff';

export const EXCHANGE_FORMATS: readonly ExchangeFormat[] = ['po', 'xliff'];

/** File extension of each format. */
export const EXTENSION: Record<ExchangeFormat, string> = { po: '.po', xliff: '.xlf' };

export type Unit = {
  /** Dotted key path inside the catalog file: `password.rememberBody`. */
  key: string;
  /** The English text. */
  source: string;
  /** The translation; empty when there is none. */
  target: string;
  /** Notes for the translator. */
  notes: string[];
};

/** A problem found while exporting or importing: what a translator needs to fix it. */
export type ExchangeProblem = { file: string; key: string; reason: string };

export class ExchangeError extends Error {
  constructor(readonly problems: ExchangeProblem[]) {
    super(problems.map((p) => `${p.file}${p.key ? `  ${p.key}` : ''}: ${p.reason}`).join('\n'));
    this.name = 'ExchangeError';
  }
}

/** What describes one exchange file besides its units. */
export type ExchangeHeader = {
  /** The catalog file it carries, relative to the locale folder: `docs/index.json`. */
  catalog: string;
  /** The translation's locale (BCP 47, as in i18n/locales.ts). */
  locale: string;
  /** The source locale. */
  sourceLocale: string;
};

// ---- Catalog ⇄ units ------------------------------------------------------------

/** Every message of a tree, in file order, keyed by its dotted path. */
function leaves(tree: unknown): { key: string; value: unknown }[] {
  const out: { key: string; value: unknown }[] = [];
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, joinKey(key, i)));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, joinKey(key, k));
    else out.push({ key, value });
  };
  walk(tree, '');
  return out;
}

const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const sortCategories = (categories: string[]) => [...categories].sort((a, b) => CLDR_ORDER.indexOf(a) - CLDR_ORDER.indexOf(b));

/** Notes that tell a translator what to keep in a message. */
export function translatorNotes(source: string, locale?: string): string[] {
  const result = analyzeMessage(source);
  if (!result.ok) return [];
  const { shape } = result;
  const notes: string[] = [];
  const plain = shape.args.filter((a) => !/:(plural|selectordinal|select)$/.test(a)).map((a) => `{${a.split(':')[0]}}`);
  if (plain.length) {
    notes.push(`Keep ${plain.join(', ')} exactly as written (the page fills ${plain.length === 1 ? 'it' : 'them'} in); move ${plain.length === 1 ? 'it' : 'them'} where your grammar needs.`);
  }
  if (shape.args.some((a) => a.startsWith('ui'))) {
    notes.push('Names starting with "ui" are the Monitor\'s screen labels, shown in English; you may add your translation in parentheses after one.');
  }
  const tags = [...new Set(shape.tags.map((t) => t.split('>').at(-1) ?? t))];
  if (tags.length) {
    notes.push(`Keep the tags ${tags.map((t) => `<${t}>…</${t}>`).join(', ')} as many times as in English, around the words they mark.`);
  }
  for (const plural of shape.plurals) {
    const categories = locale ? sortCategories(requiredPluralCategories(locale, plural.ordinal)) : undefined;
    notes.push(
      `One ICU plural: keep the whole {${plural.name}, plural, …} message` +
        (categories ? ` and give it the forms ${categories.join(', ')} (${locale})` : '') +
        '; # stands for the number.',
    );
  }
  return notes;
}

/**
 * The units of one catalog file: every English message with its translation.
 * Refuses a translation that the exchange file could not carry back
 * unchanged: keys English does not have, a text where English has a group
 * (or the reverse), an empty translation (PO and XLIFF cannot tell it from a
 * missing one), an empty group, a list translated in part.
 */
export function catalogUnits(file: string, english: unknown, translation: unknown, locale?: string): Unit[] {
  const problems: ExchangeProblem[] = [];
  const units: Unit[] = [];
  const fail = (key: string, reason: string) => problems.push({ file, key, reason });

  for (const { key, value } of leaves(english)) {
    if (typeof value !== 'string') fail(key, `English has a ${value === null ? 'null' : typeof value} here; only texts can be translated.`);
  }

  const visit = (src: unknown, tgt: unknown, key: string) => {
    if (typeof src === 'string') {
      if (tgt === undefined) units.push({ key, source: src, target: '', notes: translatorNotes(src, locale) });
      else if (typeof tgt !== 'string') fail(key, 'English has a text here; the translation has a group or list, which the export would lose.');
      else if (tgt === '') fail(key, 'The translation is empty; PO and XLIFF cannot tell that from a missing one. Translate it or delete the key.');
      else units.push({ key, source: src, target: tgt, notes: translatorNotes(src, locale) });
      return;
    }
    if (tgt !== undefined && (Array.isArray(src) !== Array.isArray(tgt) || !(isObject(tgt) || Array.isArray(tgt)))) {
      fail(key, 'The translation does not have the structure of the English file here; the export would lose it.');
      return;
    }
    if (Array.isArray(src)) {
      const items = Array.isArray(tgt) ? tgt : undefined;
      if (items && items.length !== src.length) fail(key, `The translated list has ${items.length} items; English has ${src.length}.`);
      src.forEach((item, i) => visit(item, items?.[i], joinKey(key, i)));
      return;
    }
    if (isObject(src)) {
      const group = isObject(tgt) ? tgt : undefined;
      if (group) {
        for (const k of Object.keys(group)) if (!(k in src)) fail(joinKey(key, k), 'English has no such key; the export would lose it. Remove it or fix its name (npm run i18n:check).');
        if (Object.keys(group).length === 0 && key) fail(key, 'An empty group; the export would drop it. Delete it or translate its messages.');
      }
      for (const [k, v] of Object.entries(src)) visit(v, group?.[k], joinKey(key, k));
    }
  };
  visit(english, translation, '');
  if (problems.length) throw new ExchangeError(problems);
  return units;
}

/**
 * The JSON text of a translation rebuilt from its units, in English order,
 * formatted as the project formats catalogs. Messages without a target are
 * left out (readers see English there); a list comes back whole or not at all.
 * Returns undefined when no message is translated.
 */
export function catalogJson(file: string, english: unknown, targets: ReadonlyMap<string, string>): string | undefined {
  const problems: ExchangeProblem[] = [];
  const build = (src: unknown, key: string): unknown => {
    if (typeof src === 'string') return targets.get(key) || undefined;
    if (Array.isArray(src)) {
      const items = src.map((item, i) => build(item, joinKey(key, i)));
      const present = items.filter((item) => item !== undefined).length;
      if (present === 0) return undefined;
      if (present < items.length) {
        problems.push({ file, key, reason: `A list is translated whole or not at all; ${items.length - present} of its ${items.length} items are empty.` });
      }
      return items;
    }
    if (isObject(src)) {
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(src)) {
        const value = build(v, joinKey(key, k));
        if (value !== undefined) out[k] = value;
      }
      return Object.keys(out).length ? out : undefined;
    }
    return undefined;
  };
  const tree = build(english, '');
  if (problems.length) throw new ExchangeError(problems);
  return tree === undefined ? undefined : `${JSON.stringify(tree, null, 2)}\n`;
}

// ---- PO ------------------------------------------------------------------------

/** gettext writes POSIX-style codes (`pt_BR`, `zh_Hans`); the site uses BCP 47 (`pt-BR`, `zh-Hans`). */
export function posixLocale(locale: string): string {
  return locale.replaceAll('-', '_');
}

function sameLocale(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replaceAll('_', '-').toLowerCase();
  return norm(a) === norm(b);
}

function toPo(header: ExchangeHeader, units: Unit[]): string {
  const table: GetTextTranslations = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': `proxmenux-docs ${header.catalog}`,
      Language: posixLocale(header.locale),
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Source-Language': header.sourceLocale,
      'X-Catalog': header.catalog,
    },
    translations: { '': { '': { msgid: '', msgstr: [''] } } },
  };
  for (const unit of units) {
    // The location is translate-toolkit's id for a JSON message, so po2json
    // finds each unit in the English catalog it takes as template.
    const entry: GetTextTranslation = {
      msgctxt: unit.key,
      msgid: unit.source,
      msgstr: [unit.target],
      comments: { reference: `.${unit.key}`, extracted: unit.notes.join('\n'), flag: 'icu-message-format' },
    };
    table.translations[unit.key] = { [unit.source]: entry };
  }
  return gettextPo.compile(table).toString('utf8');
}

function fromPo(file: string, text: string, header: ExchangeHeader): { units: Unit[]; fuzzy: string[] } {
  let table: GetTextTranslations;
  try {
    // validation: a unit repeated with the same msgctxt and msgid is an error, not silently merged.
    table = gettextPo.parse(text, { validation: true });
  } catch (error) {
    throw new ExchangeError([{ file, key: '', reason: `Not a readable PO file: ${(error as Error).message}` }]);
  }
  const language = Object.entries(table.headers).find(([name]) => name.toLowerCase() === 'language')?.[1];
  if (language && !sameLocale(language, header.locale)) {
    throw new ExchangeError([{ file, key: '', reason: `This file is for "${language}" but sits in the folder of ${header.locale}; move it to the right language.` }]);
  }
  const units: Unit[] = [];
  const fuzzy: string[] = [];
  const problems: ExchangeProblem[] = [];
  for (const [context, entries] of Object.entries(table.translations)) {
    for (const entry of Object.values(entries)) {
      if (context === '' && entry.msgid === '') continue; // the header
      if (!entry.msgctxt) {
        problems.push({ file, key: '', reason: `The unit "${entry.msgid.slice(0, 40)}" has no msgctxt, so it belongs to no message; keep the msgctxt lines of the exported file.` });
        continue;
      }
      if (entry.msgid_plural !== undefined) {
        problems.push({ file, key: entry.msgctxt, reason: 'gettext plural forms (msgid_plural) are not used here: a plural is one ICU message; translate it in msgstr as one text.' });
        continue;
      }
      const isFuzzy = (entry.comments?.flag ?? '').split(',').some((f) => f.trim() === 'fuzzy');
      if (isFuzzy) fuzzy.push(entry.msgctxt);
      units.push({ key: entry.msgctxt, source: entry.msgid, target: isFuzzy ? '' : (entry.msgstr[0] ?? ''), notes: [] });
    }
  }
  if (problems.length) throw new ExchangeError(problems);
  return { units, fuzzy };
}

// ---- XLIFF 1.2 -----------------------------------------------------------------

type XliffUnit = { source?: unknown; target?: unknown; note?: unknown; additionalAttributes?: Record<string, string>; groupUnits?: unknown };
type XliffDocument = { sourceLanguage?: string; targetLanguage?: string; resources: Record<string, Record<string, XliffUnit>> };

async function toXliff(header: ExchangeHeader, units: Unit[]): Promise<string> {
  const resources: Record<string, Record<string, XliffUnit>> = { [header.catalog]: {} };
  const body = resources[header.catalog] ?? {};
  for (const unit of units) {
    body[unit.key] = {
      source: unit.source,
      ...(unit.target ? { target: unit.target } : {}),
      ...(unit.notes.length ? { note: unit.notes.join('\n') } : {}),
      // resname names the message for tools that show it; xml:space keeps leading and trailing spaces;
      // a translation the site ships is final, and XLIFF 1.2 tools read one without approved="yes" as fuzzy.
      additionalAttributes: { resname: unit.key, 'xml:space': 'preserve', ...(unit.target ? { approved: 'yes' } : {}) },
    };
  }
  const xml = await jsToXliff12({ resources, sourceLanguage: header.sourceLocale, targetLanguage: header.locale });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

async function fromXliff(file: string, text: string, header: ExchangeHeader): Promise<{ units: Unit[]; fuzzy: string[] }> {
  let doc: XliffDocument;
  try {
    doc = (await xliff12ToJs(text)) as XliffDocument;
  } catch (error) {
    throw new ExchangeError([{ file, key: '', reason: `Not a readable XLIFF 1.2 file: ${(error as Error).message}` }]);
  }
  if (doc.targetLanguage && !sameLocale(doc.targetLanguage, header.locale)) {
    throw new ExchangeError([{ file, key: '', reason: `This file is for "${doc.targetLanguage}" but sits in the folder of ${header.locale}; move it to the right language.` }]);
  }
  const files = Object.keys(doc.resources ?? {});
  if (files.length !== 1 || files[0] !== header.catalog) {
    throw new ExchangeError([{ file, key: '', reason: `Expected one <file original="${header.catalog}">, found ${files.map((f) => `"${f}"`).join(', ') || 'none'}.` }]);
  }
  const problems: ExchangeProblem[] = [];
  const units: Unit[] = [];
  const fuzzy: string[] = [];
  for (const [key, unit] of Object.entries(doc.resources[header.catalog] ?? {})) {
    if (unit.groupUnits) {
      problems.push({ file, key, reason: 'A <group> of units; keep the flat list of trans-units of the exported file.' });
      continue;
    }
    const text = (value: unknown, what: string): string | undefined => {
      if (value === undefined) return '';
      if (typeof value === 'string') return value;
      problems.push({ file, key, reason: `The ${what} holds XLIFF inline elements (<g>, <x/>, <ph>…); write the message's own tags as plain text, e.g. <strong>…</strong>.` });
      return undefined;
    };
    const source = text(unit.source, 'source');
    const target = text(unit.target, 'target');
    if (source === undefined || target === undefined) continue;
    // approved="no" is how XLIFF 1.2 tools mark a translation that needs work (gettext's fuzzy).
    const needsWork = target !== '' && unit.additionalAttributes?.approved === 'no';
    if (needsWork) fuzzy.push(key);
    units.push({ key, source, target: needsWork ? '' : target, notes: [] });
  }
  if (problems.length) throw new ExchangeError(problems);
  return { units, fuzzy };
}

// ---- Both formats ----------------------------------------------------------------

/** Serializes the units of one catalog, after checking that the format carries each text back unchanged. */
export async function writeExchange(format: ExchangeFormat, file: string, header: ExchangeHeader, units: Unit[]): Promise<string> {
  const text = format === 'po' ? toPo(header, units) : await toXliff(header, units);
  const back = new Map((await readExchange(format, file, text, header)).units.map((u) => [u.key, u]));
  const problems = units
    .filter((u) => back.get(u.key)?.source !== u.source || back.get(u.key)?.target !== u.target)
    .map((u) => ({ file, key: u.key, reason: `This text does not survive ${format === 'po' ? 'PO' : 'XLIFF'} unchanged (a control character such as a carriage return?).` }));
  if (problems.length) throw new ExchangeError(problems);
  return text;
}

/** Reads the units of one exchange file; fuzzy (PO) units come back without their target and are listed. */
export async function readExchange(format: ExchangeFormat, file: string, text: string, header: ExchangeHeader): Promise<{ units: Unit[]; fuzzy: string[] }> {
  return format === 'po' ? fromPo(file, text, header) : fromXliff(file, text, header);
}

/**
 * Checks the units read from an exchange file against the English catalog and
 * returns each key's translation. Refuses a unit English does not have, an
 * English message without its unit, a unit given twice, and a unit whose
 * English text is not the current one (the file was exported before English
 * changed: export again, so nothing is translated from an outdated text).
 */
export function matchUnits(file: string, english: unknown, units: Unit[]): Map<string, string> {
  const problems: ExchangeProblem[] = [];
  const expected = new Map(leaves(english).filter((l) => typeof l.value === 'string').map((l) => [l.key, l.value as string]));
  const targets = new Map<string, string>();
  for (const unit of units) {
    const source = expected.get(unit.key);
    if (source === undefined) {
      problems.push({ file, key: unit.key, reason: 'English has no message with this key; importing it would invent one. Keep the msgctxt/id of the exported file.' });
    } else if (targets.has(unit.key)) {
      problems.push({ file, key: unit.key, reason: 'This message appears twice; keep one unit.' });
    } else if (unit.source !== source) {
      problems.push({ file, key: unit.key, reason: 'The English text changed since this file was exported; export again and review this message against the current English.' });
    } else {
      targets.set(unit.key, unit.target);
    }
  }
  const given = new Set(units.map((u) => u.key));
  for (const key of expected.keys()) {
    if (!given.has(key)) {
      problems.push({ file, key, reason: 'This message has no unit in the file; importing would lose it. Keep every unit of the exported file (an untranslated one has an empty target).' });
    }
  }
  if (problems.length) throw new ExchangeError(problems);
  return targets;
}
