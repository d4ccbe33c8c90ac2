import { EnhancementScript } from '@/components/site/Enhancement';
import { SmartLink } from './SmartLink';

type Props = {
  question: string;
  answers: readonly { href: string; text: string }[];
  /** "Report a problem with this translation", on translated pages only. */
  translation?: { href: string; text: string };
  /**
   * The message keys of each section (heading id → keys, lib/document/sections.ts),
   * as JSON, for the translation report: on translated pages only.
   */
  sections?: string;
  newTab: string;
};

/**
 * Feedback without tracking: each answer is a link that opens a prefilled
 * issue in the repository. Nothing is sent until the reader submits it there.
 * <feedback-links> (enhancements/feedback-links.ts) adds the section the
 * reader is in, and to the translation report that section's message keys,
 * when a link is followed; without it the issue names the page.
 */
export function PageFeedback({ question, answers, translation, sections, newTab }: Props) {
  return (
    <aside className="page-feedback not-prose" aria-label={question} data-pagefind-ignore="">
      <feedback-links sections={sections}>
        <p>
          {question}{' '}
          {answers.map((answer, i) => (
            <span key={answer.href}>
              {i > 0 ? ' · ' : null}
              <SmartLink href={answer.href} external newTabLabel={newTab}>
                {answer.text}
              </SmartLink>
            </span>
          ))}
        </p>
        {translation ? (
          <p>
            <SmartLink href={translation.href} external newTabLabel={newTab}>
              {translation.text}
            </SmartLink>
          </p>
        ) : null}
      </feedback-links>
      <EnhancementScript name="feedback-links" />
    </aside>
  );
}
