import 'server-only';
import { createHighlighter, type Highlighter } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

/** Grammars the guides use; `text` is plain, unhighlighted text. */
export const CODE_LANGUAGES = ['bash', 'json', 'nginx', 'yaml', 'ini', 'log', 'text'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** Light and dark themes whose comments keep WCAG AA contrast on their backgrounds. */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    // The JavaScript regex engine needs no WebAssembly and covers these grammars.
    engine: createJavaScriptRegexEngine(),
    themes: Object.values(CODE_THEMES),
    langs: CODE_LANGUAGES.filter((l) => l !== 'text'),
  });
  return highlighter;
}

/**
 * Highlights a snippet at build time into a <pre><code> block (one
 * <span class="line"> per line); no JavaScript ships for it. Focus and
 * scrolling belong to the wrapper, so shiki's own tabindex is dropped.
 */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
  const shiki = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang,
    themes: CODE_THEMES,
    defaultColor: 'light',
    transformers: [
      {
        pre(node) {
          delete node.properties.tabindex;
        },
      },
    ],
  });
}
