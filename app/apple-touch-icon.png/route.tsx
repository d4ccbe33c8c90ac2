import { ImageResponse } from 'next/og';
import { SITE_ICON } from '@/lib/site';

// A raster copy of the site mark (app/icon.svg), at the path devices ask for
// and for the publisher logo of the structured data. Drawn at build time.
export const dynamic = 'force-static';

export function GET() {
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#1e293b' }}>
        <svg width="140" height="140" viewBox="0 0 32 32">
          <path d="M7 23V9h3.2l5.8 8 5.8-8H25v14h-3.3v-8.6L16 22l-5.7-7.6V23z" fill="#f97316" />
        </svg>
      </div>
    ),
    { width: SITE_ICON.width, height: SITE_ICON.height },
  );
}
