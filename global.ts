import type { Messages } from './i18n/catalog';
import type { routing } from './i18n/routing';

// Types the whole message tree from the English catalogs: `t('typo')` and a
// missing ICU argument fail `npm run typecheck`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: Messages;
  }
}
