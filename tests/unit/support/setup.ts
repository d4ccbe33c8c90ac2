import { vi } from 'vitest';
import { createFormatter, createTranslator } from 'next-intl';
import { loadCatalog, type Messages } from '@/i18n/catalog';
import { routing, type Locale } from '@/i18n/routing';

/**
 * Server components call next-intl's server functions; in unit tests they
 * translate with the real catalogs. A call that names a locale gets that
 * locale's messages (English fallback included, as in the build); one that
 * does not gets the request's locale, which setRequestLocale() sets, as a
 * page does before it renders.
 */
export const request: { locale: Locale } = { locale: routing.defaultLocale };

type Namespace = Parameters<typeof createTranslator<Messages>>[0]['namespace'];
type Options = Namespace | { locale?: Locale; namespace?: Namespace } | undefined;

const localeOf = (options?: Options | { locale?: Locale }): Locale =>
  (typeof options === 'object' && options.locale) || request.locale;

vi.mock('next-intl/server', () => ({
  getTranslations: async (options?: Options) => {
    const locale = localeOf(options);
    return createTranslator({
      locale,
      messages: (await loadCatalog(locale)).messages,
      namespace: typeof options === 'object' ? options.namespace : options,
      timeZone: 'UTC',
      onError(error) {
        throw error;
      },
    });
  },
  getMessages: async (options?: { locale?: Locale }) => (await loadCatalog(localeOf(options))).messages,
  getFormatter: async (options?: { locale?: Locale }) => createFormatter({ locale: localeOf(options), timeZone: 'UTC' }),
  getLocale: async () => request.locale,
  setRequestLocale: (locale: Locale) => {
    request.locale = locale;
  },
}));
