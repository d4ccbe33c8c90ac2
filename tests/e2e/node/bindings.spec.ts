import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CACHE_CONTROL } from '../../../lib/security-headers';
import { expect, test } from '../fixtures';
import { header, rawRequest } from '../raw-http';
import { NODE_SERVER, OWN_PORTS } from '../../../scripts/lib/ports';

/**
 * `next start` however an operator starts it: on every interface, bound to
 * an IPv4 or IPv6 loopback address, or in a container that sets HOSTNAME;
 * reached directly or through a TLS-terminating proxy that adds forwarded
 * headers. Every way gives the same answers, and the server never fails or
 * proxies a request back to itself (Next.js treats rewrites as requests to
 * another host when bound to a loopback address, so the site uses none).
 */
const BINDINGS: { name: string; args: string[]; env?: Record<string, string>; host: string }[] = [
  { name: 'no -H', args: [], host: '127.0.0.1' },
  { name: '-H 0.0.0.0', args: ['-H', '0.0.0.0'], host: '127.0.0.1' },
  { name: '-H 127.0.0.1', args: ['-H', '127.0.0.1'], host: '127.0.0.1' },
  { name: '-H ::1', args: ['-H', '::1'], host: '[::1]' },
  { name: 'HOSTNAME set, as in a container', args: [], env: { HOSTNAME: 'docs-7f9c2d' }, host: '127.0.0.1' },
];

const FORWARDED: Record<string, string>[] = [
  {},
  { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'docs.example.com', 'X-Forwarded-For': '203.0.113.7' },
];

const title = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8')).notFound.title as string;

async function start(args: string[], env: Record<string, string>, port: number, host: string): Promise<{ server: ChildProcess; log: () => string }> {
  let log = '';
  const server = spawn(NODE_SERVER.command, [...NODE_SERVER.args, '-p', String(port), ...args], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await rawRequest(`http://${host}:${port}`, '/en/docs/')).status === 200) return { server, log: () => log };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`next start ${args.join(' ')} did not come up:\n${log}`);
}

BINDINGS.forEach((binding, i) => {
  test(`next start with ${binding.name}: 404s, redirects and pages`, async () => {
    const port = OWN_PORTS.bindings + i;
    const { server, log } = await start(binding.args, binding.env ?? {}, port, binding.host);
    try {
      const base = `http://${binding.host}:${port}`;
      for (const forwarded of FORWARDED) {
        const label = `${binding.name} ${JSON.stringify(forwarded)}`;
        const get = (path: string, headers: Record<string, string> = {}) => rawRequest(base, path, { ...forwarded, ...headers });

        for (const [path, headers, locale] of [
          ['/en/no-such-page/', {}, 'en'],
          ['/es/nada/', { 'Accept-Language': 'en' }, 'es'],
          ['/es/404/', {}, 'es'],
          ['/xx/docs/', { 'Accept-Language': 'es' }, 'es'],
          ['/%ZZ/', { 'Accept-Language': 'es' }, 'es'],
        ] as const) {
          const response = await get(path, headers);
          expect(response.status, `${label} ${path}`).toBe(404);
          expect(response.text, `${label} ${path}`).toContain(`<html lang="${locale}"`);
          expect(response.text, `${label} ${path}`).toContain(`>${title(locale)}</h1>`);
          expect(header(response, 'cache-control'), `${label} ${path}`).toBe(CACHE_CONTROL.notFound);
          expect(header(response, 'content-language'), `${label} ${path}`).toBe(locale);
        }

        const root = await get('/', { 'Accept-Language': 'es-MX' });
        expect([root.status, header(root, 'location')], label).toEqual([307, '/es/docs/']);
        const page = await get('/es/docs/monitor/access-auth/');
        expect(page.status, label).toBe(200);
        expect(page.text, label).toContain('<html lang="es"');
      }
      expect(log()).not.toMatch(/Failed to proxy|EPROTO|Error/);
    } finally {
      server.kill();
    }
  });
});
