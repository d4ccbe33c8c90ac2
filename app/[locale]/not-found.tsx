import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/site/NotFoundView';

// Rendered when a page of a locale calls notFound(). Requests for unknown
// paths never get here: the proxy answers them with the /<locale>/404 page.
export default async function LocaleNotFound() {
  return <NotFoundView locale={await getLocale()} />;
}
