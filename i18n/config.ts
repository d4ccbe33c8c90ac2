/**
 * Formatting settings shared by every translation (i18n/request.ts for
 * next-intl, i18n/text.tsx for server components). Dates must not depend
 * on the build machine's time zone. Messages format dates and numbers with
 * ICU's own styles, e.g. `{date, date, long}`.
 */
export const TIME_ZONE = 'UTC';
