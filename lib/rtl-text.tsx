/**
 * Right-to-left text for the social cards. Satori, which draws the cards,
 * lays text out left to right only (vercel/satori#74), so Arabic would come
 * out with its words in reverse order and its letters unjoined. This module
 * does what a browser does instead:
 *
 * 1. the Unicode Bidirectional Algorithm (bidi-js) resolves each
 *    character's direction, so Latin words and numbers inside Arabic keep
 *    their own order;
 * 2. HarfBuzz shapes each run with its font (joined letters, ligatures,
 *    marks), right to left or left to right;
 * 3. lines are broken between words to fit the width, and the runs of each
 *    line are put in visual order (rule L2);
 *
 * and the result is drawn as SVG paths, right-aligned, which satori embeds
 * like any other element.
 */
import 'server-only';
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import type { CardFont } from './card-fonts';

const bidi = bidiFactory();

type Face = { font: hb.Font; upem: number; ascender: number; descender: number; covers: ReadonlySet<number> };

const faces = new WeakMap<Buffer, Face>();
function faceOf(card: CardFont): Face {
  const cached = faces.get(card.data);
  if (cached) return cached;
  const face = new hb.Face(new hb.Blob(card.data));
  const font = new hb.Font(face);
  const { ascender, descender } = font.hExtents();
  const made = { font, upem: face.upem, ascender, descender, covers: card.covers };
  faces.set(card.data, made);
  return made;
}

/** A glyph placed on a line: its outline (font units, y up), where it goes, and its scale. */
export type PlacedGlyph = { glyph: number; path: string; x: number; y: number; scale: number; cluster: number };
export type TextLine = { glyphs: PlacedGlyph[]; width: number; start: number; end: number };
export type RtlLayout = { lines: TextLine[]; width: number; height: number; fontSize: number; lineHeight: number };

type Atom = { start: number; end: number; level: number; face: Face };

