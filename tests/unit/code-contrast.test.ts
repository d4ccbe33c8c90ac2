import { readFileSync } from 'node:fs';
import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { snippets } from '@/guides/access-auth/snippets';
import { CODE_THEMES } from '@/components/doc/highlight';

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = (hex.replace('#', '').slice(0, 6).match(/../g) ?? []).map((h) => {
    const v = parseInt(h, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** The code background each theme is shown on, as set in app/globals.css. */
function cssCodeBackgrounds(): { light: string; dark: string } {
  const css = readFileSync('app/globals.css', 'utf8');
  const [, light = '', dark = ''] = /--code-bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css) ?? [];
  return { light, dark };
}

describe('code highlighting contrast', () => {
  it('every token of every snippet meets WCAG AA (4.5:1) in both themes', async () => {
    const highlighter = await createHighlighter({ themes: Object.values(CODE_THEMES), langs: ['bash', 'json', 'nginx', 'yaml', 'ini', 'log'] });
    const backgrounds = cssCodeBackgrounds();
    const failures: string[] = [];
    for (const mode of ['light', 'dark'] as const) {
      const theme = CODE_THEMES[mode];
      const background = backgrounds[mode];
      expect(background).toMatch(/^#[0-9a-f]{6}$/i);
      const fallback = highlighter.getTheme(theme).fg;
      for (const snippet of Object.values(snippets)) {
        const lines = highlighter.codeToTokensBase(snippet.code, { lang: snippet.lang, theme });
        for (const token of lines.flat()) {
          if (!token.content.trim()) continue;
          const ratio = contrast(token.color ?? fallback, background);
          if (ratio < 4.5) failures.push(`${theme} ${token.color} on ${background} = ${ratio.toFixed(2)} ("${token.content.trim()}")`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
