import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateLocale } from '@/i18n/negotiate';
import { routing } from '@/i18n/routing';
import { negotiationMaps, responseMaps, routeLocations } from '@/lib/build/nginx-config';
import { CACHE_CONTROL } from '@/lib/security-headers';
import { staticHeaders } from '@/lib/build/static-headers';
import { NEGOTIATION_CASES, NODE_ONLY_CASES, cookieHeader } from '../shared/negotiation';
import { describeWithTools, itWithTools } from './support/tools';

const site = {
  locales: routing.locales,
  defaultLocale: routing.defaultLocale,
  pages: ['/docs', '/docs/monitor/access-auth'],
  docsHome: '/docs',
  cacheControl: CACHE_CONTROL,
  notFoundPath: (l: string) => `/${l}/404/`,
  notFoundFile: (l: string) => `/${l}/404/index.html`,
  pagePath: (l: string, p: string) => `/${l}${p.replace(/\/+$/, '')}/`,
};

/** An nginx configuration with the generated files and one server, listening on a Unix socket in `dir`. */
function nginxConfig(dir: string, server: string): string {
  const headers = staticHeaders([{ file: '/en/docs/index.html', scriptHashes: ['sha256-abc='] }]);
  writeFileSync(path.join(dir, 'maps.conf'), `${negotiationMaps(site)}${responseMaps(site)}${headers.nginxMap}`);
  writeFileSync(path.join(dir, 'routes.conf'), routeLocations(site));
  writeFileSync(path.join(dir, 'headers.conf'), headers.nginxInclude);
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(
    file,
    `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  include ${dir}/maps.conf;\n  server {\n    listen unix:${dir}/nginx.sock;\n    set $docs_cache page;\n${server}\n  }\n}\n`,
  );
  return file;
}

describe('the generated nginx configuration', () => {
  it('redirects each page with and without its trailing slash, and hides the 404 pages', () => {
    const routes = routeLocations(site);
    expect(routes).toContain('location = /docs/monitor/access-auth { return 307 /$docs_locale/docs/monitor/access-auth/$is_args$args; }');
    expect(routes).toContain('location = /es/docs/monitor/access-auth { return 308 /es/docs/monitor/access-auth/$is_args$args; }');
    expect(routes).toContain('location ^~ /zh-Hans/404/ { internal; }');
    expect(routes).toContain('location = /pt-BR/ { return 308 /pt-BR/docs/$is_args$args; }');
  });

  itWithTools(['nginx'], 'is accepted by nginx -t', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
    const file = nginxConfig(dir, `    root ${dir};\n    error_page 404 $docs_not_found;\n    include ${dir}/routes.conf;\n    location / {\n      include ${dir}/headers.conf;\n    }`);
    expect(() => execFileSync('nginx', ['-t', '-q', '-p', dir, '-c', file], { stdio: 'pipe' })).not.toThrow();
    rmSync(dir, { recursive: true, force: true });
  });
});

/** One request over a Unix socket, returning the status and body. */
function request(socket: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const lines = ['GET / HTTP/1.1', 'Host: docs.test', 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return new Promise((resolve, reject) => {
    const client = connect(socket, () => client.write(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'));
    let data = '';
    client.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
    client.on('error', reject);
    client.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body });
    });
  });
}

describeWithTools(['nginx'], 'the generated negotiation maps, run by nginx', () => {
  let dir = '';
  let nginx: ChildProcess | undefined;
  const socket = () => path.join(dir, 'nginx.sock');

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
    const file = nginxConfig(dir, '    location = / { default_type text/plain; return 200 "$docs_locale"; }');
    nginx = spawn('nginx', ['-p', dir, '-c', file, '-g', 'daemon off;'], { stdio: 'ignore' });
    for (let i = 0; i < 200 && !existsSync(socket()); i++) await new Promise((r) => setTimeout(r, 25));
  });

  afterAll(() => {
    nginx?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const send = async (acceptLanguage: string | undefined, cookie: string | undefined) => {
    const headers: Record<string, string> = {};
    if (acceptLanguage !== undefined) headers['Accept-Language'] = acceptLanguage;
    if (cookie !== undefined) headers.Cookie = cookie;
    const response = await request(socket(), headers);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('decide every shared case as the Node.js proxy does', async () => {
    for (const c of NEGOTIATION_CASES) {
      expect(await send(c.acceptLanguage, cookieHeader(c)), c.name).toBe(c.expected);
    }
  });

  it('take the order as written where the Node.js proxy sorts by q-value (README)', async () => {
    for (const c of NODE_ONLY_CASES) {
      expect(await send(c.acceptLanguage, cookieHeader(c)), c.name).toBe(c.nginx);
    }
  });

  it('agree with the Node.js proxy on generated headers, in the order written', async () => {
    // A deterministic mix of tags, q-values and malformed entries, each
    // list sorted by q so that both readings of "first" are the same.
    const tags = ['es', 'es-MX', 'zh-TW', 'zh-Hant', 'zh', 'zh-yue', 'pt-PT', 'de;q=1e3', 'x-y', '*', 'ar-EG', 'ru-Latn', 'fr;level=1', 'uk', 'en-GB', ';', ''];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const list = Array.from({ length: 1 + (next() % 5) }, () => tags[next() % tags.length]).join(', ');
      const cookie = next() % 4 === 0 ? `NEXT_LOCALE=${['de', 'XX', 'Zh-hans'][next() % 3]}` : undefined;
      const node = negotiateLocale({ acceptLanguage: list, cookieHeader: cookie }, routing.locales, routing.defaultLocale);
      expect(await send(list, cookie), `${list} | ${cookie}`).toBe(node);
    }
  });
});
