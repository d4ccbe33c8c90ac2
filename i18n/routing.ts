import { createSiteRouting } from './define-routing';
import { defaultLocale, localeConfig } from './locales';

export const routing = createSiteRouting(localeConfig, defaultLocale);

export type Locale = (typeof routing.locales)[number];
export { localeConfig, defaultLocale };
