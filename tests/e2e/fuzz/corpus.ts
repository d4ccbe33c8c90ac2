import { readdirSync } from 'node:fs';
import { routing } from '../../../i18n/routing';
import { PAGES } from '../../../lib/pages';
import { localizedPath } from '../../../lib/routes';

/**
 * A deterministic corpus of hostile and ordinary requests, generated from
 * a seed: paths, methods, headers, cookies and bodies. The same corpus goes
 * to every deployment (tests/e2e/fuzz/fuzz.spec.ts).
 */
export type FuzzRequest = {
  id: number;
  method: string;
  /** The request target exactly as sent (origin-form, absolute-form, or `*`). */
  target: string;
  headers: Record<string, string>;
  body: string;
  /**
   * Why the deployments may answer differently, if they may (then only the
   * checks every answer must pass apply, not the comparison):
   * - `before-site`: answered before the site's code runs, by nginx or by
   *   the Node.js front (server/front.ts), each in its own way: an unknown
   *   method, TRACE, an absolute-form target, `*`, a repeated slash or a
   *   backslash;
   * - `payload`: a request with one of Next.js's router headers, which
   *   `next start` refuses (406, never stored) and the static export
   *   ignores;
   * - `precondition`: If-Match / If-Unmodified-Since, which nginx evaluates
   *   on files and `next start` ignores;
   * - `export-root`: `/index.html`, the static export's page for hosts that
   *   cannot negotiate;
   * - `rejected-line`: a request line nginx rejects before reading the
   *   method's meaning or the headers: a 404 page, in the path's language
   *   or English (README, "Language negotiation"), where `next start`
   *   refuses the method or the content first. Compared for GET and HEAD
   *   without content, by status only.
   */
  differs?: 'before-site' | 'payload' | 'precondition' | 'export-root' | 'rejected-line';
};

/** mulberry32: a small, fast, seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Files the static export ships, as served paths (one of each kind). */
function sampleFiles(): string[] {
  // A content-hashed script both builds ship under the same name (public/enhancements/).
  const script = readdirSync('out/enhancements').find((f) => f.endsWith('.js'));
  return ['/robots.txt', '/sitemap.xml', '/icon.svg', '/apple-touch-icon.png', '/og/es/access-auth.png', '/figures/monitor/login.svg', '/pagefind/pagefind-entry.json', `/enhancements/${script}`];
}

