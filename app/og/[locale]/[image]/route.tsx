import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import { ImageResponse } from 'next/og';
import { routing } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { pageText } from '@/lib/page-meta';
import { INDEXED, cardName } from '@/lib/pages';
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
  const t = await pageText(page, locale);
  // Above the title: the page's section, or the site's name for the docs home.
  const eyebrow = page.section
    ? (await getText({ namespace: 'nav', locale })).string(`sections.${page.section}.title`)
    : (await getText({ namespace: 'site', locale })).string('name');
  // The fonts ship in the repository (Noto Sans, latin subset, OFL): nothing is fetched at build time.
  const font = (file: string) => readFile(path.join(process.cwd(), 'assets', 'fonts', file));
  const regular = await font('noto-sans-latin-400-normal.woff');
  const bold = await font('noto-sans-latin-700-normal.woff');

  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: 'linear-gradient(135deg, #0f172a 0%, #1e293b 100%)',
          color: '#f8fafc',
          fontFamily: 'Noto Sans',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
          <div style={{ width: 64, height: 64, borderRadius: 14, background: '#f97316', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 40, fontWeight: 700, color: '#0f172a' }}>
            M
          </div>
          <div style={{ fontSize: 34, color: '#fdba74' }}>{eyebrow}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1 }}>{t.string('header.title')}</div>
          <div style={{ fontSize: 32, lineHeight: 1.35, color: '#cbd5e1' }}>{t.string('header.description')}</div>
        </div>
        <div style={{ fontSize: 28, color: '#94a3b8' }}>{new URL(SITE_URL).host}</div>
      </div>
    ),
    {
      ...OG_IMAGE_SIZE,
      fonts: [
        { name: 'Noto Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'Noto Sans', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
