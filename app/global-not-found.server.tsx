import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { headers } from 'next/headers';
import { NotFoundView } from '@/components/site/NotFoundView';
import { negotiateLocale } from '@/i18n/negotiate';
import { routing, type Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { NOT_FOUND_LOCALE_HEADER } from '@/lib/serving';
import LocaleLayout, { metadata as layoutMetadata } from './[locale]/layout';
import './globals.css';

// The localized 404 page of `next start`, with status 404, for every
// address no route matches: the proxy sends what it finds is not the
// site's here (lib/serving.ts), in the path's language or the reader's;
// Next.js sends here a missing build asset, in the reader's language.
// Only `next start` has it (next.config.ts, pageExtensions): the static
// export serves app/[locale]/404/ through nginx's error_page instead.

async function notFoundLocale(): Promise<Locale> {
  const request = await headers();
  const chosen = request.get(NOT_FOUND_LOCALE_HEADER);
  if (hasLocale(routing.locales, chosen)) return chosen;
  return negotiateLocale({ acceptLanguage: request.get('accept-language'), cookieHeader: request.get('cookie') }, routing.locales, routing.defaultLocale);
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getText({ namespace: 'notFound', locale: await notFoundLocale() });
  // It stands for whatever address was asked for: no canonical URL, never indexed.
  return { ...layoutMetadata, title: t.string('metaTitle'), robots: { index: false, follow: true } };
}

export default async function GlobalNotFound() {
  const locale = await notFoundLocale();
  // The locale layout renders <html lang dir> and the page's chrome.
  return (
    <LocaleLayout params={Promise.resolve({ locale })}>
      <NotFoundView locale={locale} />
    </LocaleLayout>
  );
}
