import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/security-headers';
import { staticHeaders, type ExportedPage } from '@/lib/build/static-headers';
import { itWithTools } from './support/tools';

/** A page as the export writes it: a few inline scripts of its own (Next.js inlines its page data). */
function generatedPage(i: number): string {
  const scripts = Array.from({ length: 4 }, (_, s) => `<script>self.__next_f.push([1,"page ${i} chunk ${s} ${'x'.repeat(200)}"])</script>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/></head><body><main>Page ${i}</main>${scripts.join('')}</body></html>`;
}

const PAGES = 300;
const pages: ExportedPage[] = Array.from({ length: PAGES }, (_, i) => ({
  file: `/en/docs/generated/page-${i}/index.html`,
  scriptHashes: inlineScriptHashes(generatedPage(i)),
}));

describe('per-page security headers for a site of 300 pages', () => {
  const { headersFile, nginxMap } = staticHeaders(pages);
  const lines = headersFile.split('\n');

  it('keeps every header under 8 KB, whatever the number of pages', () => {
    const largest = Math.max(...lines.map((l) => Buffer.byteLength(l)));
    expect(largest).toBeLessThan(8 * 1024);
    // Each page's policy lists its own four hashes, not all 1,200.
    const policy = lines.find((l) => l.includes('Content-Security-Policy'));
    expect(policy?.match(/'sha256-/g)).toHaveLength(4);
  });

  it('gives each page, at its folder URL and its file, the hashes of its own scripts only', () => {
    const html = generatedPage(42);
    const own = createHash('sha256').update(/<script>(.*?)<\/script>/.exec(html)?.[1] ?? '').digest('base64');
    const rule = lines.indexOf('/en/docs/generated/page-42/');
    expect(rule).toBeGreaterThan(0);
    expect(lines[rule + 1]).toContain(`'sha256-${own}'`);
    expect(lines).toContain('/en/docs/generated/page-42/index.html');
    expect(headersFile.split(`'sha256-${own}'`)).toHaveLength(3);
  });

  it('never sets a policy on every path, where hosts would join it with the page’s', () => {
    const everyPath = lines.slice(0, lines.findIndex((l, i) => i > 0 && !l.startsWith(' ')));
    expect(everyPath[0]).toBe('/*');
    expect(everyPath.join('\n')).not.toContain('Content-Security-Policy');
    expect(everyPath.join('\n')).toContain('X-Frame-Options: DENY');
  });

  itWithTools(['nginx'], 'gives nginx a map it accepts, with a strict default', () => {
    expect(nginxMap).toMatch(/default "[^"]*script-src 'self' 'wasm-unsafe-eval';/);
    const dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n${nginxMap}\n  server { listen 127.0.0.1:9; location / { add_header Content-Security-Policy $docs_csp always; } }\n}\n`,
    );
    expect(() => execFileSync('nginx', ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'pipe' })).not.toThrow();
  });
});
