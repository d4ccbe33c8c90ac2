import 'server-only';
import { Children, createElement, Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * Renders a tree of server components down to plain elements (HTML tags
 * and text), awaiting async components on the way, so that it can be
 * handed to StaticArticle (components/doc/StaticArticle.tsx) and rendered
 * to HTML once, without a copy in the page's React payload.
 *
 * Only what a static article contains is allowed: host elements, fragments,
 * text, and function components without hooks. A client component, a
 * context or anything else stateful fails the build, loudly.
 */
export async function resolveTree(node: ReactNode): Promise<ReactNode> {
  if (node === null || node === undefined || typeof node === 'boolean' || typeof node === 'string' || typeof node === 'number') return node;
  if (Array.isArray(node)) return Promise.all(node.map(resolveTree));
  if (!isValidElement(node)) throw new Error(`A static article cannot contain ${String(node)}.`);
  const element = node as ReactElement<{ children?: ReactNode }>;
  const { type } = element;
  if (typeof type === 'function') {
    // A server component: call it, as React Server Components would.
    const rendered: ReactNode = await (type as (props: unknown) => ReactNode | Promise<ReactNode>)(element.props);
    return resolveTree(rendered);
  }
  if (typeof type === 'string' || type === Fragment) {
    const { children, ...props } = element.props;
    const resolved = await resolveTree(children);
    return createElement(type, { ...props, key: element.key }, ...(Array.isArray(resolved) ? resolved : [resolved]));
  }
  throw new Error(`A static article cannot contain the component ${String((type as { displayName?: string })?.displayName ?? type)} (client components and contexts need React in the browser).`);
}

/** The text a reader sees in a resolved tree (markup set as HTML, such as highlighted code, is left out). */
export function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return Children.toArray(node).map(textOf).join('');
}
