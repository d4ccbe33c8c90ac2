/**
 * Removes Next.js's client runtime from a page of the static export: the
 * site's pages need no React in the browser (every enhancement is a custom
 * element with its own small script, enhancements/). What goes:
 *
 * - `<script src="/_next/static/chunks/….js" async>` and the `noModule`
 *   polyfills: the framework and React;
 * - `<link rel="preload" as="script" href="/_next/static/chunks/….js">`;
 * - Turbopack's bootstrap, `<script id="_R_">(globalThis["TURBOPACK"] …`;
 * - the flight data, `self.__next_f.push(…)`: the page again, as React's
 *   payload for hydration.
 *
 * What stays: the site's own enhancement scripts (module scripts from
 * /enhancements/), its own inline scripts (given, by their exact text), and
 * data blocks (JSON-LD). Anything else, or any trace of the runtime left
 * afterwards, is an error: a Next.js upgrade that changes these shapes must
 * stop the build, not leave half a runtime behind.
 */

export type StripOptions = {
  /** URLs of the site's enhancement scripts (lib/enhancements.ts). */
  enhancementScripts: ReadonlySet<string>;
  /** The exact text of the site's inline scripts that this page may carry. */
  inlineScripts: ReadonlySet<string>;
};

export type StripReport = { scripts: number; preloads: number; flight: number };

const CHUNK = /^\/_next\/static\/chunks\/[\w.-]+\.js$/;
const FLIGHT_START = /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(\[0\]\)$/;
const FLIGHT_CHUNK = /^self\.__next_f\.push\(\[\d+,[\s\S]*\]\)$/;
const TURBOPACK_BOOTSTRAP = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(\{[\s\S]*\}\);?$/;
/** What must not be left anywhere on the page once the runtime is gone. */
const TRACES = [/\/_next\/static\/[^"'\s)]+\.js/, /__next_f/, /TURBOPACK/, /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"/i, /<link\b[^>]*\brel="modulepreload"/i];

/** A tag's attributes, by lower-case name (values unescaped of nothing: Next writes plain ones). */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = '', value = ''] of tag.matchAll(/\s([^\s=>/]+)(?:="([^"]*)")?/g)) found.set(name.toLowerCase(), value);
  return found;
}

const only = (attrs: Map<string, string>, allowed: string[]) => [...attrs.keys()].every((name) => allowed.includes(name));

export class UnknownShapeError extends Error {}

export function stripNextRuntime(html: string, options: StripOptions): { html: string; removed: StripReport } {
  const removed: StripReport = { scripts: 0, preloads: 0, flight: 0 };
  const unknown = (what: string) => {
    throw new UnknownShapeError(`${what}\nThe static export's post-processing (lib/build/strip-next-runtime.ts) does not know this shape; if a Next.js upgrade changed its output, teach it the new shape.`);
  };

  let out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (whole, rawAttributes: string, body: string) => {
    const attrs = attributes(`<script${rawAttributes}>`);
    const src = attrs.get('src');
    if (src !== undefined) {
      if (CHUNK.test(src) && only(attrs, ['src', 'async', 'nomodule']) && body === '') {
        removed.scripts++;
        return '';
      }
      if (options.enhancementScripts.has(src) && attrs.get('type') === 'module' && only(attrs, ['src', 'type', 'async']) && body === '') return whole;
      return unknown(`Unknown external script: ${whole.slice(0, 200)}`);
    }
    const type = attrs.get('type');
    if (type === 'application/ld+json' && only(attrs, ['type'])) return whole;
    if (attrs.size === 0 && (FLIGHT_START.test(body) || FLIGHT_CHUNK.test(body))) {
      removed.flight++;
      return '';
    }
    if (attrs.get('id') === '_R_' && only(attrs, ['id']) && TURBOPACK_BOOTSTRAP.test(body)) {
      removed.scripts++;
      return '';
    }
    if (attrs.size === 0 && options.inlineScripts.has(body)) return whole;
    return unknown(`Unknown inline script: ${whole.slice(0, 200)}`);
  });

  out = out.replace(/<link\b[^>]*>/g, (tag) => {
    const attrs = attributes(tag);
    const rel = attrs.get('rel');
    if (rel === 'preload' && attrs.get('as') === 'script') {
      if (CHUNK.test(attrs.get('href') ?? '') && only(attrs, ['rel', 'as', 'href', 'fetchpriority'])) {
        removed.preloads++;
        return '';
      }
      return unknown(`Unknown script preload: ${tag}`);
    }
    if (rel === 'modulepreload') return unknown(`Unknown module preload: ${tag}`);
    return tag;
  });

  for (const trace of TRACES) {
    const match = trace.exec(out);
    if (match) unknown(`Next.js's runtime is still referenced after removal: "${out.slice(Math.max(0, match.index - 80), match.index + 120)}"`);
  }
  return { html: out, removed };
}

/**
 * What to do with each file of Next's build output in the export, by its
 * path under out/: runtime scripts and flight data go, the stylesheets and
 * media stay. Anything else is unknown, and an error.
 */
export function nextOutputFile(relative: string): 'runtime' | 'flight' | 'keep' | 'unknown' {
  const file = relative.split('\\').join('/');
  if (file.startsWith('_next/')) {
    if (/^_next\/static\/chunks\/[\w.-]+\.js$/.test(file)) return 'runtime';
    if (/^_next\/static\/[\w-]+\/_(buildManifest|ssgManifest|clientMiddlewareManifest)\.js$/.test(file)) return 'runtime';
    if (/^_next\/static\/chunks\/[\w.-]+\.css$/.test(file) || /^_next\/static\/media\/[\w.-]+$/.test(file)) return 'keep';
    return 'unknown';
  }
  if (file.endsWith('.txt')) {
    if (file === 'robots.txt') return 'keep';
    // The site's own llms.txt files (scripts/build-text-files.ts): at the root and in each language.
    if (/^([\w-]+\/)?llms(-full)?\.txt$/.test(file)) return 'keep';
    // React's payload of each page, for client-side navigation: index.txt and __next.<segments>.txt.
    if (/(^|\/)(index|__next\.[^/]+)\.txt$/.test(file)) return 'flight';
    return 'unknown';
  }
  return 'keep';
}