/** Splits [start, end) into runs of one embedding level and one font. */
function atoms(text: string, levels: Uint8Array, start: number, end: number, faces: Face[]): Atom[] {
  const result: Atom[] = [];
  let i = start;
  while (i < end) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const level = levels[i] ?? 0;
    const previous = result.at(-1);
    // Spaces and marks stay with the run they are in, when its font has them.
    const keep = previous && previous.level === level && previous.end === i && previous.face.covers.has(cp);
    const face = keep ? previous.face : (faces.find((f) => f.covers.has(cp)) ?? faces[0]);
    if (!face) throw new Error('No font to draw right-to-left text with.');
    if (previous && previous.level === level && previous.face === face && previous.end === i) previous.end = i + size;
    else result.push({ start: i, end: i + size, level, face });
    i += size;
  }
  return result;
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or higher. */
function visualOrder<T extends { level: number }>(runs: T[]): T[] {
  const order = [...runs];
  if (order.length === 0) return order;
  const highest = Math.max(...order.map((r) => r.level));
  const lowestOdd = Math.min(...order.map((r) => (r.level % 2 ? r.level : r.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if ((order[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && (order[j]?.level ?? 0) >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

function layoutLine(text: string, levels: Uint8Array, start: number, end: number, faces: Face[], fontSize: number, baseline: number): TextLine {
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  for (const atom of visualOrder(atoms(text, levels, start, end, faces))) {
    const buffer = new hb.Buffer();
    // The whole text is the context, so letters join across the run's edges.
    buffer.addText(text, atom.start, atom.end - atom.start);
    buffer.setDirection(atom.level % 2 ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.guessSegmentProperties();
    hb.shape(atom.face.font, buffer);
    const scale = fontSize / atom.face.upem;
    const positions = buffer.getGlyphPositions();
    // HarfBuzz returns right-to-left runs in visual order already.
    buffer.getGlyphInfos().forEach((info, index) => {
      const position = positions[index];
      if (!position) return;
      // Glyph 0 is the font's "missing" box: lib/card-fonts.ts makes sure no character needs it.
      const path = info.codepoint === 0 ? '' : atom.face.font.glyphToPath(info.codepoint);
      glyphs.push({ glyph: info.codepoint, path, x: x + position.xOffset * scale, y: baseline - position.yOffset * scale, scale, cluster: info.cluster });
      x += position.xAdvance * scale;
    });
  }
  return { glyphs, width: x, start, end };
}

/** Where a line may break: after each run of spaces. */
function breakPoints(text: string): number[] {
  const points: number[] = [];
  for (const match of text.matchAll(/ +/g)) points.push((match.index ?? 0) + match[0].length);
  return points;
}

type LayoutOptions = { fonts: readonly CardFont[]; fontSize: number; lineHeight: number; maxWidth: number; maxLines: number };

/**
 * Lays `text` out right to left in lines no wider than `maxWidth`, at
 * `fontSize` or, if it takes more than `maxLines` lines, smaller (down to
 * 60%), so that it fits.
 */
export function layoutRtl(text: string, options: LayoutOptions): RtlLayout {
  return layoutText(text, options, 'rtl');
}

/**
 * The size at which left-to-right `text` fits in `maxLines` lines (at most
 * `fontSize`, down to 60%), measured the same way. Satori lays left-to-right
 * text out itself; it breaks lines at least wherever this does (between
 * words), so its text takes no more lines at that size.
 */
export function fittedFontSize(text: string, options: LayoutOptions): number {
  return layoutText(text, options, 'ltr').fontSize;
}

function layoutText(text: string, options: LayoutOptions, direction: 'ltr' | 'rtl'): RtlLayout {
  const faces = options.fonts.map(faceOf);
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  const breaks = breakPoints(text);
  let layout: RtlLayout | undefined;
  for (let fontSize = options.fontSize; fontSize >= options.fontSize * 0.6; fontSize *= 0.92) {
    const lineHeight = fontSize * options.lineHeight;
    const ascent = Math.max(...faces.map((f) => (f.ascender / f.upem) * fontSize));
    // Half the leading above the line, as CSS does.
    const top = (lineHeight - fontSize * Math.max(...faces.map((f) => (f.ascender - f.descender) / f.upem))) / 2;
    const lines: TextLine[] = [];
    let start = 0;
    while (start < text.length) {
      const baseline = lines.length * lineHeight + top + ascent;
      const line = (end: number) => {
        // A line's edges drop the spaces where it breaks.
        const trimmedEnd = text.slice(start, end).trimEnd().length + start;
        return layoutLine(text, levels, start, trimmedEnd, faces, fontSize, baseline);
      };
      let best = line(text.length);
      if (best.width > options.maxWidth) {
        const candidates = breaks.filter((b) => b > start && b < text.length);
        best = line(candidates[0] ?? text.length);
        for (const end of candidates.slice(1)) {
          const next = line(end);
          if (next.width > options.maxWidth) break;
          best = next;
        }
        const nextStart = candidates.find((b) => b >= best.end) ?? text.length;
        lines.push(best);
        start = nextStart;
        continue;
      }
      lines.push(best);
      start = text.length;
    }
    layout = { lines, width: options.maxWidth, height: lines.length * lineHeight, fontSize, lineHeight };
    if (lines.length <= options.maxLines) break;
  }
  if (!layout) throw new Error('Card text could not be laid out.');
  return layout;
}

/** The laid-out text as an SVG element satori can embed: each line aligned to the right. */
export function RtlText({ layout, color, label }: { layout: RtlLayout; color: string; label: string }) {
  return (
    <svg width={layout.width} height={Math.ceil(layout.height)} viewBox={`0 0 ${layout.width} ${Math.ceil(layout.height)}`} role="img" aria-label={label}>
      {layout.lines.flatMap((line, l) =>
        line.glyphs.filter((g) => g.path).map((g, i) => (
          <path
            key={`${l}-${i}`}
            d={g.path}
            fill={color}
            transform={`translate(${(layout.width - line.width + g.x).toFixed(2)} ${g.y.toFixed(2)}) scale(${g.scale.toFixed(5)} ${(-g.scale).toFixed(5)})`}
          />
        )),
      )}
    </svg>
  );
}
