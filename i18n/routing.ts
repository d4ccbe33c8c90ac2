import { createSiteRouting } from './define-routing';
import { defaultLocale, localeConfig } from './locales';

/** next-intl's routing for the site's locale table. */
export const routing = createSiteRouting(localeConfig, defaultLocale);

export type Locale = (typeof routing.locales)[number];
