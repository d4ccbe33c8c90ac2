/**
 * Fonts for the social cards (app/og/), chosen for each card's text and
 * cut down to the characters it uses, at build time and offline: the
 * Noto fonts come from the @fontsource packages in node_modules (SIL Open
 * Font License), nothing is fetched, and no font file is committed.
 *
 * Each card gets only the faces its text needs (Latin and Cyrillic from
 * Noto Sans, Simplified Chinese from Noto Sans SC, Arabic from Noto Sans
 * Arabic), each subset to that text, and a check that every character of
 * the text has a glyph in one of them: a card never draws an empty box.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';

export type CardWeight = 400 | 700;

/** A font cut down to a card's text, as satori and HarfBuzz take it. */
export type CardFont = {
  /** A family name of its own (satori picks fonts by name, in the order a card lists them). */
  name: string;
  weight: CardWeight;
  /** TrueType data. */
  data: Buffer;
  /** The code points it has glyphs for. */
  covers: ReadonlySet<number>;
};

type Source = {
  /** The @fontsource package under node_modules. */
  pkg: string;
  /** Its subset files, in fallback order; `ranges: undefined` means "whatever the others lack". */
  subsets: { name: string; ranges?: [number, number][] }[];
};

const PACKAGES = path.join(process.cwd(), 'node_modules', '@fontsource');

/** Parses a CSS unicode-range list ("U+0000-00FF,U+0131"). */
function parseRanges(list: string): [number, number][] {
  return list.split(',').map((part) => {
    const [from = '0', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

function rangesOf(pkg: string, subset: string): [number, number][] {
  const table = JSON.parse(readFileSync(path.join(PACKAGES, pkg, 'unicode.json'), 'utf8')) as Record<string, string>;
  const list = table[subset];
  if (!list) throw new Error(`@fontsource/${pkg} has no subset "${subset}".`);
  return parseRanges(list);
}

/** The faces a card may use, in fallback order; read once per build, not once per card. */
let faces: Source[] | undefined;
function sources(): Source[] {
  faces ??= readSources();
  return faces;
}

function readSources(): Source[] {
  const ranged = (pkg: string, names: string[]) => ({ pkg, subsets: names.map((name) => ({ name, ranges: rangesOf(pkg, name) })) });
  return [
    ranged('noto-sans', ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek']),
    ranged('noto-sans-arabic', ['arabic']),
    // One file with every Simplified Chinese character (and CJK punctuation).
    { pkg: 'noto-sans-sc', subsets: [{ name: 'chinese-simplified' }] },
  ];
}

const inRanges = (cp: number, ranges: [number, number][]) => ranges.some(([from, to]) => cp >= from && cp <= to);

/** Code points a reader sees: spacing and invisible formatting characters need no glyph. */
export function visibleCodePoints(text: string): number[] {
  return [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].filter((cp) => !/[\s\p{Cf}\p{Cc}]/u.test(String.fromCodePoint(cp)));
}

/** The font files, read once: every card of a language subsets the same ones. */
const files = new Map<string, Buffer>();
function fontFile(file: string): Buffer {
  let data = files.get(file);
  if (!data) {
    data = readFileSync(file);
    files.set(file, data);
  }
  return data;
}

async function subset(file: string, text: string): Promise<{ data: Buffer; covers: Set<number> }> {
  const data = await subsetFont(fontFile(file), text, { targetFormat: 'truetype' });
  const face = new hb.Face(new hb.Blob(data));
  const covers = new Set(face.collectUnicodes());
  return { data, covers };
}

/**
 * The fonts to draw `text` with, at each weight given, subset to it. Throws,
 * naming the characters, when a visible character has no glyph in any.
 */
export async function cardFonts(text: string, weights: readonly CardWeight[], label: string): Promise<CardFont[]> {
  const wanted = visibleCodePoints(text);
  // Spaces need no glyph to be legible, but the layout needs their advance.
  // (With the no-break space, which drawableSpaces() falls back to.)
  const spaces = [...new Set([' ', '\u00A0', ...(text.match(/\s/gu) ?? [])])].join('');
  const fonts: CardFont[] = [];
  for (const weight of weights) {
    const covered = new Set<number>();
    for (const { pkg, subsets } of sources()) {
      for (const { name, ranges } of subsets) {
        const needed = wanted.filter((cp) => !covered.has(cp) && (ranges ? inRanges(cp, ranges) : true));
        if (needed.length === 0) continue;
        const file = path.join(PACKAGES, pkg, 'files', `${pkg}-${name}-${weight}-normal.woff`);
        const font = await subset(file, spaces + String.fromCodePoint(...needed));
        if (!needed.some((cp) => font.covers.has(cp))) continue;
        for (const cp of font.covers) covered.add(cp);
        fonts.push({ name: `${pkg}-${name}`, weight, ...font });
      }
    }
    const missing = wanted.filter((cp) => !covered.has(cp));
    if (missing.length) {
      const list = missing.map((cp) => `"${String.fromCodePoint(cp)}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
      throw new Error(`Social card ${label}: no font has a glyph for ${list}.`);
    }
  }
  return fonts;
}

/**
 * `text` with each space that no font has (French narrow no-break spaces,
 * for instance) replaced by the closest one that some font has: a no-break
 * space keeps its meaning, any other becomes a plain space.
 */
export function drawableSpaces(text: string, fonts: readonly CardFont[]): string {
  const has = (c: string) => fonts.some((f) => f.covers.has(c.codePointAt(0) ?? 0));
  return text.replace(/\s/gu, (c) => {
    if (c === ' ' || has(c)) return c;
    const noBreak = /[\u00A0\u2007\u202F]/.test(c);
    return noBreak && has('\u00A0') ? '\u00A0' : ' ';
  });
}

/** The code points of `text` that none of `fonts` has a glyph for. */
export function missingGlyphs(text: string, fonts: readonly CardFont[]): string[] {
  return visibleCodePoints(text)
    .filter((cp) => !fonts.some((f) => f.covers.has(cp)))
    .map((cp) => String.fromCodePoint(cp));
}
