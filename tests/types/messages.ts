/**
 * Type-level tests, checked by `npm run typecheck` (never executed): each
 * `@ts-expect-error` line must fail to compile, or the check itself fails.
 */
import { getTranslations } from 'next-intl/server';
import type { GuideText } from '@/app/[locale]/docs/monitor/access-auth/content';
import { getText } from '@/i18n/text';

export async function messageKeysAreTyped(t: GuideText) {
  const next = await getTranslations('docs.monitor.accessAuth');
  next('intro.title');
  // @ts-expect-error a key that is not in the English catalog
  next('intro.typo');

  const doc = await getTranslations('doc');
  doc('readingTime', { minutes: 3 });
  // @ts-expect-error the ICU message needs its {minutes} argument
  doc('readingTime');
  // @ts-expect-error an argument the message does not have
  doc('readingTime', { hours: 3 });

  t('reaching.intro');
  // @ts-expect-error the page's text rejects unknown keys too
  t('reaching.typo');
  // @ts-expect-error a group of messages is not a message
  t('twofa.setupSteps');
  t('twofa.setupSteps.addAccount');
  // @ts-expect-error a step the catalog does not have
  t('twofa.setupSteps.step4');

  const site = await getText({ namespace: 'site' });
  site('name');
  // @ts-expect-error a namespace reads only its own keys
  site('menuu');
  // @ts-expect-error a namespace that does not exist
  await getText({ namespace: 'sitee' });
}
