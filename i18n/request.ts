import { hasLocale, IntlErrorCode } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { loadCatalog } from './catalog';
import { TIME_ZONE } from './config';
import { routing } from './routing';

// next-intl's request configuration: what getLocale(), getTranslations()
// and client providers see. Server components use i18n/text.tsx.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Pages and layouts reject unknown locales (i18n/params.ts); this fallback
  // only serves Next's own error pages.
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const { messages } = await loadCatalog(locale);
  return {
    locale,
    messages,
    timeZone: TIME_ZONE,
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
