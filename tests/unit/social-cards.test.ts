import { existsSync } from 'node:fs';
import { type CSSProperties, type ReactNode, isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import { localeConfig } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { type CardFont, cardFonts, drawableSpaces, missingGlyphs } from '@/lib/card-fonts';
import { cardText } from '@/lib/card-text';
import { INDEXED, cardName, getPage } from '@/lib/pages';
import { RtlText, fittedFontSize, layoutRtl } from '@/lib/rtl-text';
import { CARD_STYLE, socialCard } from '@/lib/social-card';
import { keepNamesTogether } from '@/lib/social-cards';

const arabicFonts = (text: string, weight: 400 | 700 = 400) => cardFonts(text, [weight], 'test');
const layout = (text: string, fonts: readonly CardFont[], maxWidth = 2000) => layoutRtl(text, { fonts, fontSize: 40, lineHeight: 1.4, maxWidth, maxLines: 10 });

/** The glyphs drawn for a range of the text (by cluster, its logical position), leftmost x first. */
function xsOf(result: ReturnType<typeof layout>, from: number, to: number): number[] {
  return result.lines.flatMap((l) => l.glyphs).filter((g) => g.cluster >= from && g.cluster < to).map((g) => g.x).sort((a, b) => a - b);
}

describe('social cards: every card of every language has a glyph for every character it shows', () => {
  const cards = routing.locales.flatMap((locale) => INDEXED.map((page) => ({ locale, page })));
  it.each(cards.map(({ locale, page }) => [`${locale}/${cardName(page)}`, locale, page] as const))('%s', async (_label, locale, page) => {
    const { source, english } = await cardText(page, locale);
    const text = Object.values(source).join(' ');
    const fonts = await cardFonts(`${text} proxmenux.com M`, [400, 700], `${locale}/${cardName(page)}`);
    for (const weight of [400, 700] as const) {
      expect(missingGlyphs(drawableSpaces(text, fonts), fonts.filter((f) => f.weight === weight))).toEqual([]);
    }
    // The faces follow the script: Chinese cards carry the Chinese face, the
    // others none of its megabytes; Arabic cards carry the Arabic face. A
    // page not yet translated shows its card in English, in Latin letters.
    const names = fonts.map((f) => f.name);
    const translated = !english.title;
    expect(names.some((n) => n.startsWith('noto-sans-sc')), 'Chinese face').toBe(locale === 'zh-Hans' && (translated || /\p{Script=Han}/u.test(text)));
    expect(names.some((n) => n.startsWith('noto-sans-arabic')), 'Arabic face').toBe(locale === 'ar' && (translated || /\p{Script=Arabic}/u.test(text)));
    // Subset to the card's text: a few kilobytes, not the full fonts.
    for (const font of fonts) expect(font.data.length, font.name).toBeLessThan(200_000);
  });

  it('refuses, naming it, a character no font draws', async () => {
    await expect(cardFonts('ProxMenux 🚀', [400], 'de/access-auth.png')).rejects.toThrow(/de\/access-auth\.png: no font has a glyph for "🚀" \(U\+1F680\)/);
  });

  it('replaces a space no font has by the closest one', async () => {
    const fonts = await cardFonts('Accès\u202F: oui', [400], 'test');
    expect(drawableSpaces('Accès\u202F: oui', fonts)).toBe('Accès\u00A0: oui');
  });
});

describe('social cards: Arabic is laid out right to left, shaped', () => {
  it('joins the letters of a word (contextual forms, not isolated letters)', async () => {
    const word = 'بيت';
    const fonts = await arabicFonts(`${word} ب ي ت`);
    // The glyphs drawn for each letter (a letter may be a body and its dots).
    const glyphsByLetter = (text: string) => {
      const byCluster = new Map<number, number[]>();
      for (const g of layout(text, fonts).lines.flatMap((l) => l.glyphs)) byCluster.set(g.cluster, [...(byCluster.get(g.cluster) ?? []), g.glyph].sort());
      return byCluster;
    };
    const joined = glyphsByLetter(word);
    expect([...joined.keys()].sort()).toEqual([0, 1, 2]);
    // Initial beh, medial yeh and final teh: each differs from the letter alone.
    [...word].forEach((letter, i) => {
      expect(joined.get(i), letter).not.toEqual(glyphsByLetter(letter).get(0));
      expect(joined.get(i)).not.toContain(0);
    });
  });

  it('puts the first word on the right and the sentence’s final period on the left', async () => {
    const text = 'واحد اثنان.';
    const fonts = await arabicFonts(text);
    const result = layout(text, fonts);
    const first = xsOf(result, 0, 4);
    const second = xsOf(result, 5, 10);
    const period = xsOf(result, 10, 11);
    expect(Math.min(...first)).toBeGreaterThan(Math.max(...second));
    expect(Math.max(...period)).toBeLessThan(Math.min(...second));
  });

  it('keeps Latin words inside Arabic in their own order, between the Arabic words around them', async () => {
    const text = 'افتح ProxMenux Monitor الآن';
    const fonts = await arabicFonts(text);
    const result = layout(text, fonts);
    const before = xsOf(result, 0, 4);
    const product = xsOf(result, 5, 14);
    const monitor = xsOf(result, 15, 22);
    const after = xsOf(result, 23, text.length);
    expect(Math.min(...before)).toBeGreaterThan(Math.max(...monitor));
    // "ProxMenux" reads left to right, and comes before "Monitor" on the left.
    expect(Math.max(...product)).toBeLessThan(Math.min(...monitor));
    expect(Math.min(...product)).toBeGreaterThan(Math.max(...after));
  });

  it('breaks lines between words to fit the width, and shrinks the text to fit the line limit', async () => {
    const text = 'الوصول والمصادقة في لوحة التحكم الخاصة بك عبر الشبكة المحلية';
    const fonts = await arabicFonts(text);
    const wrapped = layout(text, fonts, 300);
    expect(wrapped.lines.length).toBeGreaterThan(1);
    for (const line of wrapped.lines) expect(line.width).toBeLessThanOrEqual(300);
    // Each line starts where a word starts.
    for (const line of wrapped.lines.slice(1)) expect(text[line.start - 1]).toBe(' ');
    const limited = layoutRtl(text, { fonts, fontSize: 40, lineHeight: 1.4, maxWidth: 700, maxLines: 1 });
    expect(limited.lines).toHaveLength(1);
    expect(limited.fontSize).toBeLessThan(40);
  });

  it('draws every Arabic card’s title and lead within their line limits', async () => {
    // Pages not yet translated into Arabic have an English card, laid out left to right.
    const arabic = INDEXED.filter((page) => existsSync(`messages/ar/${page.catalog}.json`));
    expect(arabic.map((page) => page.id)).toContain('accessAuth');
    for (const page of arabic) {
      const { source, english } = await cardText(page, 'ar');
      expect(localeConfig.ar.dir).toBe('rtl');
      // The Arabic catalogs are complete: nothing on the card falls back to English.
      expect(english).toEqual({ eyebrow: false, title: false, description: false });
      const fonts = await cardFonts(`${source.title} ${source.description}`, [400, 700], 'ar');
      const title = layoutRtl(source.title, { fonts: fonts.filter((f) => f.weight === 700), fontSize: 76, lineHeight: 1.15, maxWidth: 1040, maxLines: 2 });
      const lead = layoutRtl(source.description, { fonts: fonts.filter((f) => f.weight === 400), fontSize: 32, lineHeight: 1.4, maxWidth: 1040, maxLines: 3 });
      expect(title.lines.length).toBeLessThanOrEqual(2);
      expect(lead.lines.length).toBeLessThanOrEqual(3);
      // No character is drawn with the font's "missing" glyph.
      for (const glyph of [...title.lines, ...lead.lines].flatMap((l) => l.glyphs)) expect(glyph.glyph).not.toBe(0);
    }
  });
});

/** Every element of a card's tree, with its style and text. */
function elementsOf(node: ReactNode): { style: CSSProperties; color: unknown; text: string; type: unknown }[] {
  if (!isValidElement(node)) return Array.isArray(node) ? node.flatMap(elementsOf) : [];
  const props = node.props as { style?: CSSProperties; color?: string; children?: ReactNode; label?: string };
  const text = typeof props.children === 'string' ? props.children : (props.label ?? '');
  return [{ style: props.style ?? {}, color: props.style?.color ?? props.color, text, type: node.type }, ...elementsOf(props.children)];
}

describe('social cards: the text fits the card in every language', () => {
  const cards = routing.locales.flatMap((locale) => INDEXED.map((page) => ({ locale, page })));
  it.each(cards.map(({ locale, page }) => [`${locale}/${cardName(page)}`, locale, page] as const))('%s', async (_label, locale, page) => {
    const { source, english } = await cardText(page, locale);
    // "Proxmox VE" is one name: never split between lines.
    for (const part of Object.values(source)) expect(part).not.toMatch(/Proxmox[^\S\u00A0]+VE/);
    const host = 'proxmenux.com';
    const fonts = await cardFonts(`${Object.values(source).join(' ')} ${host} M`, [400, 700], `${locale}/${cardName(page)}`);
    const text = { eyebrow: drawableSpaces(source.eyebrow, fonts), title: drawableSpaces(source.title, fonts), description: drawableSpaces(source.description, fonts) };
    const rtl = localeConfig[locale].dir === 'rtl';
    const elements = elementsOf(socialCard({ text, english, rtl, host, fonts }));
    for (const part of ['eyebrow', 'title', 'description'] as const) {
      const style = CARD_STYLE[part];
      // The part's text in the part's colour (a home card's eyebrow and title may say the same).
      const drawn = elements.filter((e) => e.text === text[part] && e.color === style.color);
      expect(drawn, part).toHaveLength(1);
      const [element] = drawn;
      if (rtl && !english[part]) {
        // Right-to-left text is laid out here, within its line limit.
        expect(element?.type).toBe(RtlText);
        const lines = layoutRtl(text[part], { ...style, fonts: fonts.filter((f) => f.weight === style.weight) }).lines;
        expect(lines.length, part).toBeLessThanOrEqual(style.maxLines);
        continue;
      }
      // Left-to-right text is laid out by satori: set small enough to fit
      // its line limit, and clamped to it (with an ellipsis) all the same.
      expect(element?.style, part).toMatchObject({ display: 'block', lineClamp: style.maxLines, maxWidth: style.maxWidth });
      const fontSize = Number(element?.style.fontSize);
      expect(fontSize).toBeLessThanOrEqual(style.fontSize);
      expect(fontSize).toBeGreaterThanOrEqual(style.fontSize * 0.6);
      expect(fontSize).toBe(fittedFontSize(text[part], { ...style, fonts: fonts.filter((f) => f.weight === style.weight) }));
    }
  });

  it('keeps "Proxmox VE" together on the Russian home card, whose lead names it', async () => {
    const { source } = await cardText(getPage('docsHome'), 'ru');
    expect(source.description).toContain('Proxmox\u00A0VE');
    expect(keepNamesTogether('для Proxmox VE и Proxmox VE.')).toBe('для Proxmox\u00A0VE и Proxmox\u00A0VE.');
  });

  it('sets a lead too long for three lines smaller, down to what fits', async () => {
    const style = CARD_STYLE.description;
    const { source } = await cardText(getPage('accessAuth'), 'de');
    const fonts = await cardFonts(source.description, [400], 'de');
    const fitted = fittedFontSize(source.description, { ...style, fonts });
    // The German guide's lead takes four lines at full size.
    expect(fitted).toBeLessThan(style.fontSize);
    // A short one keeps the full size.
    expect(fittedFontSize('Kurz.', { ...style, fonts: await cardFonts('Kurz.', [400], 'de') })).toBe(style.fontSize);
  });
});