export function corpus(seed: number, size: number): FuzzRequest[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const chance = (p: number) => rnd() < p;
  const locales = routing.locales;
  const pagePaths = PAGES.map((p) => p.path);
  const files = sampleFiles();

  const pathForms: (() => { path: string; differs?: FuzzRequest['differs'] })[] = [
    () => ({ path: localizedPath(pick(locales), pick(pagePaths)) }),
    () => ({ path: localizedPath(pick(locales), pick(pagePaths)).replace(/\/$/, '') }),
    () => ({ path: `${pick(pagePaths)}${pick(['', '/'])}` }),
    () => ({ path: '/' }),
    () => ({ path: `/${pick(locales)}${pick(['', '/'])}` }),
    () => ({ path: pick(files) }),
    () => ({ path: `${pick(files)}/` }),
    () => ({ path: `/${pick(locales)}/${pick(['404', 'nope', 'docs/nope', 'docs/monitor', 'docs/index.html', '404/index.html'])}/` }),
    () => ({ path: `/${pick(['it', 'xx', 'ES', 'pt-br', 'EN', 'zh-hant', 'favicon.ico', 'wp-login.php', '_next', 'figures', 'pagefind', 'og', 'og/xx', '.env', '_nginx', '_headers', '404.html'])}${pick(['', '/', '/docs/'])}` }),
    () => ({ path: `${localizedPath(pick(locales), pick(pagePaths))}${pick(['index.html', 'index.html.br', 'index.html.gz', 'x.png', '..', '.'])}` }),
    () => ({ path: `/${pick(locales)}/docs/${pick(['%E0%A4%A', '%ZZ', '%', '%00', '%2e%2e/%2e%2e/etc/passwd'])}/`, differs: 'rejected-line' }),
    () => ({ path: `/${pick(['%ZZ', '%', '%E0%A4%A', '%c0%ae%c0%ae'])}/`, differs: 'rejected-line' }),
    () => ({ path: `/${pick(['%65n', 'e%6E', '%65s'])}/docs/` }),
    () => ({ path: `/${pick(locales)}/docs%2Fmonitor%2Faccess-auth/` }),
    () => ({ path: `/${'a'.repeat(1 + Math.floor(rnd() * 3000))}` }),
    () => ({ path: `/${pick(locales)}/${encodeURIComponent(pick(['é', 'ü', '文档', 'دليل', ' ', '<script>']))}/` }),
    () => ({ path: `${localizedPath(pick(locales), pick(pagePaths))}?${pick(['q=%ZZ', 'x=1&x=2', '_rsc=abc', '%', 'a=' + 'b'.repeat(500)])}` }),
    () => ({ path: pick(['/en/docs.rsc', '/en/docs/index.rsc', '/es/docs.segments/_tree.segment.rsc']), differs: 'payload' }),
    () => ({ path: pick(['//', '//en/docs/', '/en//docs/', '/\\en/docs/', '/en\\docs/']), differs: 'before-site' }),
    () => ({ path: '/index.html', differs: 'export-root' }),
  ];

  const tags = ['es', 'es-MX', 'de-AT', 'fr-CA', 'pt-PT', 'pt', 'zh-TW', 'zh-CN', 'zh-Hant', 'zh-yue', 'ar-EG', 'ru', 'uk', 'ja', 'en-GB', '*', 'ca', 'x-klingon'];
  /** An Accept-Language list, sorted by q (nginx reads it in the order written: README). */
  const acceptLanguage = (): string => {
    const form = rnd();
    if (form < 0.1) return pick(['de;q=', 'de;q=0.5;q=0.9', 'de;q=1e3', 'de;;;', ';;q=x,,*;q=', '¿qué?', 'es_ES', 'es-', 'DE;Q=0.5']);
    if (form < 0.15) return `${pick(tags)},${'x-y;q=0.1,'.repeat(60)}es`;
    if (form < 0.18) return 'es,'.repeat(2000);
    const n = 1 + Math.floor(rnd() * 4);
    let q = 1;
    return Array.from({ length: n }, (_, i) => {
      const tag = pick(tags);
      if (i === 0 && chance(0.5)) return tag;
      q = Math.max(0, q - Math.floor(rnd() * 4) / 10);
      return `${tag};q=${q === 1 ? '1' : q.toFixed(1)}`;
    }).join(pick([',', ', ', ' , ']));
  };
  const cookie = (): string =>
    pick([
      `NEXT_LOCALE=${pick([...locales, 'xx', 'ZH-HANS', '%E0%A4%A', ''])}`,
      'NEXT_LOCALE=de; NEXT_LOCALE=fr',
      'next_locale=ru',
      `theme=dark; NEXT_LOCALE=${pick(locales)}`,
      'NEXT_LOCALE=%; x=%%',
      `a=${'b'.repeat(2000)}`,
    ]);

  const requests: FuzzRequest[] = [];
  for (let id = 0; requests.length < size; id++) {
    const form = pick(pathForms)();
    let target = form.path;
    let differs = form.differs;
    const headers: Record<string, string> = {};
    let method = chance(0.75) ? 'GET' : pick(['HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'PURGE', 'TRACE', 'FOO']);
    // Methods Node.js's parser does not know, and TRACE (which Next.js
    // cannot run its proxy for): answered before the site's code.
    if (['TRACE', 'FOO'].includes(method)) differs = 'before-site';
    let body = '';

    if (chance(0.5)) headers['Accept-Language'] = acceptLanguage();
    if (chance(0.3)) headers.Cookie = cookie();
    if (chance(0.08)) {
      headers.RSC = '1';
      if (differs !== 'before-site') differs = 'payload';
    }
    if (chance(0.04)) headers['Next-Router-Prefetch'] = '1';
    if (chance(0.04)) headers['Next-Router-State-Tree'] = pick(['%5B%22%22%5D', 'not a tree']);
    if ((headers['Next-Router-Prefetch'] || headers['Next-Router-State-Tree']) && differs !== 'before-site') differs = 'payload';
    if (chance(0.08)) headers.Range = pick(['bytes=0-10', 'bytes=abc', 'bytes=999999999-', 'bytes=5-1', 'bytes=0-0,2-2,4-4']);
    if (chance(0.05)) {
      headers[pick(['If-Match', 'If-Unmodified-Since'])] = pick(['"nope"', '*', 'Mon, 01 Jan 1990 00:00:00 GMT']);
      differs ??= 'precondition';
    }
    if (chance(0.05)) headers['If-None-Match'] = pick(['"nope"', '*']);
    if (chance(0.05)) Object.assign(headers, { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': pick(['https', 'gopher']), 'X-Forwarded-For': '203.0.113.9' });
    if (chance(0.03)) headers['X-Middleware-Subrequest'] = 'middleware:middleware:middleware:middleware:middleware';
    if (chance(0.03)) {
      // An absolute-form request target: the answer must stay on the site.
      target = `http://evil.example${target}`;
      differs = 'before-site';
    }
    if (chance(0.02)) {
      target = '*';
      method = 'OPTIONS';
      differs = 'before-site';
    }
    if (chance(0.12)) {
      const size = pick([1, 16, 1024, 64 * 1024]);
      const content = 'a=1&'.repeat(Math.ceil(size / 4)).slice(0, size);
      headers['Content-Type'] = pick(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']);
      if (chance(0.3)) {
        headers['Transfer-Encoding'] = 'chunked';
        body = `${content.length.toString(16)}\r\n${content}\r\n0\r\n\r\n`;
      } else {
        headers['Content-Length'] = String(content.length);
        body = content;
      }
    }
    requests.push({ id, method, target, headers, body, ...(differs ? { differs } : {}) });
  }
  return requests;
}
