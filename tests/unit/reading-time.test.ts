import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/lib/reading-time';

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Open the Security tab — now!')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });

  it('counts only the text a reader sees in a message', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    // 500 visible words; the tags and the escaped braces add none.
    expect(readingMinutes([`<strong>${words(250)}</strong> '{' ${words(250)} '}'`])).toBe(2);
  });

  it('grows with prose and with code, and is at least a minute', () => {
    const prose = Array.from({ length: 500 }, () => 'word').join(' ');
    expect(readingMinutes([prose])).toBe(2);
    expect(readingMinutes([prose], [Array.from({ length: 60 }, () => 'ls -l').join('\n')])).toBe(4);
    expect(readingMinutes(['Hi'])).toBe(1);
  });
});
