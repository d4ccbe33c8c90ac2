import 'server-only';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing, type Locale } from './routing';

/**
 * The locale of a page or layout, from its route parameters. The layout's
 * dynamicParams = false already keeps other values away; this check is the
 * one place that turns the parameter into a typed Locale, and it sets the
 * request locale so the route stays static.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
