import { readFile } from 'node:fs/promises';
import { NextResponse, type NextRequest } from 'next/server';
import { createLocaleProxy } from './i18n/locale-proxy';
import { routing, type Locale } from './i18n/routing';
import { prerenderedHtmlFile } from './lib/build-output';
import { NOT_FOUND_PATH, localizedPath } from './lib/routes';

const pages = new Map<Locale, Promise<string | undefined>>();

/** The prerendered 404 page of a language, read once from the build. */
function notFoundHtml(locale: Locale): Promise<string | undefined> {
  let page = pages.get(locale);
  if (!page) {
    page = readFile(/* turbopackIgnore: true */ prerenderedHtmlFile(localizedPath(locale, NOT_FOUND_PATH)), 'utf8').catch((error: unknown) => {
      console.error(`[proxy] cannot read the ${locale} 404 page from the build:`, error);
      return undefined;
    });
    pages.set(locale, page);
  }
  return page;
}

/** A last resort if the build lacks its 404 page: still a readable answer, never a crash. */
const BARE_NOT_FOUND = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Page not found</title><h1>Page not found</h1><p><a href="/">ProxMenux documentation</a></p></html>`;

export default createLocaleProxy({
  locales: routing.locales,
  defaultLocale: routing.defaultLocale,
  async notFound(request: NextRequest, locale: Locale) {
    // The development server keeps no prerendered HTML; there, the page is
    // rendered through a rewrite (it is not bound to a loopback address).
    if (process.env.NODE_ENV === 'development') {
      return NextResponse.rewrite(new URL(localizedPath(locale, NOT_FOUND_PATH), request.url));
    }
    const html = await notFoundHtml(locale);
    return new Response(html ?? BARE_NOT_FOUND, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-language': html ? locale : 'en' },
    });
  },
});

export const config = {
  // Everything except Next internals and the static files the site ships
  // (public/ folders and generated files), so unknown file names get the 404 page.
  matcher: '/((?!_next/|_vercel/|figures/|og/|pagefind/|enhancements/|icon\\.svg$|apple-touch-icon\\.png$|favicon\\.ico$|robots\\.txt$|llms\\.txt$|sitemap\\.xml$).*)',
};
