import type { Metadata } from 'next';
import { getFormatter } from 'next-intl/server';
import { Fragment } from 'react';
import { DocTable } from '@/components/doc/DocTable';
import { SmartLink } from '@/components/doc/SmartLink';
import { PageShell } from '@/components/site/PageShell';
import { defaultLocale, localeConfig } from '@/i18n/locales';
import { localeParam } from '@/i18n/params';
import { getText } from '@/i18n/text';
import { pageTranslation, translationStatus } from '@/lib/catalog/status';
import { pageMetadata, pageText } from '@/lib/page-meta';
import { INDEXED, getPage } from '@/lib/pages';
import { localizedPath } from '@/lib/routes';
import { repositoryEditUrl, repositoryFileUrl } from '@/lib/site';

const PAGE = getPage('translationStatus');
type Props = PageProps<'/[locale]/docs/translation-status'>;

// A page for contributors: useful to follow, not to find in search results.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(PAGE, await localeParam(params));
}

/** `docs/x.json:a.b` → the file and key parts of a status entry. */
function splitEntry(entry: string): { file: string; key: string } {
  const at = entry.indexOf(':');
  return { file: entry.slice(0, at), key: entry.slice(at + 1) };
}

export default async function TranslationStatusPage({ params }: Props) {
  const locale = await localeParam(params);
  const t = await getText({ namespace: 'docs.translationStatus', locale });
  const links = await getText({ namespace: 'links', locale });
  const format = await getFormatter({ locale });
  const { coverage, historyAvailable } = translationStatus();
  const languageName = (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  const newTab = links.string('newTab');
  const total = coverage[0]?.total ?? 0;
  const pages = await Promise.all(
    INDEXED.map(async (page) => ({ page, title: (await pageText(page, locale))('header.title'), languages: pageTranslation(`${page.catalog}.json`) })),
  );

  return (
    <PageShell locale={locale} page={PAGE}>
      <div className="translation-status prose">
        <h1>{t('header.title')}</h1>
        <p className="lead">{t('header.description')}</p>
        <p>
          {t('help')}{' '}
          <SmartLink href={repositoryFileUrl('CONTRIBUTING-TRANSLATIONS.md')} external newTabLabel={newTab}>
            {t('guide')}
          </SmartLink>
        </p>
        <p>{t('source', { language: languageName(defaultLocale), total })}</p>
        {!historyAvailable && <p>{t('noHistory')}</p>}

        <DocTable
          label={t.string('tableLabel')}
          headers={[t('language'), t('coverage'), t('translated'), t('missing'), t('stale'), t('untranslated')]}
          rows={coverage.map((row) => {
            const share = row.total ? row.translated / row.total : 1;
            return [
              <a key="language" href={`#status-${row.locale}`} lang={row.locale}>
                {localeConfig[row.locale].label}
              </a>,
              <span key="coverage" className="translation-status__share">
                <meter min={0} max={1} value={share} aria-label={`${t.string('coverage')}: ${format.number(share, { style: 'percent' })}`} />{' '}
                {format.number(share, { style: 'percent', maximumFractionDigits: 1 })}
              </span>,
              `${format.number(row.translated)} / ${format.number(row.total)}`,
              format.number(row.missing),
              historyAvailable ? format.number(row.stale) : '–',
              format.number(row.untranslated),
            ];
          })}
        />

        <h2 id="status-pages">{t('pagesTitle')}</h2>
        <DocTable
          label={t.string('pagesLabel')}
          headers={[t('page'), ...coverage.map((row) => <span key={row.locale} lang={row.locale}>{localeConfig[row.locale].label}</span>)]}
          rows={pages.map(({ page, title, languages }) => [
            <a key="page" href={localizedPath(locale, page.path)}>
              {title}
            </a>,
            ...languages.map((language) => {
              const incomplete = language.missing
                ? t('pageIncomplete', { share: format.number((language.total - language.missing) / language.total, { style: 'percent', maximumFractionDigits: 0 }) })
                : null;
              // A page can be both: some messages missing, others translated before English changed.
              const stale =
                historyAvailable && language.staleSince ? t('pageStale', { since: new Date(language.staleSince), count: language.stale }) : null;
              if (incomplete && stale) {
                return (
                  <Fragment key={language.locale}>
                    {incomplete}
                    <br />
                    {stale}
                  </Fragment>
                );
              }
              return incomplete ?? stale ?? t('pageComplete');
            }),
          ])}
        />

        {coverage.map((row) => (
          <section key={row.locale} aria-labelledby={`status-${row.locale}`}>
            <h2 id={`status-${row.locale}`}>
              <span lang={row.locale}>{localeConfig[row.locale].label}</span>
            </h2>
            <h3>{t('files')}</h3>
            <ul>
              {row.files.map((file) => (
                <li key={file}>
                  <SmartLink href={repositoryEditUrl(file)} external newTabLabel={newTab}>
                    {t('editFile', { file })}
                  </SmartLink>
                </li>
              ))}
            </ul>
            {row.keys.missing.length + row.keys.stale.length + row.keys.untranslated.length === 0 ? (
              <p>{t('complete')}</p>
            ) : (
              (
                [
                  ['missingKeys', row.keys.missing],
                  ['staleKeys', row.keys.stale],
                  ['untranslatedKeys', row.keys.untranslated],
                ] as const
              ).map(([label, entries]) =>
                entries.length ? (
                  <details key={label}>
                    <summary>
                      {t(label)} ({format.number(entries.length)})
                    </summary>
                    <ul>
                      {entries.map((entry) => {
                        const { file, key } = splitEntry(entry);
                        return (
                          <li key={entry}>
                            <code>{key}</code> (
                            <SmartLink href={repositoryEditUrl(`messages/${row.locale}/${file}`)} external newTabLabel={newTab}>
                              {file}
                            </SmartLink>
                            )
                          </li>
                        );
                      })}
                    </ul>
                  </details>
                ) : null,
              )
            )}
          </section>
        ))}
      </div>
    </PageShell>
  );
}
