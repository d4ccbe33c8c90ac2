import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { TARGETS } from '../../../scripts/lib/ports';
import { LOCALES, PAGE_URLS, expect, test } from '../fixtures';
import { textOf } from '../html';

/*
 * The two targets serve the same pages: every page of every language, and
 * each language's 404, is the same document from the export (nginx) and
 * from the Node.js server, once what only one of them ships is set aside:
 * Next.js's runtime on the server, the meta policy on the export. That is why what a page shows (its text, layout, tables,
 * accessibility) is checked in the browser on the server project only,
 * while what the scripts, nginx and the export's policy do is checked on
 * both (playwright.config.ts).
 */

const SERVER = `http://127.0.0.1:${TARGETS.server}`;

/**
 * What only one target ships: Next.js's runtime on the server (its chunks,
 * their preloads, its bootstrap and the flight data), and on the export the
 * page's own policy as a meta element. The site's own scripts stay in both
 * and are compared like the rest.
 */
function targetOnly(node: Nodes): boolean {
  if (node.type === 'comment') return true;
  if (node.type !== 'element') return false;
  const { properties: p } = node;
  if (node.tagName === 'script') return String(p.src ?? '').startsWith('/_next/') || p.id === '_R_' || /^\(?self\.__next_f/.test(textOf(node));
  if (node.tagName === 'link') return String(p.rel) === 'preload' && p.as === 'script' && String(p.href ?? '').startsWith('/_next/');
  return node.tagName === 'meta' && p.httpEquiv !== undefined;
}

const asyncModule = (node: Nodes): node is Element => node.type === 'element' && node.tagName === 'script' && node.properties.type === 'module' && node.properties.async === true;

/**
 * The document without what only one target ships. Async module scripts
 * run in no set order, wherever they stand; React places them in the order
 * it meets them, which differs between a page rendered once for the export
 * and one rendered on request, so they are compared in the order of their
 * addresses.
 */
function withoutTargetOnly<T extends Root | Element>(node: T): T {
  const children = node.children.filter((child) => !targetOnly(child)).map((child) => (child.type === 'element' ? withoutTargetOnly(child) : child));
  const modules = children.filter(asyncModule).sort((a, b) => String(a.properties.src).localeCompare(String(b.properties.src)));
  node.children = children.map((child) => (asyncModule(child) ? (modules.shift() ?? child) : child)) as T['children'];
  return node;
}

/**
 * Next.js adds `<meta name="robots" content="noindex">` to every not-found
 * answer of its server (the page's own metadata says "noindex, follow");
 * the export's 404 pages are plain files without it. Returns the document
 * without it, and whether it was there.
 */
function withoutNotFoundRobots(tree: Root): { tree: Root; found: boolean } {
  let found = false;
  const visit = (node: Root | Element) => {
    node.children = node.children.filter((child) => {
      if (!found && child.type === 'element' && child.tagName === 'meta' && child.properties.name === 'robots' && child.properties.content === 'noindex') return !(found = true);
      if (child.type === 'element') visit(child);
      return true;
    }) as typeof node.children;
  };
  visit(tree);
  return { tree, found };
}

/** Where two documents first differ, with a little of each around it; undefined when they are the same. */
function firstDifference(exported: string, served: string): { exported: string; served: string } | undefined {
  if (exported === served) return undefined;
  let at = 0;
  while (exported[at] === served[at]) at++;
  const around = (html: string) => html.slice(Math.max(0, at - 120), at + 120);
  return { exported: around(exported), served: around(served) };
}

const cases = [
  ...PAGE_URLS.map(({ path }) => ({ path, status: 200 })),
  ...LOCALES.map((locale) => ({ path: `/${locale}/no-such-page/`, status: 404 })),
];

test('both targets serve the same document for every page and every 404, Next.js’s runtime aside', async ({ request }) => {
  for (const { path, status } of cases) {
    const [fromExport, fromServer] = await Promise.all([request.get(path), request.get(`${SERVER}${path}`)]);
    expect([fromExport.status(), fromServer.status()], path).toEqual([status, status]);
    const exported = withoutTargetOnly(fromHtml(await fromExport.text()));
    let served = withoutTargetOnly(fromHtml(await fromServer.text()));
    if (status === 404) {
      const { tree, found } = withoutNotFoundRobots(served);
      expect(found, `${path}: Next.js's own robots tag on the server's 404`).toBe(true);
      served = tree;
    }
    expect(firstDifference(toHtml(exported), toHtml(served)), path).toBeUndefined();
  }
});
