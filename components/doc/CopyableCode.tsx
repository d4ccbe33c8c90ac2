import { getText } from '@/i18n/text';
import type { Snippet } from '@/lib/document/model';
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

type Props = Snippet;

/**
 * A highlighted snippet with a copy button. The code is complete HTML
 * without JavaScript; long lines scroll inside a focusable region. The
 * button is plain HTML too: CodeCopy, once per page, makes it copy.
 */
export async function CopyableCode({ code, lang, file, caption }: Props) {
  const t = await getText({ namespace: 'code' });
  const html = await highlight(code, lang);
  const language = LANGUAGE_NAMES[lang] ?? t.string('plainText');
  const title = file ?? (caption ? t.string(`captions.${caption}`) : undefined);
  return (
    <div className="code-block not-prose">
      <div className="code-block__bar">
        {/* A file name is code: left to right in every page. A caption and the language's name are text. */}
        {file ? (
          <span className="code-block__title" dir="ltr">
            {file}
          </span>
        ) : title ? (
          <span className="code-block__title">{title}</span>
        ) : (
          <span className="code-block__language">{language}</span>
        )}
        <button type="button" className="copy-button" data-copy="" aria-label={t.string('copyLabel')}>
          <span aria-hidden="true">{t('copy')}</span>
        </button>
        <span role="status" className="sr-only" />
      </div>
      {/* Left to right, so that a long line starts at the left edge and scrolls to the right in every page. */}
      <div
        className="code-block__scroll"
        dir="ltr"
        role="region"
        tabIndex={0}
        aria-label={title ? `${t.string('regionLabel', { language })}: ${title}` : t.string('regionLabel', { language })}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
