import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/lib/reading-time';

describe('reading time', () => {
  it('counts visible words, not markup or escapes', () => {
    expect(countWords('Open the <strong>Security</strong> tab')).toBe(4);
    expect(readingMinutes(['<code>a</code> b'])).toBe(1);
  });

  it('grows with prose and with code', () => {
    const prose = Array.from({ length: 400 }, () => 'word').join(' ');
    expect(readingMinutes([prose])).toBe(2);
    expect(readingMinutes([prose], [Array.from({ length: 40 }, () => 'ls -l').join('\n')])).toBe(4);
  });
});
