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
    expect(headersOf(block).get('Cache-Control')).toBe(CACHE_CONTROL.immutable);
  });

  it('with the headers next start sends, and HSTS (its add_header lines replace the server block’s)', () => {
    const conf = readFileSync('deploy/nginx-node.conf', 'utf8');
    const hsts = /add_header Strict-Transport-Security "([^"]+)" always;/.exec(conf)?.[1];
    const expected = new Map([
      ['Cache-Control', CACHE_CONTROL.immutable],
      ['Strict-Transport-Security', hsts ?? ''],
      ...securityHeaders(contentSecurityPolicy()).map((h): [string, string] => [h.key, h.value]),
    ]);
    expect(headersOf(assetsBlock())).toEqual(expected);
  });
});
