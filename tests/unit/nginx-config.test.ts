import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { negotiationMaps, routeLocations } from '@/lib/nginx-config';
import { staticHeaders } from '@/lib/static-headers';
import { itWithTools } from './support/tools';

const site = {
  locales: ['en', 'es', 'pt-BR', 'zh-Hans'],
  defaultLocale: 'en',
  pages: ['/docs', '/docs/monitor/access-auth'],
  docsHome: '/docs',
  headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
  cacheControl: { negotiated: 'no-store', notFound: 'no-store', page: 'public, max-age=300' },
  notFoundPath: (l: string) => `/${l}/404/`,
  notFoundFile: (l: string) => `/${l}/404/index.html`,
  pagePath: (l: string, p: string) => `/${l}${p.replace(/\/+$/, '')}/`,
};

describe('the generated nginx configuration', () => {
  it('maps each language subtag to its locale', () => {
    const maps = negotiationMaps(site);
    expect(maps).toContain('"~*^pt(?:-|$)" pt-BR;');
    expect(maps).toContain('"~*^zh(?:-|$)" zh-Hans;');
    expect(maps).toContain('"~*^pt\\\\-BR$" pt-BR;');
  });

  it('refuses two locales that nginx could not tell apart', () => {
    expect(() => negotiationMaps({ ...site, locales: ['en', 'pt-BR', 'pt-PT'] })).toThrow(/pt-BR and pt-PT/);
  });

  it('redirects each page with and without its trailing slash, and hides the 404 pages', () => {
    const routes = routeLocations(site);
    expect(routes).toMatch(/location = \/docs\/monitor\/access-auth \{[^}]*return 307 \/\$docs_locale\/docs\/monitor\/access-auth\/\$is_args\$args;/);
    expect(routes).toMatch(/location = \/docs\/monitor\/access-auth\/ \{/);
    expect(routes).toMatch(/location \^~ \/zh-Hans\/404\/ \{\n\s+internal;/);
    expect(routes).toMatch(/location = \/pt-BR\/ \{[^}]*return 308 \/pt-BR\/docs\/;/);
  });

  itWithTools(['nginx'], 'is accepted by nginx -t', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
    const headers = staticHeaders([{ file: '/en/docs/index.html', scriptHashes: ['sha256-abc='] }]);
    writeFileSync(path.join(dir, 'locales.conf'), `${negotiationMaps(site)}${headers.nginxMap}`);
    writeFileSync(path.join(dir, 'routes.conf'), routeLocations(site));
    writeFileSync(path.join(dir, 'headers.conf'), headers.nginxInclude);
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  include ${dir}/locales.conf;\n  server {\n    listen 127.0.0.1:9;\n    root ${dir};\n    error_page 404 $docs_not_found;\n    include ${dir}/routes.conf;\n    location / {\n      include ${dir}/headers.conf;\n    }\n  }\n}\n`,
    );
    expect(() => execFileSync('nginx', ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'pipe' })).not.toThrow();
  });
});
