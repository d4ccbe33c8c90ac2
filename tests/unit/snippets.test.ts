import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { snippets } from '@/app/[locale]/docs/monitor/access-auth/snippets';

/**
 * Every snippet of the guide is checked with the tool it targets, so a
 * reader who pastes it gets a valid command or configuration. nginx and
 * caddy come from Debian packages that the test command installs.
 */

const tmp = () => mkdtempSync(path.join(tmpdir(), 'snippet-'));
const all = Object.entries(snippets);

function heredoc(code: string, target: string): string {
  const match = new RegExp(`cat > ${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} <<'EOF'\\n([\\s\\S]*?)\\nEOF`).exec(code);
  if (!match?.[1]) throw new Error(`no here-document for ${target}`);
  return `${match[1]}\n`;
}

describe('bash snippets', () => {
  const bash = all.filter(([, s]) => s.lang === 'bash');
  it('are all there', () => {
    expect(bash.map(([name]) => name)).toEqual(
      expect.arrayContaining(['login', 'loginTotp', 'generateToken', 'useToken', 'revokeToken', 'disableTotp', 'trustProxy', 'logrotate', 'resetAuthJson', 'checkToken']),
    );
  });

  it.each(bash)('%s parses as bash', (_, { code }) => {
    const file = path.join(tmp(), 'snippet.sh');
    writeFileSync(file, code);
    expect(() => execFileSync('bash', ['-n', file], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(bash)('%s sends well-formed JSON bodies', (_, { code }) => {
    for (const [, body] of code.matchAll(/-d '(\{[^']*\})'/g)) {
      expect(() => JSON.parse(body ?? '')).not.toThrow();
    }
  });

  it('the TOTP reset edits the key and nothing else', () => {
    const sed = /sed -i -E '([^']+)'/.exec(snippets.disableTotp.code)?.[1];
    expect(sed).toBeDefined();
    const file = path.join(tmp(), 'auth.json');
    writeFileSync(file, JSON.stringify({ enabled: true, totp_enabled: true, totp_secret: 'JBSWY3DPEHPK3PXP', username: 'admin' }, null, 2));
    execFileSync('sed', ['-i', '-E', sed ?? '', file]);
    const edited = JSON.parse(execFileSync('cat', [file]).toString());
    expect(edited).toEqual({ enabled: true, totp_enabled: false, totp_secret: 'JBSWY3DPEHPK3PXP', username: 'admin' });
  });

  it('the proxy drop-in is a valid systemd [Service] section', () => {
    const unit = heredoc(snippets.trustProxy.code, '/etc/systemd/system/proxmenux-monitor.service.d/trust-proxy.conf');
    expect(unit).toBe('[Service]\nEnvironment=PROXMENUX_TRUST_PROXY=1\n');
  });
});

describe('logrotate', () => {
  it('the rule passes logrotate --debug', () => {
    const dir = tmp();
    const rule = heredoc(snippets.logrotate.code, '/etc/logrotate.d/proxmenux-auth').replace('/var/log/proxmenux-auth.log', `${dir}/proxmenux-auth.log`);
    writeFileSync(`${dir}/proxmenux-auth.log`, 'line\n');
    writeFileSync(`${dir}/rule`, rule);
    const output = execFileSync('logrotate', ['--debug', '--state', `${dir}/state`, `${dir}/rule`], { stdio: 'pipe', encoding: 'utf8' });
    expect(output).not.toMatch(/error/i);
  });
});

describe('JSON snippets', () => {
  it.each(all.filter(([, s]) => s.lang === 'json'))('%s is valid JSON', (_, { code }) => {
    const value = JSON.parse(code);
    expect(value.success).toBe(true);
    expect(value.token).toMatch(/^eyJ[\w-]+\.\.\.$/);
  });
});

describe('nginx', () => {
  it('passes nginx -t', () => {
    const dir = tmp();
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=monitor.example.com', '-keyout', `${dir}/privkey.pem`, '-out', `${dir}/fullchain.pem`], { stdio: 'pipe' });
    const site = snippets.nginx.code.replaceAll('/etc/letsencrypt/live/monitor.example.com', dir);
    expect(site).not.toBe(snippets.nginx.code);
    writeFileSync(`${dir}/site.conf`, site);
    writeFileSync(
      `${dir}/nginx.conf`,
      `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  include ${dir}/site.conf;\n}\n`,
    );
    const output = execFileSync('nginx', ['-t', '-p', dir, '-c', `${dir}/nginx.conf`], { stdio: 'pipe', encoding: 'utf8' });
    expect(output).toBe('');
  });
});

describe('Caddy', () => {
  it('is a valid Caddyfile', () => {
    const file = path.join(tmp(), 'Caddyfile');
    writeFileSync(file, `${snippets.caddy.code}\n`);
    const output = execFileSync('caddy', ['validate', '--config', file, '--adapter', 'caddyfile'], { stdio: 'pipe', encoding: 'utf8' });
    expect(output).toContain('Valid configuration');
  });
});

describe('Traefik', () => {
  // Traefik is not packaged for Debian, so the file is checked against the
  // shape of its file provider's dynamic configuration instead.
  it('is a file-provider dynamic configuration with a TLS router and a URL service', () => {
    const doc = parseYaml(snippets.traefik.code);
    expect(Object.keys(doc)).toEqual(['http']);
    expect(Object.keys(doc.http).sort()).toEqual(['routers', 'services']);
    const router = doc.http.routers.proxmenux;
    expect(router).toEqual({
      rule: 'Host(`monitor.example.com`)',
      entryPoints: ['websecure'],
      service: 'proxmenux',
      tls: { certResolver: 'letsencrypt' },
    });
    const servers: { url: string }[] = doc.http.services[router.service].loadBalancer.servers;
    expect(servers).toHaveLength(1);
    const url = new URL(servers[0]?.url ?? '');
    expect([url.protocol, url.hostname, url.port]).toEqual(['http:', '192.0.2.10', '8008']);
  });

  it('shows how the static configuration loads it', () => {
    const lines = snippets.traefik.code.split('\n').filter((l) => l.startsWith('#'));
    const staticConfig = parseYaml(lines.map((l) => l.replace(/^# {0,3}/, '')).filter((l) => /^\s*[a-z]+:/.test(l)).join('\n'));
    expect(staticConfig).toEqual({ providers: { file: { directory: path.dirname(snippets.traefik.title) } } });
  });
});

describe('audit log sample', () => {
  it('uses the Monitor’s real line format', () => {
    for (const line of snippets.auditLog.code.split('\n')) {
      expect(line).toMatch(
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} proxmenux-auth: (authentication failure; rhost=\S+ user=\S+|login rate limit exceeded; rhost=\S+ retry_after=\d+s)$/,
      );
    }
  });
});

describe('every snippet', () => {
  it.each(all)('%s uses documentation addresses and no real secrets', (_, { code }) => {
    for (const ip of code.match(/\b\d{1,3}(\.\d{1,3}){3}\b/g) ?? []) {
      expect(ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^127\.0\.0\.1$/);
    }
    for (const host of code.match(/\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net)\b/g) ?? []) {
      expect(host).toMatch(/(^|\.)example\.(com|org|net)$/);
    }
    // Tokens are shown truncated, never as a full JWT.
    expect(code).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });

  it('the URL list holds only valid URLs', () => {
    const urls = snippets.reachingUrls.code.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(() => new URL(url)).not.toThrow();
  });
});
