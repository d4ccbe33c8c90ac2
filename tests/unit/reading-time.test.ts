import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, readingMinutes } from '@/lib/reading-time';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Open the Security tab — now!')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });

  it('counts only the text a reader sees in a message', () => {
    // 476 visible words at 238 a minute; the tags and the escaped braces add none.
    expect(readingMinutes([`<strong>${words(238)}</strong> '{' ${words(238)} '}'`])).toBe(2);
  });

  it('grows with prose and with code, and is at least a minute', () => {
    expect(readingMinutes([words(476)])).toBe(2);
    expect(readingMinutes([words(476)], [Array.from({ length: 60 }, () => 'ls -l').join('\n')])).toBe(4);
    expect(readingMinutes(['Hi'])).toBe(1);
  });

  it('counts Chinese by characters, and the Latin words among them as words', () => {
    const chinese = '使用反向代理访问仪表板'; // 11 characters, no spaces
    expect(countCharacters(chinese)).toBe(11);
    expect(countWords(chinese)).toBe(0);
    expect(countWords(`在 Nginx 中配置${chinese}`)).toBe(1);
    // 5,000 characters: ten minutes, not one "word".
    expect(readingMinutes([`${chinese.repeat(454)}使用反向代理`])).toBe(10);
  });

  it('gives a Chinese text about the time of the same English text', () => {
    // "Open the Security tab and turn on two-factor authentication." / its Chinese translation.
    const english = 'Open the Security tab and turn on two-factor authentication.';
    const chinese = '打开 Security 选项卡，然后启用双因素认证。';
    const en = readingMinutes(Array.from({ length: 400 }, () => english));
    const zh = readingMinutes(Array.from({ length: 400 }, () => chinese));
    expect(Math.abs(zh - en) / en).toBeLessThan(0.25);
  });
});
