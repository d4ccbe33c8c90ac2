import { Callout } from '@/components/doc/Callout';
import type { GuideText } from '../content';

export function Intro({ t }: { t: GuideText }) {
  return (
    <Callout variant="info" title={t('intro.title')}>
      <p>{t('intro.body')}</p>
    </Callout>
  );
}
