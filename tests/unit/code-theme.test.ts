import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snippets } from '@/guides/access-auth/snippets';
import { highlight } from '@/components/doc/highlight';
import { codePalette, codeStylesheet, tokenClasses } from '@/lib/code-theme';

describe('code colours by class', () => {
  it('app/code-theme.css is what npm run code-theme writes from the two themes', async () => {
    expect(readFileSync('app/code-theme.css', 'utf8')).toBe(codeStylesheet(await codePalette()));
  });

  it('every class the guide’s code uses has a rule in the stylesheet, and no token keeps an inline style', async () => {
    const css = readFileSync('app/code-theme.css', 'utf8');
    const used = new Set<string>();
    for (const { code, lang } of Object.values(snippets)) {
      const html = await highlight(code, lang);
      expect(html).not.toMatch(/\sstyle=/);
      for (const [, classes = ''] of html.matchAll(/<span class="([^"]+)"/g)) for (const c of classes.split(' ')) used.add(c);
    }
    expect(used.size).toBeGreaterThan(8);
    for (const name of used) expect(css, name).toContain(`.${name} {`);
  });

  it('turns shiki’s two-theme styles into classes, leaving the default colour to the block', async () => {
    const palette = await codePalette();
    const light = `l${palette.light.colours.indexOf('#cf222e')}`;
    const dark = `d${palette.dark.colours.indexOf('#ff7b72')}`;
    expect(tokenClasses('--shiki-light:#CF222E;--shiki-dark:#FF7B72', palette)).toEqual([light, dark]);
    expect(tokenClasses(`--shiki-light:${palette.light.fg};--shiki-dark:#FF7B72;--shiki-dark-font-style:italic`, palette)).toEqual([dark, 'd-i']);
    // The stylesheet gives those classes those colours.
    const css = codeStylesheet(palette);
    expect(css).toContain(`:root.light .${light} { color: #cf222e; }`);
    expect(css).toContain(`:root.dark .${dark} { color: #ff7b72; }`);
    expect(() => tokenClasses('--shiki-light:#123456', palette)).toThrow(/npm run code-theme/);
    expect(() => tokenClasses('background-color:#fff', palette)).toThrow(/no class/);
  });

  it('gives each theme’s classes when that theme is chosen and, with no choice made, when the system prefers it', async () => {
    const palette = await codePalette();
    const css = codeStylesheet(palette);
    const dark = `d${palette.dark.colours.indexOf('#ff7b72')}`;
    const light = `l${palette.light.colours.indexOf('#cf222e')}`;
    const block = (media: string) => {
      const start = css.indexOf(`@media ${media} {\n`);
      expect(start, media).toBeGreaterThanOrEqual(0);
      return css.slice(start, css.indexOf('\n}\n', start));
    };
    expect(block('(prefers-color-scheme: dark)')).toContain(`  :root:not(.light):not(.dark) .${dark} { color: #ff7b72; }`);
    expect(block('not (prefers-color-scheme: dark)')).toContain(`  :root:not(.light):not(.dark) .${light} { color: #cf222e; }`);
    // No rule applies in both themes: each is scoped to one.
    for (const line of css.split('\n').filter((l) => l.includes('{') && !l.startsWith('@media'))) {
      expect(line).toMatch(/^\s*:root(\.light|\.dark|:not\(\.light\):not\(\.dark\)) \.(shiki|[ld]\d+|[ld]-[ibus]) \{/);
    }
  });
});
