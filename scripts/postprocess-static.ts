/**
 * Finishes the static export in out/ so any static host can serve it with a
 * strict Content-Security-Policy, and nginx can serve it compressed:
 *
 * - Next.js's client runtime is removed (lib/build/strip-next-runtime.ts): its
 *   script tags and preloads, its flight data (inline, and the .txt payload
 *   files), and the runtime's files under _next/static/. Pages keep only the
 *   site's own scripts: the theme script in <head>, the language root's
 *   script, and the module scripts of the enhancements they contain. An
 *   unknown script or file stops the build, naming it;
 * - each HTML page gets a <meta http-equiv="Content-Security-Policy">,
 *   right after its <meta charset> (which must stay within the first 1024
 *   bytes), whose script-src lists the SHA-256 hashes of that page's own
 *   inline scripts (works on hosts that cannot set headers, e.g. GitHub Pages);
 * - out/_headers (Netlify / Cloudflare Pages format) and out/_nginx/ carry
 *   the headers, each page's policy under its own path (lib/build/static-headers.ts),
 *   and the nginx maps and locations that follow from the site's languages
 *   and pages (included by deploy/nginx.conf);
 * - every text file is stored pre-compressed next to itself, as .gz (gzip
 *   written by Zopfli) and .br (Brotli, quality 11), for nginx's gzip_static
 *   and brotli_static.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { THEME_SCRIPT } from '../components/site/theme-script';
import { defaultLocale, localeConfig } from '../i18n/locales';
import { readEnhancementManifest } from '../lib/enhancements';
import { negotiationMaps, responseMaps, routeLocations } from '../lib/build/nginx-config';
import { HOME, PAGES } from '../lib/pages';
import { NOT_FOUND_PATH, localizedPath } from '../lib/routes';
import { CACHE_CONTROL, contentSecurityPolicy, inlineScriptHashes } from '../lib/security-headers';
import { staticHeaders, type ExportedPage } from '../lib/build/static-headers';
import { COMPRESSED_EXTENSIONS, charsetOffset, insertAfterCharset, precompressFiles } from '../lib/build/static-export';
import { nextOutputFile, stripNextRuntime } from '../lib/build/strip-next-runtime';

const OUT = path.resolve(process.argv[2] ?? 'out');

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, keep);
    return keep(name) ? [full] : [];
  });
}

/**
 * The language root (app/page.tsx, out/index.html) picks the reader's
 * language with a script of its own, which only that page may carry; every
 * other inline script must be one the site declares here.
 */
const LANGUAGE_ROOT = 'index.html';
const enhancementScripts = new Set(Object.values(readEnhancementManifest().scripts));

const exported: ExportedPage[] = [];
const pages = files(OUT, (name) => name.endsWith('.html'));
const removed = { scripts: 0, preloads: 0, flight: 0 };
for (const file of pages) {
  const relative = path.relative(OUT, file);
  let html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error(`${relative} already has a policy: run this once per build.`);
  }
  const inlineScripts = new Set([THEME_SCRIPT]);
  if (relative === LANGUAGE_ROOT) {
    // Its own script: the one inline classic script that is not Next's flight data, and redirects.
    const own = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter((body) => !body.includes('__next_f'));
    if (own.length !== 1 || !own[0]?.includes('location.replace(')) {
      throw new Error(`${relative}: expected the language root's one redirecting script (app/page.tsx), found ${own.length} inline scripts.`);
    }
    inlineScripts.add(own[0]);
  }
  try {
    const stripped = stripNextRuntime(html, { enhancementScripts, inlineScripts });
    html = stripped.html;
    for (const key of Object.keys(removed) as (keyof typeof removed)[]) removed[key] += stripped.removed[key];
  } catch (error) {
    throw new Error(`${relative}: ${(error as Error).message}`);
  }
  const hashes = inlineScriptHashes(html);
  exported.push({ file: `/${relative.split(path.sep).join('/')}`, scriptHashes: hashes });
  const policy = contentSecurityPolicy({ scriptHashes: hashes, headerOnly: false });
  try {
    html = insertAfterCharset(html, `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`);
  } catch (error) {
    throw new Error(`${relative}: ${(error as Error).message}`);
  }
  const charsetAt = charsetOffset(html);
  if (charsetAt < 0 || charsetAt > 1024 - '<meta charSet="utf-8"/>'.length) {
    throw new Error(`${relative}: <meta charset> is not within the first 1024 bytes.`);
  }
  writeFileSync(file, html);
}

// The runtime's own files and the flight data files: nothing refers to them any more.
let deleted = 0;
for (const file of files(OUT, () => true)) {
  const relative = path.relative(OUT, file);
  const kind = nextOutputFile(relative);
  if (kind === 'unknown') throw new Error(`${relative}: an unknown file in Next's output (lib/build/strip-next-runtime.ts lists the known ones).`);
  if (kind === 'runtime' || kind === 'flight') {
    rmSync(file);
    deleted++;
  }
}

const { headersFile, nginxMap, nginxInclude } = staticHeaders(exported);
writeFileSync(path.join(OUT, '_headers'), headersFile);

const locales = Object.keys(localeConfig);
const nginx = path.join(OUT, '_nginx');
mkdirSync(nginx, { recursive: true });
writeFileSync(path.join(nginx, 'security-headers.conf'), `# Generated by scripts/postprocess-static.ts for this build: do not edit.\n${nginxInclude}`);
writeFileSync(
  path.join(nginx, 'maps.conf'),
  `${negotiationMaps({ locales, defaultLocale, notFoundFile: (l) => `${localizedPath(l, NOT_FOUND_PATH)}index.html` })}${responseMaps({ cacheControl: CACHE_CONTROL })}${nginxMap}`,
);
writeFileSync(
  path.join(nginx, 'routes.conf'),
  routeLocations({
    locales,
    defaultLocale,
    pages: PAGES.map((p) => p.path),
    docsHome: HOME.path,
    cacheControl: CACHE_CONTROL,
    notFoundPath: (l) => localizedPath(l, NOT_FOUND_PATH),
    notFoundFile: (l) => `${localizedPath(l, NOT_FOUND_PATH)}index.html`,
    pagePath: localizedPath,
  }),
);

// Last: the compressed copies must hold the final bytes.
const text = files(OUT, (name) => (COMPRESSED_EXTENSIONS as readonly string[]).includes(path.extname(name)));
const { raw, gzip: gzipped, brotli } = await precompressFiles(text);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const largest = Math.max(...headersFile.split('\n').map((line) => line.length));
console.log(`Next.js runtime removed: ${removed.scripts} script tags, ${removed.preloads} preloads, ${removed.flight} flight data scripts; ${deleted} runtime and payload files deleted.`);
console.log(`Content-Security-Policy: ${pages.length} pages, each with its own policy (largest header line ${largest} bytes).`);
console.log(`Pre-compressed ${text.length} text files: ${kb(raw)} → ${kb(gzipped)} gzip, ${kb(brotli)} Brotli.`);
