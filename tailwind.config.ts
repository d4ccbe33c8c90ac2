import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Tailwind 4 reads this file through `@config` in app/globals.css.
// Content sources are detected automatically; only the prose plugin and
// the monospace font stack are configured here (the text's
// stacks, one per script, are in app/globals.css).
const config: Config = {
  content: [],
  theme: {
    extend: {
      // Inline code is set off by its background, not by the plugin's backticks.
      typography: {
        DEFAULT: {
          css: {
            'code::before': { content: 'none' },
            'code::after': { content: 'none' },
          },
        },
      },
      fontFamily: {
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', '"Liberation Mono"', 'monospace'],
      },
    },
  },
  plugins: [typography],
};

export default config;
