import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, securityHeaders } from '@/lib/security-headers';

const parse = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it('locks down objects, base URLs and framing, and never allows eval', () => {
    const csp = parse(contentSecurityPolicy());
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('allows inline scripts by hash when hashes are given, never by unsafe-inline', () => {
    const csp = parse(contentSecurityPolicy({ scriptHashes: ['sha256-abc=', 'sha256-def='] }));
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-abc='", "'sha256-def='"]);
  });

  it('leaves frame-ancestors out of a <meta> policy, where browsers ignore it', () => {
    expect(parse(contentSecurityPolicy({ headerOnly: false })).has('frame-ancestors')).toBe(false);
  });

  it('comes with the other security headers', () => {
    const keys = securityHeaders('x').map((h) => h.key);
    expect(keys).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options', 'Cross-Origin-Opener-Policy']);
  });
});

describe('inlineScriptHashes', () => {
  it('hashes the exact text of executable inline scripts only', () => {
    const html =
      '<head><script src="/a.js"></script><script>self.__next_f.push([0])</script>' +
      '<script type="application/ld+json">{"@type":"TechArticle"}</script><script type="module">x()</script>' +
      '<script>self.__next_f.push([0])</script></head>';
    const sha = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([0])'), sha('x()')]);
  });
});
