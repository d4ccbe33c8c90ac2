import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { distDir } from './lib/build/build-output';
import { CACHE_CONTROL, contentSecurityPolicy, securityHeaders } from './lib/security-headers';
import { NOT_FOUND_HEADER, REFUSED_PATH, REQUEST_CONTENT, ROUTER_REQUEST, UNMATCHED_PATH } from './lib/serving';

/** Every English catalog file: they define the message types. */
function englishCatalogs(dir = './messages/en'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return englishCatalogs(file);
    return path.extname(entry.name) === '.json' ? [file] : [];
  });
}

/**
 * The text files in public/ that scripts/build-text-files.ts writes before
 * the build, as one path pattern per kind: only these files get their
 * content type, not a 404 for a path of the same shape that does not exist.
 */
function publicFiles(names: readonly string[], dir = './public', prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return publicFiles(names, `${dir}/${entry.name}`, `${prefix}${entry.name}/`);
    return names.includes(entry.name) ? [`${prefix}${entry.name}`] : [];
  });
}
function textFileRule(names: readonly string[], contentType: string) {
  const files = publicFiles(names).sort();
  if (!files.length) return [];
  return [{ source: `/:file(${files.map((file) => file.replaceAll('.', '\\.')).join('|')})`, headers: [{ key: 'Content-Type', value: contentType }] }];
}

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: {
    // Generates messages/en/**/*.d.json.ts so message keys and ICU arguments are type-checked.
    createMessagesDeclaration: englishCatalogs(),
  },
});

/** `npm run build:static` builds the static export into out/ from the same tree. */
const isStaticExport = process.env.STATIC_EXPORT === '1';
const isProduction = process.env.NODE_ENV === 'production';

const nextConfig: NextConfig = {
  // A second build (the English-fallback test fixture) goes to its own folder.
  // The static export is written to out/ (and uses .next/ while building).
  distDir: distDir(),
  output: isStaticExport ? 'export' : undefined,
  // One URL per page in both deployments: folders with index.html in the
  // static export, the same trailing slash under `next start`.
  trailingSlash: true,
  reactStrictMode: true,
  // Loaded from node_modules at build time, not bundled: HarfBuzz is
  // WebAssembly, read from its package (social cards, lib/card-fonts.ts).
  serverExternalPackages: ['harfbuzzjs', 'subset-font'],
  poweredByHeader: false,
  // What only `next start` needs: the static export has no server.
  ...(!isStaticExport
    ? {
        // The proxy adds trailing slashes itself, with the site's headers
        // and caching (Next.js's own redirect carries neither).
        skipTrailingSlashRedirect: true,
        // Files named *.server.ts(x) exist only in this build: the global
        // 404 page (it reads the request) and the route handler for refused
        // requests. The export has no server to run them.
        pageExtensions: ['tsx', 'ts', 'server.tsx', 'server.ts'],
        experimental: {
          // app/global-not-found.tsx: the localized 404 page, for every
          // address no route matches (lib/serving.ts).
          globalNotFound: true,
        },
        async rewrites() {
          return {
            beforeFiles: [
              // Requests with content and requests of Next.js's router, which
              // never reach the proxy: to the route handler that refuses them.
              ...[...REQUEST_CONTENT, ...ROUTER_REQUEST].map((condition) => ({ source: '/:path*', has: [condition], destination: REFUSED_PATH })),
              // What the proxy marked as not found goes where no route
              // matches, so the global 404 page answers it.
              { source: '/:path*', has: [{ type: 'header' as const, key: NOT_FOUND_HEADER, value: '1' }], destination: UNMATCHED_PATH },
            ],
            afterFiles: [],
            fallback: [],
          };
        },
      }
    : {}),
  // Under `next start` the pages are prerendered once for every request, so
  // their inline scripts cannot carry per-request nonces; the static export
  // hashes them instead (scripts/postprocess-static.ts). The development
  // server needs eval for fast refresh, so it gets no policy.
  ...(!isStaticExport && isProduction
    ? {
        async headers() {
          const cache = (value: string) => [{ key: 'Cache-Control', value }];
          // Later rules win for the same header. Next.js keeps its own
          // immutable caching for /_next/static/ and its own no-store for
          // 404s; the proxy's redirects and refusals set theirs.
          return [
            { source: '/:path*', headers: securityHeaders(contentSecurityPolicy()) },
            { source: '/:path((?!_next/static/).*)', headers: cache(CACHE_CONTROL.page) },
            // The enhancements' bundles have content-hashed names (scripts/build-enhancements.ts).
            { source: '/enhancements/:file*', headers: cache(CACHE_CONTROL.immutable) },
            { source: '/:dir(figures|og)/:path*', headers: cache(CACHE_CONTROL.image) },
            { source: '/:file(icon\\.svg|apple-touch-icon\\.png)', headers: cache(CACHE_CONTROL.image) },
            // Each guide as Markdown, next to its page (scripts/build-text-files.ts).
            ...textFileRule(['index.md'], 'text/markdown; charset=utf-8'),
            ...textFileRule(['llms.txt', 'llms-full.txt'], 'text/plain; charset=utf-8'),
            ...REQUEST_CONTENT.map((condition) => ({ source: '/:path*', has: [condition], headers: cache(CACHE_CONTROL.refused) })),
            // Requests of Next.js's router (lib/serving.ts), and Next.js's
            // redirect of them to its cache-busting URL: never stored.
            ...ROUTER_REQUEST.map((condition) => ({ source: '/:path*', has: [condition], headers: cache(CACHE_CONTROL.refused) })),
          ];
        },
      }
    : {}),
};

export default withNextIntl(nextConfig);
