import { NextResponse, type NextRequest } from 'next/server';
import { HOME } from '@/lib/pages';
import { isLocaleTextFile, isSitePath, localizedPath } from '@/lib/routes';
import { CACHE_CONTROL } from '@/lib/security-headers';
import { ALLOWED_METHODS, IGNORED_REQUEST_HEADERS, NOT_FOUND_HEADER, NOT_FOUND_LOCALE_HEADER, methodNotAllowed } from '@/lib/serving';
import { negotiateLocale } from './negotiate';

export type LocaleProxyOptions<L extends string> = {
  locales: readonly L[];
  defaultLocale: L;
  /** Whether a path outside the languages' pages is a file the site serves (build assets, public files, generated images). */
  isSiteFile?(pathname: string): boolean;
  /**
   * The answer for an address that is not the site's, in a language. By
   * default the request goes on to the localized 404 page (lib/serving.ts);
   * the proxy adds Content-Language and, when the language was negotiated,
   * Vary.
   */
  notFound?(request: NextRequest, locale: L): Response;
};

/** The request's headers without the ones the site ignores (lib/serving.ts). */
function cleanHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  for (const name of IGNORED_REQUEST_HEADERS) headers.delete(name);
  return headers;
}

/** Lets a request through to Next.js, without the request headers the site ignores. */
function passThrough(request: NextRequest): NextResponse {
  if (!IGNORED_REQUEST_HEADERS.some((name) => request.headers.has(name))) return NextResponse.next();
  return NextResponse.next({ request: { headers: cleanHeaders(request) } });
}

/** Sends a request on to the localized 404 page (next.config.ts rewrites it; app/global-not-found.tsx answers). */
function toNotFoundPage(request: NextRequest, locale: string): NextResponse {
  const headers = cleanHeaders(request);
  headers.set(NOT_FOUND_HEADER, '1');
  headers.set(NOT_FOUND_LOCALE_HEADER, locale);
  return NextResponse.next({ request: { headers } });
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * The request handler of proxy.ts. It sees every request without content
 * (requests with content never reach it: lib/serving.ts) and decides:
 *
 * - a method other than GET and HEAD: 405;
 * - `/` and an unprefixed page: 307 to the reader's language, never cached;
 *   a language's root: 308 to its docs home; a page without its trailing
 *   slash: 308 to it with one (both cached like pages);
 * - a page of a language, or a file the site serves (a guide's Markdown,
 *   a language's llms.txt, public files): through, without the request
 *   headers the site ignores;
 * - anything else (an unknown page, an unknown language, a file that does
 *   not exist, a malformed path, and the 404 page's own URL): the 404 page,
 *   in the path's language, or else the reader's.
 *
 * Nothing is rewritten here, so no request is ever proxied back to the
 * server (Next.js treats rewrites as external when it is bound to a
 * loopback address).
 */
export function createLocaleProxy<L extends string>({ locales, defaultLocale, isSiteFile = () => false, notFound = toNotFoundPage }: LocaleProxyOptions<L>) {
  const readerLocale = (request: NextRequest): L =>
    negotiateLocale({ acceptLanguage: request.headers.get('accept-language'), cookieHeader: request.headers.get('cookie') }, locales, defaultLocale);

  const notFoundPage = (request: NextRequest, locale: L, negotiated: boolean): Response => {
    const response = notFound(request, locale);
    response.headers.set('content-language', locale);
    response.headers.set('cache-control', CACHE_CONTROL.notFound);
    if (negotiated) response.headers.set('vary', 'Accept-Language, Cookie');
    return response;
  };

  // Absolute on nextUrl's origin: Next.js turns the Location into a relative
  // one, right behind any proxy and never naming another host.
  const redirect = (request: NextRequest, path: string, status: 307 | 308): NextResponse => {
    const target = new URL(path, request.nextUrl.origin);
    target.search = request.nextUrl.search;
    const response = NextResponse.redirect(target, status);
    if (status === 307) {
      response.headers.set('vary', 'Accept-Language, Cookie');
      response.headers.set('cache-control', CACHE_CONTROL.negotiated);
    } else {
      response.headers.set('cache-control', CACHE_CONTROL.redirect);
    }
    return response;
  };

  return function proxy(request: NextRequest): Response {
    if (!ALLOWED_METHODS.includes(request.method)) return methodNotAllowed();
    const { pathname } = request.nextUrl;
    // The 404 page's language comes from the path as written (nginx reads it
    // from the request line); what the path names comes from it decoded
    // (nginx decodes it too).
    const written = locales.find((l) => l === pathname.split('/').filter(Boolean)[0]);
    const notFoundHere = () => (written ? notFoundPage(request, written, false) : notFoundPage(request, readerLocale(request), true));
    const decoded = decodedPath(pathname);
    if (decoded === undefined) return notFoundHere();
    const [first, ...rest] = decoded.split('/').filter(Boolean);
    if (!first) return redirect(request, localizedPath(readerLocale(request), HOME.path), 307);
    const locale = locales.find((l) => l === first);
    if (locale) {
      if (rest.length === 0) return redirect(request, localizedPath(locale, HOME.path), 308);
      if (isLocaleTextFile(locale, decoded)) return passThrough(request);
      const page = `/${rest.join('/')}`;
      if (!isSitePath(page)) return notFoundHere();
      // One URL per page: any other spelling of it (no trailing slash,
      // percent-encoded letters) redirects there.
      const canonical = localizedPath(locale, page);
      return pathname === canonical ? passThrough(request) : redirect(request, canonical, 308);
    }
    if (isSitePath(decoded)) return redirect(request, localizedPath(readerLocale(request), decoded), 307);
    if (isSiteFile(decoded)) return passThrough(request);
    return notFoundHere();
  };
}
