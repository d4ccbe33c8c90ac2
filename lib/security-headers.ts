import { createHash } from 'node:crypto';

/**
 * The site's security headers, shared by `next start` (next.config.ts), the
 * static export (meta tags and the nginx config) and the tests.
 */

export type CspOptions = {
  /** Hashes ('sha256-…') of the inline scripts allowed; without them, inline scripts need 'unsafe-inline'. */
  scriptHashes?: string[];
  /** Directives that only a header can carry (a <meta> policy ignores them). */
  headerOnly?: boolean;
};

/**
 * Content-Security-Policy. Scripts and everything else load from this origin
 * only; no eval (WebAssembly compilation, which the search index needs, is
 * allowed with 'wasm-unsafe-eval'). Inline styles stay allowed: code
 * highlighting colours tokens with style attributes.
 */
export function contentSecurityPolicy({ scriptHashes, headerOnly = true }: CspOptions = {}): string {
  const inlineScripts = scriptHashes ? scriptHashes.map((h) => `'${h}'`) : ["'unsafe-inline'"];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...inlineScripts],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['manifest-src', "'self'"],
  ];
  if (headerOnly) directives.push(['frame-ancestors', "'none'"]);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Features the docs never use, switched off for the page and any frame. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * How long browsers and CDNs may keep each kind of response, the same on
 * both deployments (next.config.ts, i18n/locale-proxy.ts, deploy/nginx.conf;
 * tests/e2e/caching.spec.ts checks every target). Pages change with every
 * build, so they are kept briefly; content-hashed build assets never
 * change; a permanent redirect (a language's root, a missing trailing
 * slash) is kept no longer than the pages it leads to; a negotiated
 * redirect, a 404 (which must not outlive the publication of the page it
 * stands for) and every refusal (405, 400, 413, 414, 416, 5xx) are never
 * stored. The 404 value is the one Next.js gives every 404 it sends.
 */
export const CACHE_CONTROL = {
  page: 'public, max-age=300, must-revalidate',
  redirect: 'public, max-age=300, must-revalidate',
  image: 'public, max-age=86400',
  immutable: 'public, max-age=31536000, immutable',
  notFound: 'private, no-cache, no-store, max-age=0, must-revalidate',
  negotiated: 'no-store',
  refused: 'no-store',
} as const;

/** Headers for every response (HSTS is added only where TLS is served; see deploy/nginx-node.conf). */
export function securityHeaders(csp: string): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/**
 * CSP hashes ('sha256-…') of the executable inline scripts of an HTML page.
 * JSON-LD and other data blocks are not executed, so they need none.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attributes)) continue;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1];
    if (type && !/^(text\/javascript|module)$/i.test(type)) continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...new Set(hashes)];
}
