import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';

/** deploy/nginx-node.conf's block for /_next/static/, which nginx serves itself. */
function assetsBlock(): string {
  const conf = readFileSync('deploy/nginx-node.conf', 'utf8');
  const start = conf.indexOf('location ^~ /_next/static/ {');
  expect(start).toBeGreaterThan(0);
  return conf.slice(start, conf.indexOf('\n    }', start));
}

const headersOf = (block: string) =>
  new Map([...block.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map(([, name = '', value = '']) => [name, value]));

describe('deploy/nginx-node.conf serves the build’s assets itself', () => {
  it('from the build folder, pre-compressed with Brotli and gzip, cached for a year', () => {
    const block = assetsBlock();
    expect(block).toMatch(/^\s*alias \/srv\/proxmenux-docs\/\.next\/static\/;$/m);
    expect(block).toMatch(/^\s*brotli_static on;$/m);
    expect(block).toMatch(/^\s*gzip_static on;$/m);
    // A year for what is sent (200, 304), never for an error or a refusal (a map on the status).
    expect(block).toMatch(/^\s*add_header Cache-Control \$docs_proxy_asset_cache_control always;$/m);
    const map = /map \$status \$docs_proxy_asset_cache_control \{([^}]*)\}/.exec(readFileSync('deploy/nginx-node.conf', 'utf8'))?.[1] ?? '';
    expect(map).toContain(`~^(?:200|304)$ "${CACHE_CONTROL.immutable}";`);
    expect(map).toContain(`default "${CACHE_CONTROL.refused}";`);
  });

  it('answers GET and HEAD only, and always sends a file whole', () => {
    const block = assetsBlock();
    expect(block).toMatch(/limit_except GET \{\s*deny all;\s*\}/);
    expect(block).toMatch(/^\s*max_ranges 0;$/m);
  });

  it('with the headers next start sends, and HSTS (its add_header lines replace the server block’s)', () => {
    const conf = readFileSync('deploy/nginx-node.conf', 'utf8');
    const hsts = /add_header Strict-Transport-Security "([^"]+)" always;/.exec(conf)?.[1];
    const expected = new Map([
      ['Strict-Transport-Security', hsts ?? ''],
      ...securityHeaders(contentSecurityPolicy()).map((h): [string, string] => [h.key, h.value]),
    ]);
    expect(headersOf(assetsBlock())).toEqual(expected);
  });
});
