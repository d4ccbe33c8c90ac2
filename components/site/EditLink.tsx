import { Pencil } from 'lucide-react';
import { getTranslations } from 'next-intl/server';
import { SmartLink } from '@/components/doc/SmartLink';
import { catalogFilePath, type CatalogName } from '@/i18n/catalog-files';
import { getFallbackMarker } from '@/i18n/fallback';
import { defaultLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { repositoryEditUrl } from '@/lib/site';

/** "Edit this translation" (or "Edit this page" in English): opens the page's catalog file in the repository. */
export async function EditLink({ locale, catalog }: { locale: Locale; catalog: CatalogName }) {
  const t = await getTranslations({ locale, namespace: 'translation' });
  const links = await getTranslations({ locale, namespace: 'links' });
  const mark = await getFallbackMarker(locale);
  return (
    <p className="edit-link">
      <Pencil aria-hidden="true" className="size-4" />
      <SmartLink href={repositoryEditUrl(catalogFilePath(locale, catalog))} external newTabLabel={links('newTab')}>
        {locale === defaultLocale ? mark('translation.editSource', t('editSource')) : mark('translation.edit', t('edit'))}
      </SmartLink>
    </p>
  );
}
