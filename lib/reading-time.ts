/**
 * Silent reading of non-fiction: 238 words a minute, the mean Brysbaert
 * found over 190 studies (Journal of Memory and Language, 2019). It serves
 * every language written with spaces between words. Languages that need
 * more words for the same message are also read at more words a minute,
 * which one rate leaves out: a wordier translation gets a few minutes more
 * than it takes, a small error for an estimate in whole minutes.
 */
const WORDS_PER_MINUTE = 238;
/**
 * Chinese and Japanese, written without spaces, are counted in characters:
 * 500 a minute, the usual convention (Medium's, among others). An English
 * word takes about two Chinese characters, so the same page gets about the
 * same time in both languages.
 */
const CHARACTERS_PER_MINUTE = 500;
/** Lines of code scanned per minute: a snippet is read, not studied line by line. */
const CODE_LINES_PER_MINUTE = 30;

/** Characters of scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Removes catalog markup so only the words a reader sees are counted. */
function visibleText(message: string): string {
  return message.replace(/<\/?[a-zA-Z]+>/g, ' ').replace(/'([{}<>])'/g, '$1');
}

/** Words separated by spaces; Chinese characters are not words here (countCharacters). */
export function countWords(text: string): number {
  return text
    .replace(UNSPACED, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Characters of scripts written without spaces (Chinese, Japanese). */
export function countCharacters(text: string): number {
  return text.match(UNSPACED)?.length ?? 0;
}

/** Estimated reading time in whole minutes (at least 1). */
export function readingMinutes(messages: Iterable<string>, codeSnippets: Iterable<string> = []): number {
  let words = 0;
  let characters = 0;
  for (const m of messages) {
    const text = visibleText(m);
    words += countWords(text);
    characters += countCharacters(text);
  }
  let lines = 0;
  for (const c of codeSnippets) lines += c.split('\n').filter((l) => l.trim()).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + characters / CHARACTERS_PER_MINUTE + lines / CODE_LINES_PER_MINUTE));
}
