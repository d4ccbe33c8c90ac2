import { SmartLink } from './SmartLink';

type Props = {
  question: string;
  answers: readonly { href: string; text: string }[];
  /** "Report a problem with this translation", on translated pages only. */
  translation?: { href: string; text: string };
  newTab: string;
};

/**
 * Feedback without tracking: each answer is a link that opens a prefilled
 * issue in the repository. Nothing is sent until the reader submits it there.
 */
export function PageFeedback({ question, answers, translation, newTab }: Props) {
  return (
    <aside className="page-feedback not-prose" aria-label={question} data-pagefind-ignore="">
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
    </aside>
  );
}
