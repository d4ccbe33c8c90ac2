import { NextResponse, type NextRequest } from 'next/server';
import { HOME } from '@/lib/pages';
import { isLocaleTextFile, isSitePath, localizedPath } from '@/lib/routes';
import { LOCALE_COOKIE, negotiateLocale } from './negotiate';

export type LocaleProxyOptions<L extends string> = {
  locales: readonly L[];
  defaultLocale: L;
  /**
   * The localized "page not found" response of a language. The proxy sets
   * its status, caching and Vary headers.
   */
  notFound(request: NextRequest, locale: L): Response | Promise<Response>;
};

/** Caches must keep the answers for different readers apart, and not keep them long. */
const NEGOTIATED = { vary: 'Accept-Language, Cookie', cacheControl: 'no-store' } as const;

function isWellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The request handler of proxy.ts. Every answer is decided here and given
 * directly: a redirect, the page itself, or the 404 page. Nothing is
 * rewritten, so no request is ever proxied back to this server (Next.js
 * treats rewrites as external when it is bound to a loopback address).
 *
 * - `/` and an unprefixed page redirect (307) to the reader's language;
 *   a language's root redirects (308) to its docs home;
 * - a page of a language passes through, and so do its text files in
 *   public/ (a guide's Markdown, llms.txt), which Next.js serves;
 * - anything else (an unknown page, an unknown language, a file that does
 *   not exist, a malformed path, and the 404 page's own URL) gets the 404
 *   page with status 404: in the path's language, or else the reader's.
 */
export function createLocaleProxy<L extends string>({ locales, defaultLocale, notFound }: LocaleProxyOptions<L>) {
  const readerLocale = (request: NextRequest): L => {
    let cookie: string | undefined;
    try {
      cookie = request.cookies.get(LOCALE_COOKIE)?.value;
    } catch {
      cookie = undefined;
    }
    return negotiateLocale({ acceptLanguage: request.headers.get('accept-language'), cookie }, locales, defaultLocale);
  };

  const notFoundPage = async (request: NextRequest, locale: L, negotiated: boolean): Promise<Response> => {
    const response = await notFound(request, locale);
    const headers = new Headers(response.headers);
    headers.set('cache-control', 'no-store');
    if (negotiated) headers.set('vary', NEGOTIATED.vary);
    return new NextResponse(response.body, { status: 404, headers });
  };

  // Redirect targets are absolute on nextUrl's origin; Next.js turns them
  // into relative Location headers, correct behind any reverse proxy.
  const redirect = (request: NextRequest, path: string, status: 307 | 308): NextResponse => {
    const target = new URL(path, request.nextUrl.origin);
    target.search = request.nextUrl.search;
    const response = NextResponse.redirect(target, status);
    if (status === 307) {
      response.headers.set('vary', NEGOTIATED.vary);
      response.headers.set('cache-control', NEGOTIATED.cacheControl);
    }
    return response;
  };

  return async function proxy(request: NextRequest): Promise<Response> {
    const { pathname } = request.nextUrl;
    const [first, ...rest] = pathname.split('/').filter(Boolean);
    const locale = locales.find((l) => l === first);
    if (!isWellFormed(pathname)) return locale ? notFoundPage(request, locale, false) : notFoundPage(request, readerLocale(request), true);
    if (locale) {
      if (rest.length === 0) return redirect(request, localizedPath(locale, HOME.path), 308);
      if (isLocaleTextFile(locale, pathname)) return NextResponse.next();
      return isSitePath(`/${rest.join('/')}`) ? NextResponse.next() : notFoundPage(request, locale, false);
    }
    if (!first) return redirect(request, localizedPath(readerLocale(request), HOME.path), 307);
    if (isSitePath(pathname)) return redirect(request, localizedPath(readerLocale(request), pathname), 307);
    return notFoundPage(request, readerLocale(request), true);
  };
}
