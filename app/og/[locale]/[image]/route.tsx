import { hasLocale } from 'next-intl';
import { ImageResponse } from 'next/og';
import { localeConfig } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { cardFonts, drawableSpaces } from '@/lib/card-fonts';
import { cardText } from '@/lib/card-text';
import { INDEXED, cardName } from '@/lib/pages';
import { socialCard } from '@/lib/social-card';
import { SITE_URL } from '@/lib/site';
import { OG_IMAGE_SIZE } from '@/lib/social-cards';

// Social cards are drawn once at build time, one per indexed page and language.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => INDEXED.map((page) => ({ locale, image: `${cardName(page)}.png` })));
}

export async function GET(_request: Request, { params }: RouteContext<'/og/[locale]/[image]'>) {
  const { locale, image } = await params;
  const page = INDEXED.find((p) => `${cardName(p)}.png` === image);
  if (!hasLocale(routing.locales, locale) || !page) return new Response('Not found', { status: 404 });
  const { source, english } = await cardText(page, locale);
  const host = new URL(SITE_URL).host;
  // Only the faces this card's text needs, cut down to its characters
  // (lib/card-fonts.ts); the build stops if a character has no glyph.
  const fonts = await cardFonts(`${Object.values(source).join(' ')} ${host} M`, [400, 700], `${locale}/${image}`);
  const text = {
    eyebrow: drawableSpaces(source.eyebrow, fonts),
    title: drawableSpaces(source.title, fonts),
    description: drawableSpaces(source.description, fonts),
  };
  return new ImageResponse(socialCard({ text, english, rtl: localeConfig[locale].dir === 'rtl', host, fonts }), {
    ...OG_IMAGE_SIZE,
    fonts: fonts.map((f) => ({ name: f.name, data: f.data, weight: f.weight, style: 'normal' as const })),
  });
}
