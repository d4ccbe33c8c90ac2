import { vi } from 'vitest';
import { createTranslator } from 'next-intl';
import { englishMessages, type Messages } from '@/i18n/catalog';
import type { Locale } from '@/i18n/routing';

/**
 * Server components call next-intl's server functions; in unit tests they
 * translate with the real English catalog (or whatever a test sets here).
 */
export const intlState: { locale: Locale; messages: Messages } = {
  locale: 'en',
  messages: englishMessages,
};

type Namespace = Parameters<typeof createTranslator<Messages>>[0]['namespace'];

vi.mock('next-intl/server', () => {
  const translator = (opts?: Namespace | { locale?: string; namespace?: Namespace }) =>
    createTranslator({
      locale: intlState.locale,
      messages: intlState.messages,
      namespace: typeof opts === 'object' ? opts.namespace : opts,
      timeZone: 'UTC',
      onError(error) {
        throw error;
      },
    });
  return {
    getTranslations: async (opts?: Namespace | { locale?: string; namespace?: Namespace }) => translator(opts),
    getMessages: async () => intlState.messages,
    getLocale: async () => intlState.locale,
    setRequestLocale: () => {},
  };
});
