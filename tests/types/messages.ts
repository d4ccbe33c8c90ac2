/**
 * Type-level tests, checked by `npm run typecheck` (never executed): each
 * `@ts-expect-error` line must fail to compile, or the check itself fails.
 */
import { getTranslations } from 'next-intl/server';
import type { AccessAuthText } from '@/i18n/doc-text';

export async function messageKeysAreTyped(tx: AccessAuthText) {
  const t = await getTranslations('docs.monitor.accessAuth');
  t('intro.title');
  // @ts-expect-error a key that is not in the English catalog
  t('intro.typo');

  const doc = await getTranslations('doc');
  doc('readingTime', { minutes: 3 });
  // @ts-expect-error the ICU message needs its {minutes} argument
  doc('readingTime');
  // @ts-expect-error an argument the message does not have
  doc('readingTime', { hours: 3 });

  tx.rich('reaching.intro');
  // @ts-expect-error the page helper rejects unknown keys too
  tx.rich('reaching.typo');
  // @ts-expect-error a list is not a single message
  tx.text('password.items');
  tx.list('password.items');
  // @ts-expect-error a list of records is read with rows(), not list()
  tx.list('firstLaunch.rows');
  const [row] = tx.rows('firstLaunch.rows');
  row?.rich('what');
  // @ts-expect-error a field the rows do not have
  row?.rich('nope');
}
