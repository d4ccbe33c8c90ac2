import type { CSSProperties } from 'react';
import type { CardFont } from './card-fonts';
import type { CardParts } from './card-text';
import { RtlText, fittedFontSize, layoutRtl } from './rtl-text';
import { OG_IMAGE_SIZE } from './social-cards';

/**
 * A social card as satori draws it (app/og/[locale]/[image]/route.tsx): the
 * logo and the page's section, its title and lead, and the site's host at
 * the bottom. Each text part has a line limit in every language, so a long
 * title or lead never runs into the host line: it is set smaller to fit,
 * and anything still longer is cut with an ellipsis.
 */

const PADDING = { x: 80, y: 72 };
const TEXT_WIDTH = OG_IMAGE_SIZE.width - 2 * PADDING.x;
export const CARD_STYLE = {
  // Beside the 64-pixel logo and its 20-pixel gap.
  eyebrow: { fontSize: 34, lineHeight: 1.3, color: '#fdba74', weight: 400, maxLines: 1, maxWidth: TEXT_WIDTH - 84 },
  title: { fontSize: 76, lineHeight: 1.15, color: '#f8fafc', weight: 700, maxLines: 2, maxWidth: TEXT_WIDTH },
  description: { fontSize: 32, lineHeight: 1.4, color: '#cbd5e1', weight: 400, maxLines: 3, maxWidth: TEXT_WIDTH },
} as const;
export const HOST_STYLE = { fontSize: 28, color: '#94a3b8' } as const;

export type CardInput = {
  /** The card's text, as drawn (lib/card-fonts.ts drawableSpaces()). */
  text: CardParts;
  /** Parts shown in English on a right-to-left card read left to right. */
  english: Record<keyof CardParts, boolean>;
  rtl: boolean;
  host: string;
  fonts: readonly CardFont[];
};

export function socialCard({ text, english, rtl, host, fonts }: CardInput) {
  const fontFamily = [...new Set(fonts.map((f) => f.name))].join(', ');

  // Satori lays text out left to right only: right-to-left text is shaped
  // and ordered by lib/rtl-text.tsx and drawn as paths.
  const block = (part: keyof CardParts) => {
    const style = CARD_STYLE[part];
    const partFonts = fonts.filter((f) => f.weight === style.weight);
    if (rtl && !english[part]) {
      const layout = layoutRtl(text[part], { ...style, fonts: partFonts });
      return <RtlText layout={layout} color={style.color} label={text[part]} />;
    }
    const fontSize = fittedFontSize(text[part], { ...style, fonts: partFonts });
    const clamp: CSSProperties = { display: 'block', lineClamp: style.maxLines, maxWidth: style.maxWidth };
    return (
      <div style={{ ...clamp, fontSize, lineHeight: style.lineHeight, color: style.color, fontWeight: style.weight, letterSpacing: part === 'title' ? -1 : 0 }}>
        {text[part]}
      </div>
    );
  };

  return (
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
      <div style={{ fontSize: HOST_STYLE.fontSize, color: HOST_STYLE.color }}>{host}</div>
    </div>
  );
}
