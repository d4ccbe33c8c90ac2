/**
 * Finishes the static export in out/ so any static host can serve it with a
 * strict Content-Security-Policy, and nginx can serve it compressed:
 *
 * - each HTML page gets a <meta http-equiv="Content-Security-Policy">,
 *   right after its <meta charset> (which must stay within the first 1024
 *   bytes), whose script-src lists the SHA-256 hashes of that page's own
 *   inline scripts (works on hosts that cannot set headers, e.g. GitHub Pages);
 * - out/_headers (Netlify / Cloudflare Pages format) and out/_nginx/ carry
 *   the header policy and the nginx maps and locations that follow from the
 *   site's languages and pages (included by deploy/nginx.conf);
 * - every text file is stored pre-compressed next to itself, as .gz (gzip,
 *   level 9) and .br (Brotli, quality 11), for nginx's gzip_static and
 *   brotli_static.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defaultLocale, localeConfig } from '../i18n/locales';
import { headerInclude, negotiationMaps, routeLocations } from '../lib/nginx-config';
import { NOT_FOUND_PATH, ROUTES, localizedPath } from '../lib/routes';
import { CACHE_CONTROL, contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '../lib/security-headers';
import { COMPRESSED_EXTENSIONS, charsetOffset, insertAfterCharset } from '../lib/static-export';

const OUT = path.resolve(process.argv[2] ?? 'out');

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, keep);
    return keep(name) ? [full] : [];
  });
}

const all = new Set<string>();
const pages = files(OUT, (name) => name.endsWith('.html'));
for (const file of pages) {
  const relative = path.relative(OUT, file);
  let html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) {
    throw new Error(`${relative} already has a policy: run this once per build.`);
  }
  const hashes = inlineScriptHashes(html);
  hashes.forEach((h) => all.add(h));
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

const headers = securityHeaders(contentSecurityPolicy({ scriptHashes: [...all].sort() }));
writeFileSync(path.join(OUT, '_headers'), `/*\n${headers.map((h) => `  ${h.key}: ${h.value}`).join('\n')}\n`);

const locales = Object.keys(localeConfig);
const nginx = path.join(OUT, '_nginx');
mkdirSync(nginx, { recursive: true });
writeFileSync(path.join(nginx, 'security-headers.conf'), headerInclude(headers));
writeFileSync(
  path.join(nginx, 'locales.conf'),
  negotiationMaps({ locales, defaultLocale, notFoundFile: (l) => `${localizedPath(l, NOT_FOUND_PATH)}index.html` }),
);
writeFileSync(
  path.join(nginx, 'routes.conf'),
  routeLocations({
    locales,
    defaultLocale,
    pages: Object.values(ROUTES),
    docsHome: ROUTES.docsHome,
    headers,
    cacheControl: CACHE_CONTROL,
    notFoundPath: (l) => localizedPath(l, NOT_FOUND_PATH),
    notFoundFile: (l) => `${localizedPath(l, NOT_FOUND_PATH)}index.html`,
    pagePath: localizedPath,
  }),
);

// Last: the compressed copies must hold the final bytes.
let raw = 0;
let gzipped = 0;
let brotli = 0;
const text = files(OUT, (name) => (COMPRESSED_EXTENSIONS as readonly string[]).includes(path.extname(name)));
for (const file of text) {
  const content = readFileSync(file);
  const gz = gzipSync(content, { level: 9 });
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  raw += content.length;
  gzipped += gz.length;
  brotli += br.length;
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`Content-Security-Policy: ${pages.length} pages, ${all.size} inline script hashes.`);
console.log(`Pre-compressed ${text.length} text files: ${kb(raw)} → ${kb(gzipped)} gzip, ${kb(brotli)} Brotli.`);
