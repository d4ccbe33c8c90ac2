import { compactQuery } from '@/lib/site';
import { CopyControl } from './CopyableCode';
import { SmartLink } from './SmartLink';

type Props = {
  /** Names the list for screen readers ("Page actions"). */
  label: string;
  /** The page's Markdown, relative to the page (`index.md`), and the links' texts. */
  markdown: { href: string; view: string; copy: string; copied: string; copyFailed: string };
  /** Assistants that open with a prompt naming the page, each a plain link. */
  assistants: readonly { href: string; text: string }[];
  newTab: string;
};

/**
 * Actions under a guide's title, in the reader's language: its Markdown,
 * shown or copied, and the page opened in an AI assistant. Plain links; the
 * copy button needs JavaScript (enhancements/copy-button.ts, which fetches
 * the Markdown) and is hidden without it. They wrap on narrow screens and
 * follow the page's direction. Search leaves them out: they are the same
 * on every guide.
 */
export function PageActions({ label, markdown, assistants, newTab }: Props) {
  return (
    <ul className="page-actions" aria-label={label} data-pagefind-ignore="">
      <li>
        <a href={markdown.href} type="text/markdown">
          {markdown.view}
        </a>
      </li>
      <li className="page-actions__copy">
        <CopyControl attributes={{ 'data-src': markdown.href, 'data-status-copied': markdown.copied, 'data-status-failed': markdown.copyFailed }} label={markdown.copy} />
      </li>
      {assistants.map((assistant) => (
        <li key={assistant.href}>
          <SmartLink href={assistant.href} external newTabLabel={newTab}>
            {assistant.text}
          </SmartLink>
        </li>
      ))}
    </ul>
  );
}

/** Where an assistant opens with a prompt already typed. */
export const ASSISTANTS = {
  chatgpt: (prompt: string) => `https://chatgpt.com/?${compactQuery({ q: prompt })}`,
  claude: (prompt: string) => `https://claude.ai/new?${compactQuery({ q: prompt })}`,
} as const;
