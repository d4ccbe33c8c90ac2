import type { ReactNode } from 'react';

/**
 * Hands a static article from the page (rendered as a React Server
 * Component) to StaticArticle (rendered to HTML on the server) outside the
 * React payload. Both run in the same process during the same render, with
 * separate module instances, so they meet on a global registry.
 */
type Stash = Map<string, ReactNode>;
const STASH = Symbol.for('proxmenux-docs.static-articles');

function stash(): Stash {
  const holder = globalThis as typeof globalThis & { [STASH]?: Stash };
  holder[STASH] ??= new Map();
  return holder[STASH];
}

/** Called by the page on the server, before it renders <StaticArticle id>. */
export function stashArticle(id: string, node: ReactNode): void {
  stash().set(id, node);
}

export function stashedArticle(id: string): ReactNode {
  const node = stash().get(id);
  if (node === undefined) throw new Error(`No static article "${id}" was prepared for this render.`);
  return node;
}
