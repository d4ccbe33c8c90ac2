import { contentSecurityPolicy, securityHeaders } from '../security-headers';

/** An exported HTML file, by its path in out/ (`/en/docs/index.html`), and the hashes of its inline scripts. */
export type ExportedPage = { file: string; scriptHashes: string[] };

/** The URLs a file answers at: a folder's index.html also at the folder's path. */
function urlsOf(file: string): string[] {
  return file.endsWith('/index.html') ? [file.slice(0, -'index.html'.length), file] : [file];
}

/**
 * Header files for hosts that set headers per path, each page with its own
 * Content-Security-Policy (its own inline scripts' hashes), so no header
 * grows with the number of pages:
 *
 * - `_headers` (Netlify, Cloudflare Pages): the other security headers for
 *   every path, and one rule per page with its policy. The policy is never
 *   set on `/*` too: those hosts join the values of every matching rule,
 *   and two policies would both apply.
 * - an nginx map from the served file ($uri after index resolution) to the
 *   page's policy, with a strict default for everything else.
 */
export function staticHeaders(pages: readonly ExportedPage[]): { headersFile: string; nginxMap: string; nginxInclude: string } {
  const common = securityHeaders('').filter((h) => h.key !== 'Content-Security-Policy');
  const policy = (hashes: string[]) => contentSecurityPolicy({ scriptHashes: hashes });
  const sorted = [...pages].sort((a, b) => a.file.localeCompare(b.file));

  const headersFile = [
    '/*',
    ...common.map((h) => `  ${h.key}: ${h.value}`),
    ...sorted.flatMap((page) => urlsOf(page.file).flatMap((url) => [url, `  Content-Security-Policy: ${policy(page.scriptHashes)}`])),
  ].join('\n');

  const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const nginxMap = [
    '# The Content-Security-Policy of each exported page, by the file nginx serves.',
    'map $uri $docs_csp {',
    `    default ${quote(policy([]))};`,
    ...sorted.map((page) => `    ${quote(page.file)} ${quote(policy(page.scriptHashes))};`),
    '}',
  ].join('\n');

  const nginxInclude = [
    `add_header Content-Security-Policy $docs_csp always;`,
    ...common.map((h) => `add_header ${h.key} ${quote(h.value)} always;`),
  ].join('\n');

  return { headersFile: `${headersFile}\n`, nginxMap: `${nginxMap}\n`, nginxInclude: `${nginxInclude}\n` };
}
