import 'server-only';
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { CODE_LANGUAGES, CODE_THEMES, codePalette, tokenClasses, type CodeLanguage, type Palette } from '@/lib/code-theme';

export { CODE_LANGUAGES, CODE_THEMES, type CodeLanguage };

/** shiki's HTML tree (hast): a line, and what it contains. */
type Element = Parameters<NonNullable<ShikiTransformer['line']>>[0];
type ElementContent = Element['children'][number];

let setup: Promise<{ shiki: Highlighter; palette: Palette }> | undefined;

function getHighlighter() {
  setup ??= (async () => ({
    shiki: await createHighlighter({
      // The JavaScript regex engine needs no WebAssembly and covers these grammars.
      engine: createJavaScriptRegexEngine(),
      themes: Object.values(CODE_THEMES),
      langs: CODE_LANGUAGES.filter((l) => l !== 'text'),
    }),
    palette: await codePalette(),
  }))();
  return setup;
}

const classesOf = (node: ElementContent): string => (node.type === 'element' ? String((node.properties.class as string[] | string | undefined) ?? '') : '');

/**
 * Adjacent tokens of the same colours become one; a token in the default
 * colours of both themes is plain text. Fewer elements to send and lay out.
 */
function mergeTokens(line: Element): void {
  const merged: ElementContent[] = [];
  for (const token of line.children) {
    const content = token.type === 'element' && token.tagName === 'span' && !classesOf(token) ? token.children : [token];
    for (const node of content) {
      const previous = merged.at(-1);
      if (previous?.type === 'text' && node.type === 'text') {
        previous.value += node.value;
      } else if (previous?.type === 'element' && node.type === 'element' && previous.tagName === 'span' && node.tagName === 'span' && classesOf(previous) === classesOf(node)) {
        previous.children.push(...node.children);
      } else {
        merged.push(node);
      }
    }
  }
  line.children = merged;
}

/**
 * Highlights a snippet at build time into a <pre><code> block of tokens
 * and newlines (without shiki's per-line wrappers, which nothing styles);
 * no JavaScript ships for it. Tokens are
 * coloured by classes for both themes (lib/code-theme.ts, app/code-theme.css),
 * not inline styles. Focus and scrolling belong to the wrapper, so shiki's
 * own tabindex is dropped.
 */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
  const { shiki, palette } = await getHighlighter();
  return shiki.codeToHtml(code, {
    lang,
    themes: CODE_THEMES,
    // Colours as CSS variables in a style attribute, turned into classes below.
    defaultColor: false,
    transformers: [
      {
        pre(node) {
          delete node.properties.tabindex;
          // The block's default colours and background come from the stylesheet.
          delete node.properties.style;
          node.properties.class = 'shiki';
        },
        span(node) {
          const style = node.properties.style;
          delete node.properties.style;
          const classes = typeof style === 'string' ? tokenClasses(style, palette) : [];
          if (classes.length) node.properties.class = classes.join(' ');
        },
        line(node) {
          mergeTokens(node);
        },
        code(node) {
          node.children = node.children.flatMap((child) => (child.type === 'element' && classesOf(child) === 'line' ? child.children : [child]));
        },
      },
    ],
  });
}
