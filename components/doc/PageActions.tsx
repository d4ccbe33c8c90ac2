import { SmartLink } from './SmartLink';

type Props = {
  /** Names the list for screen readers ("Page actions"). */
  label: string;
  /** The page's Markdown (lib/routes.ts markdownPath), and its link text. */
  markdown: { href: string; text: string };
  /** Assistants that open with a prompt naming the page, each a plain link. */
  assistants: readonly { href: string; text: string }[];
  newTab: string;
};

/**
 * Links next to a guide's title: its Markdown, and the page opened in an AI
 * assistant with a prompt in the reader's language. Plain links, no script;
 * they wrap on narrow screens and follow the page's direction.
 */
export function PageActions({ label, markdown, assistants, newTab }: Props) {
  return (
    <ul className="page-actions" aria-label={label}>
      <li>
        <a href={markdown.href} type="text/markdown">
          {markdown.text}
        </a>
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
  chatgpt: (prompt: string) => `https://chatgpt.com/?q=${encodeURIComponent(prompt)}`,
  claude: (prompt: string) => `https://claude.ai/new?q=${encodeURIComponent(prompt)}`,
} as const;
