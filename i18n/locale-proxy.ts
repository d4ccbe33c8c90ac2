import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { NOT_FOUND_PATH, ROUTES, isSitePath, localizedPath } from '@/lib/routes';
import type { createSiteRouting } from './define-routing';

type SiteRouting = ReturnType<typeof createSiteRouting<string>>;

/** A first segment shaped like a language tag (`fr`, `pt-BR`, `zh-Hant`). */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function isWellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The request handler of proxy.ts, built from a routing so that a new
 * language needs no change here:
 * - `/` and unprefixed paths redirect to the reader's language (the
 *   NEXT_LOCALE cookie, then Accept-Language, then the default language;
 *   next-intl ignores malformed values); `/` and a language's root go
 *   straight to that language's docs home;
 * - a path inside a language that matches no page, a path that starts with a
 *   language the site does not have, a file name that does not exist and a
 *   malformed path all get the localized 404 page with status 404.
 */
export function createLocaleProxy(routing: SiteRouting) {
  const intl = createMiddleware(routing);

  /** The reader's language as next-intl negotiates it for the site root. */
  const readerLocale = (request: NextRequest): string => {
    const root = request.nextUrl.clone();
    root.pathname = '/';
    const location = intl(new NextRequest(root, { headers: request.headers })).headers.get('location');
    const locale = location ? new URL(location, root).pathname.split('/')[1] : undefined;
    return routing.locales.find((l) => l === locale) ?? routing.defaultLocale;
  };

  // Targets are built as strings on nextUrl's origin: that keeps a rewrite
  // on this server, and the trailing slash exactly as written.
  const notFound = (request: NextRequest, locale: string): NextResponse =>
    NextResponse.rewrite(`${request.nextUrl.origin}${localizedPath(locale, NOT_FOUND_PATH)}`, { status: 404 });

  /** The docs home is the entry point of the site and of each language. */
  const toDocsHome = (request: NextRequest, locale: string, status: 307 | 308): NextResponse =>
    NextResponse.redirect(`${request.nextUrl.origin}${localizedPath(locale, ROUTES.docsHome)}`, status);

  return function proxy(request: NextRequest) {
    const { pathname } = request.nextUrl;
    const [first, ...rest] = pathname.split('/').filter(Boolean);
    const locale = routing.locales.find((l) => l === first);
    if (!isWellFormed(pathname)) return notFound(request, locale ?? readerLocale(request));
    if (!first) return toDocsHome(request, readerLocale(request), 307);
    if (locale && rest.length === 0) return toDocsHome(request, locale, 308);
    if (locale) return isSitePath(`/${rest.join('/')}`) ? intl(request) : notFound(request, locale);
    if (first && LANGUAGE_TAG.test(first)) return notFound(request, readerLocale(request));
    // A file name outside a language (e.g. /missing.txt): real files never reach the proxy.
    if (/\.[^/]+$/.test(pathname)) return notFound(request, readerLocale(request));
    return intl(request);
  };
}
