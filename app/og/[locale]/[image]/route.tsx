import { hasLocale } from 'next-intl';
import { ImageResponse } from 'next/og';
import { localeConfig } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { cardFonts, drawableSpaces } from '@/lib/card-fonts';
import { cardText } from '@/lib/card-text';
import { INDEXED, cardName } from '@/lib/pages';
import { RtlText, layoutRtl } from '@/lib/rtl-text';
import { SITE_URL } from '@/lib/site';
import { OG_IMAGE_SIZE } from '@/lib/social-cards';

// Social cards are drawn once at build time, one per indexed page and language.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => INDEXED.map((page) => ({ locale, image: `${cardName(page)}.png` })));
}

const PADDING = { x: 80, y: 72 };
const TEXT_WIDTH = OG_IMAGE_SIZE.width - 2 * PADDING.x;
const STYLE = {
  // Beside the 64-pixel logo and its 20-pixel gap.
  eyebrow: { fontSize: 34, lineHeight: 1.3, color: '#fdba74', weight: 400, maxLines: 1, maxWidth: TEXT_WIDTH - 84 },
  title: { fontSize: 76, lineHeight: 1.15, color: '#f8fafc', weight: 700, maxLines: 2, maxWidth: TEXT_WIDTH },
  description: { fontSize: 32, lineHeight: 1.4, color: '#cbd5e1', weight: 400, maxLines: 3, maxWidth: TEXT_WIDTH },
} as const;

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
  const fontFamily = [...new Set(fonts.map((f) => f.name))].join(', ');
  const rtl = localeConfig[locale].dir === 'rtl';

  // Satori lays text out left to right only: right-to-left text is shaped
  // and ordered by lib/rtl-text.tsx and drawn as paths.
  const block = (part: keyof typeof text) => {
    const style = STYLE[part];
    if (rtl && !english[part]) {
      const layout = layoutRtl(text[part], { ...style, fonts: fonts.filter((f) => f.weight === style.weight) });
      return <RtlText layout={layout} color={style.color} label={text[part]} />;
    }
    return (
      <div style={{ fontSize: style.fontSize, lineHeight: style.lineHeight, color: style.color, fontWeight: style.weight, letterSpacing: part === 'title' ? -1 : 0 }}>
        {text[part]}
      </div>
    );
  };

  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          alignItems: rtl ? 'flex-end' : 'flex-start',
          padding: `${PADDING.y}px ${PADDING.x}px`,
          background: 'linear-gradient(135deg, #0f172a 0%, #1e293b 100%)',
          fontFamily,
        }}
      >
        <div style={{ display: 'flex', flexDirection: rtl ? 'row-reverse' : 'row', alignItems: 'center', gap: 20, width: '100%' }}>
          <div style={{ width: 64, height: 64, flexShrink: 0, borderRadius: 14, background: '#f97316', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 40, fontWeight: 700, color: '#0f172a' }}>
            M
          </div>
          <div style={{ display: 'flex', flex: 1, justifyContent: rtl ? 'flex-end' : 'flex-start' }}>{block('eyebrow')}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24, alignItems: rtl ? 'flex-end' : 'flex-start' }}>
          {block('title')}
          {block('description')}
        </div>
        <div style={{ fontSize: 28, color: '#94a3b8' }}>{host}</div>
      </div>
    ),
    {
      ...OG_IMAGE_SIZE,
      fonts: fonts.map((f) => ({ name: f.name, data: f.data, weight: f.weight, style: 'normal' as const })),
    },
  );
}
