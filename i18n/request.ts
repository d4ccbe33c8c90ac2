import { hasLocale, IntlErrorCode } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { loadCatalog } from './catalog';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Layouts call notFound() for unknown locales before anything is
  // translated; this fallback only serves Next's own error pages.
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const { messages } = await loadCatalog(locale);
  return {
    locale,
    messages,
    // Dates (e.g. "last updated") must not depend on the build machine.
    timeZone: 'UTC',
    onError(error) {
      // Every key exists after the English fallback is merged in, so any
      // error here is a real defect: fail the build instead of shipping it.
      if (error.code === IntlErrorCode.MISSING_MESSAGE || process.env.NODE_ENV === 'production') {
        throw new Error(`[i18n] ${locale}: ${error.message}`);
      }
      console.error(`[i18n] ${locale}:`, error);
    },
  };
});
