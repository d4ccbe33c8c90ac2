import type { JSX } from 'react';
import { EnhancementScript } from '@/components/site/Enhancement';
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

type Props = Snippet & {
  /**
   * Leave the confirmation texts to the page (`copyTexts` on an ancestor,
   * as a guide's article carries them once for all its blocks) instead of
   * repeating them on every block.
   */
  textsFromPage?: boolean;
};

/** The attributes <copy-button> reads (components/site/custom-elements.d.ts). */
type CopyAttributes = Omit<JSX.IntrinsicElements['copy-button'], 'children'>;

/**
 * A copy button and its live region, inside <copy-button>
 * (enhancements/copy-button.ts), which copies and confirms on the button
 * and in the region: a code block's text, or with `data-src` a file. The
 * button is plain HTML, shown only with JavaScript. Its visible text is
 * its name, or with `name` the name is spoken and the text only shown.
 */
export function CopyControl({ attributes, label, name }: { attributes: CopyAttributes; label: string; name?: string }) {
  return (
    <>
      <copy-button {...attributes}>
        <button type="button" className="copy-button" aria-label={name}>
          {/* Its text changes when it is used (under next start, maybe before React has hydrated the page). */}
          <span aria-hidden={name ? 'true' : undefined} suppressHydrationWarning>
            {label}
          </span>
        </button>
        {/* Empty text, not no children: React then compares (and here tolerates) its text instead of its child nodes. */}
        <span role="status" className="sr-only" suppressHydrationWarning>
          {''}
        </span>
      </copy-button>
      <EnhancementScript name="copy-button" />
    </>
  );
}

/** The confirmation texts of the copy buttons, as attributes for <copy-button> or an ancestor of it. */
export async function copyTexts(): Promise<Record<'data-label-copied' | 'data-label-failed' | 'data-status-copied' | 'data-status-failed', string>> {
  const t = await getText({ namespace: 'code' });
  return {
    'data-label-copied': t.string('copied'),
    'data-label-failed': t.string('failed'),
    'data-status-copied': t.string('copiedAnnouncement'),
    'data-status-failed': t.string('copyFailed'),
  };
}

/**
 * A highlighted snippet with a copy button. The code is complete HTML
 * without JavaScript; long lines scroll inside a focusable, named group. The
 * button is plain HTML too, shown only with JavaScript: <copy-button>
 * (enhancements/copy-button.ts) makes it copy and confirms it, on the
 * button and in the live region, with the texts it carries.
 */
export async function CopyableCode({ code, lang, file, caption, textsFromPage = false }: Props) {
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
        <CopyControl attributes={textsFromPage ? {} : await copyTexts()} label={t.string('copy')} name={t.string('copyLabel')} />
      </div>
      {/* Left to right, so that a long line starts at the left edge and scrolls to the right in every page.
          A named group, not a region: a guide has dozens of code blocks, several of one language,
          and landmarks are for the page's few main parts, each with a name of its own. */}
      <div
        className="code-block__scroll"
        dir="ltr"
        role="group"
        tabIndex={0}
        aria-label={title ? `${t.string('regionLabel', { language })}: ${title}` : t.string('regionLabel', { language })}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
}
