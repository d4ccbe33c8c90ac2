/** Up to this many characters a verbatim value, like inline code, is never broken across lines (app/globals.css). */
export const WHOLE_VALUE_MAX = 24;

/**
 * A verbatim value quoted in the text (an English screen label, a name),
 * isolated from the text around it so that its punctuation keeps its place
 * in a right-to-left line. A short one is kept on one line by the
 * stylesheet; a longer one (class "long") may wrap, as it could not fit a
 * phone's line.
 */
export function Verbatim({ value }: { value: string }) {
  return <bdi className={value.length > WHOLE_VALUE_MAX ? 'long' : undefined}>{value}</bdi>;
}
