import { createLocaleProxy } from './i18n/locale-proxy';
import { routing } from './i18n/routing';

export default createLocaleProxy(routing);

export const config = {
  // Everything except Next internals and the static files the site ships
  // (public/ folders and generated files), so unknown file names get the 404 page.
  matcher: '/((?!_next/|_vercel/|figures/|og/|pagefind/|icon\\.svg$|apple-touch-icon\\.png$|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*)',
};
