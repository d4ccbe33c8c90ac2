import { SmartLink } from '@/components/doc/SmartLink';
import { defaultLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { getText } from '@/i18n/text';
import { repositoryEditUrl } from '@/lib/site';

/** "Edit this translation" (or "Edit this page" in English): opens a catalog file in the repository. */
export async function EditLink({ locale, file }: { locale: Locale; file: string }) {
  const t = await getText({ namespace: 'translation', locale });
  const links = await getText({ namespace: 'links', locale });
  return (
    <p className="edit-link">
      <span aria-hidden="true" className="icon icon--edit size-4" />
      <SmartLink href={repositoryEditUrl(file)} external newTabLabel={links.string('newTab')}>
        {locale === defaultLocale ? t('editSource') : t('edit')}
      </SmartLink>
    </p>
  );
}
