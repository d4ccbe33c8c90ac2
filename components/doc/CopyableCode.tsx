import { getTranslations } from 'next-intl/server';
import { CopyButton } from './CopyButton';
import { highlight, type CodeLanguage } from './highlight';

const LANGUAGE_NAMES: Record<CodeLanguage, string | null> = {
  bash: 'Bash',
  json: 'JSON',
  nginx: 'Nginx',
  yaml: 'YAML',
  ini: 'INI',
  log: 'Log',
  text: null,
};

type Props = {
  code: string;
  lang: CodeLanguage;
  /** Optional caption above the code, e.g. a file name. */
  title?: string;
};

/**
 * A highlighted snippet with a copy button. The code is complete HTML
 * without JavaScript; long lines scroll inside a focusable region.
 */
export async function CopyableCode({ code, lang, title }: Props) {
  const t = await getTranslations('code');
  const html = await highlight(code, lang);
  const language = LANGUAGE_NAMES[lang] ?? t('plainText');
  return (
    <div className="code-block not-prose">
      <div className="code-block__bar">
        <span className="code-block__title">{title ?? language}</span>
        <CopyButton
          code={code}
          labels={{
            copy: t('copy'),
            copyLabel: t('copyLabel'),
            copied: t('copied'),
            copiedAnnouncement: t('copiedAnnouncement'),
            failed: t('failed'),
            copyFailed: t('copyFailed'),
          }}
        />
      </div>
      <div
        className="code-block__scroll"
        role="region"
        tabIndex={0}
        aria-label={title ? `${t('regionLabel', { language })}: ${title}` : t('regionLabel', { language })}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
