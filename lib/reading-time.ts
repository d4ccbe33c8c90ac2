/** Words per minute an adult reads on screen (Medium and most docs sites use 230–265). */
const WORDS_PER_MINUTE = 250;
/** Lines of code scanned per minute: a snippet is read, not studied line by line. */
const CODE_LINES_PER_MINUTE = 30;

/** Removes catalog markup so only the words a reader sees are counted. */
function visibleText(message: string): string {
  return message.replace(/<\/?[a-zA-Z]+>/g, ' ').replace(/'([{}<>])'/g, '$1');
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Estimated reading time in whole minutes (at least 1). */
export function readingMinutes(messages: Iterable<string>, codeSnippets: Iterable<string> = []): number {
  let words = 0;
  for (const m of messages) words += countWords(visibleText(m));
  let lines = 0;
  for (const c of codeSnippets) lines += c.split('\n').filter((l) => l.trim()).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + lines / CODE_LINES_PER_MINUTE));
}
