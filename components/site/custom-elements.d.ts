import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** The site's custom elements (enhancements/elements.ts), as JSX elements with their attributes. */
type CustomElementProps<Attributes extends object = object> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & Attributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'copy-button': CustomElementProps<Partial<Record<'data-label-copied' | 'data-label-failed' | 'data-status-copied' | 'data-status-failed' | 'data-src', string>>>;
      'site-search': CustomElementProps<{ texts: string; dialog: string }>;
      'theme-select': CustomElementProps;
      'menu-toggle': CustomElementProps;
      'toc-spy': CustomElementProps;
      'language-menu': CustomElementProps;
      'feedback-links': CustomElementProps<{ sections?: string }>;
    }
  }
}
