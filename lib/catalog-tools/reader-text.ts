/**
 * What a reader must never see in a rendered page: the traces a message,
 * an argument value or a template leaves when it is rendered wrong. Pure
 * text in, problems out, so the same check runs on a catalog's messages
 * (tests/unit/reader-text.test.ts) and on the pages as served
 * (tests/e2e/reader-text.spec.ts).
 */

export type ReaderTextProblemKind = 'icu-quote' | 'argument' | 'raw-tag' | 'entity' | 'double-space' | 'double-punctuation' | 'space-before-punctuation';

export type ReaderTextProblem = {
  kind: ReaderTextProblemKind;
  /** What is wrong, for a person. */
  reason: string;
  /** The offending text with a little context. */
  excerpt: string;
};

/** A piece of rendered text, and whether it is code (commands, paths and values, which keep their own spacing and punctuation). */
export type TextRun = { text: string; code?: boolean };

type Rule = { kind: ReaderTextProblemKind; reason: string; pattern: RegExp; inCode: boolean };

/** Rich-text tags of the catalogs and HTML elements: printed as text, they mean a tag was not applied. */
const TAG_NAMES = 'a|abbr|b|br|code|div|em|h[1-6]|i|kbd|li|ol|p|pre|small|span|strong|sub|sup|table|td|th|tr|u|ul|[a-z][A-Za-z0-9]*Link';

const RULES: Rule[] = [
  {
    kind: 'icu-quote',
    // ICU escapes a syntax character by quoting it ('{', '>'); a value is
    // printed as written, so a quoted character in it reaches the reader.
    reason: 'an ICU escape (a syntax character between apostrophes) is printed as text',
    pattern: /'[{}<>#|]'|''/g,
    inCode: true,
  },
  {
    kind: 'argument',
    reason: 'an {argument} was not filled in',
    // Double braces are a template's own syntax that a value quotes
    // (Homepage's {{HOMEPAGE_FILE_…}}, Jinja), never a message's argument.
    pattern: /(?<!\{)\{\s*[A-Za-z_]\w*\s*(?:,|\}(?!\}))/g,
    inCode: true,
  },
  {
    kind: 'raw-tag',
    reason: 'a tag is printed as text instead of being applied',
    pattern: new RegExp(`</?(?:${TAG_NAMES})(?:\\s[^<>]*)?/?>`, 'g'),
    inCode: true,
  },
  {
    kind: 'entity',
    reason: 'an HTML entity is printed as text',
    pattern: /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/gi,
    inCode: true,
  },
  {
    kind: 'double-space',
    reason: 'two spaces in a row',
    pattern: /[ \u00a0\u202f]{2,}/g,
    inCode: false,
  },
  {
    kind: 'double-punctuation',
    // The same mark twice ("..", ",,", "。。"), except an ellipsis of three
    // dots; or a comma or semicolon followed by another such mark.
    reason: 'doubled punctuation',
    pattern: /(?<!\.)\.\.(?!\.)|([,;:!?。，、；：！？،؛])\1|[,;،]\s*[.,;،]/g,
    inCode: false,
  },
  {
    kind: 'space-before-punctuation',
    // No language puts a space before a comma or a full stop (French spaces
    // only ; : ! ?); in Arabic a space left before "،" after code shows as
    // a gap at the comma. Not an ellipsis ("« ... »" quotes one).
    reason: 'a space before a comma or full stop',
    pattern: /[ \u00a0\u202f](?:[,،؛。，、]|\.(?!\.))/g,
    inCode: false,
  },
];

const CONTEXT = 24;

function excerptOf(text: string, index: number, length: number): string {
  const start = Math.max(0, index - CONTEXT);
  const end = Math.min(text.length, index + length + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * The problems in one block of rendered text (a paragraph, a list item, an
 * attribute), given as runs so that code keeps its own spacing and
 * punctuation: the spacing and punctuation rules apply to the prose around
 * it, where a code run stands in as a single neutral character.
 */
export function findReaderTextProblems(runs: readonly TextRun[] | string): ReaderTextProblem[] {
  const list: readonly TextRun[] = typeof runs === 'string' ? [{ text: runs }] : runs;
  const full = list.map((r) => r.text).join('');
  // Code stands in as a neutral mark, so that "run <code>a..b</code> now" is
  // not doubled punctuation while "run <code>x</code>  now" is a double space.
  const prose = list.map((r) => (r.code ? (r.text ? '‹code›' : '') : r.text)).join('');
  const problems: ReaderTextProblem[] = [];
  for (const rule of RULES) {
    const text = rule.inCode ? full : prose;
    for (const match of text.matchAll(rule.pattern)) {
      problems.push({ kind: rule.kind, reason: rule.reason, excerpt: excerptOf(text, match.index, match[0].length) });
    }
  }
  return problems;
}
