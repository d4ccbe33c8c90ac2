import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { snippets } from '@/guides/access-auth/snippets';
import { describeWithTools } from './support/tools';

/**
 * Every snippet of the guide is checked with the tool it targets, so a
 * reader who pastes it gets a valid command or configuration. nginx, caddy,
 * nftables and systemd-analyze come from Debian packages that the test
 * command installs (scripts/install-test-tools.sh). Without them, outside CI,
 * the groups that need them are skipped and say which tool is missing.
 */

const tmp = () => mkdtempSync(path.join(tmpdir(), 'snippet-'));
const all = Object.entries(snippets);

/** An address a client sends to pose as someone else. */
const FORGED = '203.0.113.66';

function heredoc(code: string, target: string): string {
  const match = new RegExp(`cat > ${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} <<'EOF'\\n([\\s\\S]*?)\\nEOF`).exec(code);
  if (!match?.[1]) throw new Error(`no here-document for ${target}`);
  return `${match[1]}\n`;
}

describe('bash snippets', () => {
  const bash = all.filter(([, s]) => s.lang === 'bash');
  it('are all there', () => {
    expect(bash.map(([name]) => name)).toEqual(
      expect.arrayContaining(['login', 'loginTotp', 'generateToken', 'useToken', 'revokeToken', 'disableTotp', 'firewall', 'trustProxy', 'logrotate', 'resetAuthJson', 'checkToken']),
    );
  });

  it.each(bash)('%s works pasted alone: it sets every variable it uses before using it', (_, { code }) => {
    // Quoted here-documents and single-quoted strings are not expanded.
    const lines = code.replace(/<<'EOF'\n[\s\S]*?\nEOF/g, '').replace(/'[^'\n]*'/g, "''").split('\n');
    const defined = new Set<string>();
    for (const line of lines.filter((l) => !l.trimStart().startsWith('#'))) {
      for (const [, name] of line.matchAll(/\$\{?([A-Za-z_]\w*)/g)) expect(defined, `$${name} is used before it is set`).toContain(name);
      const assignment = /^([A-Za-z_]\w*)=/.exec(line);
      if (assignment?.[1]) defined.add(assignment[1]);
    }
  });

  it('the token check prints the HTTP status, which -s would otherwise hide', () => {
    expect(snippets.checkToken.code).toContain(`-w '%{http_code}\\n'`);
    const file = path.join(tmp(), 'check.sh');
    // The format string reaches curl as %{http_code} plus a newline escape.
    writeFileSync(file, `curl() { printf '%s\\n' "$@"; }\n${snippets.checkToken.code.replace('| jq .', '')}`);
    const args = execFileSync('bash', [file], { encoding: 'utf8' }).split('\n');
    expect(args).toContain('%{http_code}\\n');
  });

  it('the full reset deletes auth.json only once the backup exists, and warns about the open setup', () => {
    const [warning, ...rest] = snippets.resetAuthJson.code.split('\n');
    expect(warning).toMatch(/^# .*port 8008/);
    expect(rest.join('\n')).toMatch(/cp -p (\S+) \S+ && rm \1\n/);
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

describeWithTools(['logrotate'], 'logrotate', () => {
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

// ---- Live proxies: what reaches the Monitor when a client forges its address --

const processes: ChildProcess[] = [];
const servers: { close(): void }[] = [];
afterEach(() => {
  for (const child of processes.splice(0)) child.kill();
  for (const server of servers.splice(0)) server.close();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type Seen = { method: string; url: string; headers: IncomingHttpHeaders };

/**
 * Plays the Monitor on a free port: answers every request with 200, accepts
 * WebSocket upgrades (and echoes what it then receives), and remembers each
 * request it got.
 */
async function fakeMonitor(): Promise<{ port: number; seen: Seen[]; headers: () => IncomingHttpHeaders | undefined }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.setHeader('Content-Type', 'application/json');
    res.end('{"from":"monitor"}');
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
    socket.on('data', (chunk) => socket.write(chunk));
    socket.on('error', () => socket.destroy());
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, seen, headers: () => seen.at(-1)?.headers };
}

/** Where a proxy under test listens: plain HTTP or TLS, and the host name it serves. */
type Front = { port: number; tls: boolean; host: string };

/** One request through the proxy; resolves with the status and the body. */
function send(front: Front, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string }> {
  const options = { host: '127.0.0.1', port: front.port, method, path, headers: { Host: front.host, ...headers }, servername: front.host, rejectUnauthorized: false };
  return new Promise((resolve, reject) => {
    const req = (front.tls ? httpsRequest : httpRequest)(options, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A WebSocket handshake through the proxy; resolves with the status and what came back for a message sent after it. */
function upgrade(front: Front, path: string): Promise<{ status: number; echo?: string }> {
  const options = {
    host: '127.0.0.1',
    port: front.port,
    path,
    headers: { Host: front.host, Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' },
    servername: front.host,
    rejectUnauthorized: false,
  };
  return new Promise((resolve, reject) => {
    const req = (front.tls ? httpsRequest : httpRequest)(options);
    req.on('upgrade', (res, socket) => {
      socket.once('data', (chunk: Buffer) => {
        resolve({ status: res.statusCode ?? 0, echo: chunk.toString() });
        socket.destroy();
      });
      socket.write('ping');
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The webhook, as a client could spell it: the route itself, with a query, and percent-encoded. */
const WEBHOOK_SPELLINGS = ['/api/notifications/webhook', '/api/notifications/webhook?source=pve', '/api/notifications/%77ebhook'];
const WEBHOOK = '/api/notifications/webhook';
/** Whether the Monitor would run its webhook for a request it received at this URL (Flask decodes the path; the query does not count). */
const isWebhook = (url: string) => decodeURIComponent(url.split('?')[0] ?? '') === WEBHOOK;
const FORGED_NOTIFICATION = JSON.stringify({ title: 'Backup failed', message: 'forged', severity: 'critical' });

/**
 * What a same-host proxy example must do, checked against a stand-in for
 * the Monitor: refuse the notification webhook with 403 however it is
 * spelled, and pass everything else through, WebSocket upgrades included.
 */
async function expectWebhookRefused(front: Front, monitor: Awaited<ReturnType<typeof fakeMonitor>>): Promise<void> {
  for (const path of WEBHOOK_SPELLINGS) {
    const response = await send(front, 'POST', path, { 'Content-Type': 'application/json' }, FORGED_NOTIFICATION);
    expect(response.status, `POST ${path}`).toBe(403);
  }
  expect(monitor.seen.filter((r) => isWebhook(r.url)).map((r) => `${r.method} ${r.url}`)).toEqual([]);

  // The rest still reaches the Monitor: a page, the API (a POST too), the terminal.
  for (const [method, path] of [['GET', '/'], ['GET', '/api/auth/status'], ['POST', '/api/auth/login'], ['POST', '/api/notifications/test']] as const) {
    const response = await send(front, method, path, { 'Content-Type': 'application/json' }, method === 'POST' ? '{}' : undefined);
    expect([response.status, response.body], `${method} ${path}`).toEqual([200, '{"from":"monitor"}']);
  }
  expect(await upgrade(front, '/ws/terminal')).toEqual({ status: 101, echo: 'ping' });
  expect(monitor.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /', 'GET /api/auth/status', 'POST /api/auth/login', 'POST /api/notifications/test', 'GET /ws/terminal']);
}

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  processes.push(child);
  return child;
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`port ${port} never opened: ${stderr}`);
}

describeWithTools(['nginx', 'openssl'], 'nginx', () => {
  function site(dir: string): string {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=monitor.example.com', '-keyout', `${dir}/privkey.pem`, '-out', `${dir}/fullchain.pem`], { stdio: 'pipe' });
    const conf = snippets.nginx.code.replaceAll('/etc/letsencrypt/live/monitor.example.com', dir);
    expect(conf).not.toBe(snippets.nginx.code);
    return conf;
  }

  function nginxConf(dir: string): string {
    return `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  fastcgi_temp_path ${dir};\n  uwsgi_temp_path ${dir};\n  scgi_temp_path ${dir};\n  include ${dir}/site.conf;\n}\n`;
  }

  it('passes nginx -t', () => {
    const dir = tmp();
    writeFileSync(`${dir}/site.conf`, site(dir));
    writeFileSync(`${dir}/nginx.conf`, nginxConf(dir));
    const output = execFileSync('nginx', ['-t', '-p', dir, '-c', `${dir}/nginx.conf`], { stdio: 'pipe', encoding: 'utf8' });
    expect(output).toBe('');
  });

  it('overwrites X-Forwarded-For instead of appending to it', () => {
    const headers = [...snippets.nginx.code.matchAll(/^\s*proxy_set_header\s+(\S+)\s+(.+);$/gm)].map(([, name, value]) => [name, value]);
    expect(headers).toContainEqual(['X-Forwarded-For', '$remote_addr']);
    expect(headers).toContainEqual(['X-Real-IP', '$remote_addr']);
    expect(snippets.nginx.code).not.toMatch(/^\s*proxy_set_header.*\$proxy_add_x_forwarded_for/m);
  });

  /** Runs the site in nginx in front of a stand-in Monitor, on free ports of 127.0.0.1. */
  async function runNginx(edit: (conf: string) => string = (conf) => conf) {
    const dir = tmp();
    const monitor = await fakeMonitor();
    const [http, https] = [await freePort(), await freePort()];
    const conf = edit(site(dir))
      .replace(/^\s*listen \[::\]:\d+.*\n/gm, '')
      .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${http};`)
      .replace(/^(\s*)listen 443 /m, `$1listen 127.0.0.1:${https} `)
      .replace('proxy_pass http://127.0.0.1:8008;', `proxy_pass http://127.0.0.1:${monitor.port};`);
    expect(conf).toContain(`127.0.0.1:${monitor.port}`);
    writeFileSync(`${dir}/site.conf`, conf);
    writeFileSync(`${dir}/nginx.conf`, nginxConf(dir));
    await waitForPort(https, start('nginx', ['-p', dir, '-c', `${dir}/nginx.conf`, '-g', 'daemon off; master_process off;']));
    return { monitor, front: { port: https, tls: true, host: 'monitor.example.com' } satisfies Front };
  }

  /** Runs the site in nginx, sends a request with a forged address, returns what the Monitor got. */
  async function forwarded(edit?: (conf: string) => string): Promise<IncomingHttpHeaders | undefined> {
    const { monitor, front } = await runNginx(edit);
    await send(front, 'GET', '/api/auth/status', { 'X-Forwarded-For': FORGED, 'X-Real-IP': FORGED });
    return monitor.headers();
  }

  it('refuses the notification webhook with 403 and passes the rest, WebSocket upgrades included', { timeout: 30_000 }, async () => {
    const { monitor, front } = await runNginx();
    await expectWebhookRefused(front, monitor);
  });

  it('would let a forged notification through without its webhook block (the check above can fail)', { timeout: 30_000 }, async () => {
    const withoutBlock = (conf: string) => conf.replace(/^\s*location = \/api\/notifications\/webhook \{[^}]*\}\n/m, '');
    const { monitor, front } = await runNginx((conf) => {
      expect(withoutBlock(conf)).not.toBe(conf);
      return withoutBlock(conf);
    });
    expect((await send(front, 'POST', WEBHOOK, { 'Content-Type': 'application/json' }, FORGED_NOTIFICATION)).status).toBe(200);
    expect(monitor.seen.map((r) => `${r.method} ${r.url}`)).toEqual([`POST ${WEBHOOK}`]);
  });

  it('passes the real client address upstream, whatever X-Forwarded-For the client sends', { timeout: 20_000 }, async () => {
    const headers = await forwarded();
    expect(headers?.['x-forwarded-for']).toBe('127.0.0.1');
    expect(headers?.['x-real-ip']).toBe('127.0.0.1');
  });

  it('would pass the forged address first with $proxy_add_x_forwarded_for (the check above can fail)', { timeout: 20_000 }, async () => {
    const headers = await forwarded((conf) => conf.replace('X-Forwarded-For $remote_addr;', 'X-Forwarded-For $proxy_add_x_forwarded_for;'));
    expect(headers?.['x-forwarded-for']).toBe(`${FORGED}, 127.0.0.1`);
  });

  it('gives a valid upstream line for when the Monitor’s built-in HTTPS is on', () => {
    const line = /# With the Monitor's built-in HTTPS on: (proxy_pass https:\/\/127\.0\.0\.1:8008;)$/m.exec(snippets.nginx.code)?.[1];
    expect(line).toBeDefined();
    const dir = tmp();
    writeFileSync(`${dir}/site.conf`, site(dir).replace('proxy_pass http://127.0.0.1:8008;', line ?? ''));
    writeFileSync(`${dir}/nginx.conf`, nginxConf(dir));
    expect(() => execFileSync('nginx', ['-t', '-p', dir, '-c', `${dir}/nginx.conf`], { stdio: 'pipe' })).not.toThrow();
  });
});

describeWithTools(['caddy'], 'Caddy', () => {
  it('is a valid Caddyfile', () => {
    const file = path.join(tmp(), 'Caddyfile');
    writeFileSync(file, `${snippets.caddy.code}\n`);
    const output = execFileSync('caddy', ['validate', '--config', file, '--adapter', 'caddyfile'], { stdio: 'pipe', encoding: 'utf8' });
    expect(output).toContain('Valid configuration');
  });

  it('trusts no client’s forwarded headers', () => {
    const file = path.join(tmp(), 'Caddyfile');
    writeFileSync(file, `${snippets.caddy.code}\n`);
    const json = execFileSync('caddy', ['adapt', '--config', file, '--adapter', 'caddyfile'], { stdio: 'pipe', encoding: 'utf8' });
    expect(json).not.toMatch(/trusted_proxies/);
    expect(json).not.toMatch(/X-Forwarded-For/i);
  });

  /** Runs the Caddyfile's site on plain HTTP (no certificates) in front of a stand-in Monitor. */
  async function runCaddy(edit: (site: string) => string = (site) => site) {
    const dir = tmp();
    const monitor = await fakeMonitor();
    const port = await freePort();
    const file = path.join(dir, 'Caddyfile');
    const site = edit(snippets.caddy.code).replace('monitor.example.com {', `http://127.0.0.1:${port} {`).replace('127.0.0.1:8008', `127.0.0.1:${monitor.port}`);
    expect(site).toContain(`127.0.0.1:${monitor.port}`);
    // No admin endpoint and no certificates: only the site block under test.
    writeFileSync(file, `{\n\tadmin off\n\tauto_https off\n}\n${site}\n`);
    const env = { HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
    await waitForPort(port, start('caddy', ['run', '--config', file, '--adapter', 'caddyfile'], env));
    return { monitor, front: { port, tls: false, host: `127.0.0.1:${port}` } satisfies Front };
  }

  it('passes the real client address upstream, whatever X-Forwarded-For the client sends', { timeout: 20_000 }, async () => {
    const { monitor, front } = await runCaddy();
    await send(front, 'GET', '/api/auth/status', { 'X-Forwarded-For': FORGED, 'X-Real-IP': FORGED });
    expect(monitor.headers()?.['x-forwarded-for']).toBe('127.0.0.1');
    expect(monitor.headers()?.['x-real-ip']).toBe('127.0.0.1');
  });

  it('refuses the notification webhook with 403 and passes the rest, WebSocket upgrades included', { timeout: 30_000 }, async () => {
    const { monitor, front } = await runCaddy();
    await expectWebhookRefused(front, monitor);
  });

  it('would let a forged notification through without its webhook block (the check above can fail)', { timeout: 30_000 }, async () => {
    const withoutBlock = (site: string) => site.replace(/^\s*respond \/api\/notifications\/webhook 403\n/m, '');
    expect(withoutBlock(snippets.caddy.code)).not.toBe(snippets.caddy.code);
    const { monitor, front } = await runCaddy(withoutBlock);
    expect((await send(front, 'POST', WEBHOOK, { 'Content-Type': 'application/json' }, FORGED_NOTIFICATION)).status).toBe(200);
    expect(monitor.seen.map((r) => `${r.method} ${r.url}`)).toEqual([`POST ${WEBHOOK}`]);
  });
});

describe('Traefik', () => {
  // Traefik is not packaged for Debian, so the file is checked against the
  // shape of its file provider's dynamic configuration instead.
  const doc = parseYaml(snippets.traefik.code);
  const routers = doc.http.routers;

  it('is a file-provider dynamic configuration: TLS routers, a middleware, a service and its servers transport', () => {
    expect(Object.keys(doc)).toEqual(['http']);
    expect(Object.keys(doc.http).sort()).toEqual(['middlewares', 'routers', 'serversTransports', 'services']);
    expect(routers.proxmenux).toEqual({
      rule: 'Host(`monitor.example.com`)',
      entryPoints: ['websecure'],
      service: 'proxmenux',
      tls: { certResolver: 'letsencrypt' },
    });
  });

  it('reaches the Monitor over HTTPS, trusting the Proxmox CA, never in clear text across the LAN', () => {
    const balancer = doc.http.services[routers.proxmenux.service].loadBalancer;
    const servers: { url: string }[] = balancer.servers;
    expect(servers).toHaveLength(1);
    const url = new URL(servers[0]?.url ?? '');
    expect([url.protocol, url.hostname, url.port]).toEqual(['https:', '192.0.2.10', '8008']);
    expect(doc.http.serversTransports[balancer.serversTransport]).toEqual({ rootCAs: ['/etc/traefik/pve-root-ca.pem'] });
    expect(snippets.traefik.code).toContain('copied from /etc/pve/pve-root-ca.pem');
  });

  it('refuses the notification webhook with 403, before the main router', () => {
    const webhook = routers['proxmenux-webhook'];
    // Same host, entry point and TLS as the main router, narrowed to the webhook's path.
    expect(webhook.rule).toBe(`${routers.proxmenux.rule} && Path(\`/api/notifications/webhook\`)`);
    expect([webhook.entryPoints, webhook.tls, webhook.service]).toEqual([routers.proxmenux.entryPoints, routers.proxmenux.tls, routers.proxmenux.service]);
    // Without a priority of its own, a router ranks by the length of its rule, longest first.
    expect([webhook.priority, routers.proxmenux.priority]).toEqual([undefined, undefined]);
    expect(webhook.rule.length).toBeGreaterThan(routers.proxmenux.rule.length);
    // The middleware lets no client through: an allow-list of an address no
    // request comes from, with the default rejection status, 403.
    expect(webhook.middlewares).toHaveLength(1);
    const refuse = doc.http.middlewares[webhook.middlewares[0]];
    expect(refuse).toEqual({ ipAllowList: { sourceRange: ['0.0.0.0/32'] } });
  });

  it('does not tell Traefik to trust forwarded headers', () => {
    const config = snippets.traefik.code
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('#'))
      .join('\n');
    expect(config).not.toMatch(/forwardedHeaders|insecure|trustedIPs|insecureSkipVerify/i);
  });

  it('shows how the static configuration loads it', () => {
    const lines = snippets.traefik.code.split('\n').filter((l) => l.startsWith('#'));
    const staticConfig = parseYaml(lines.map((l) => l.replace(/^# {0,3}/, '')).filter((l) => /^\s*[a-z]+:/.test(l)).join('\n'));
    expect(staticConfig).toEqual({ providers: { file: { directory: path.dirname(snippets.traefik.file) } } });
  });
});

describeWithTools(['nft', 'unshare', 'ip', 'nsenter', 'systemd-analyze'], 'nftables firewall for port 8008', () => {
  const rules = heredoc(snippets.firewall.code, '/etc/proxmenux-monitor-firewall.nft');
  const unit = heredoc(snippets.firewall.code, '/etc/systemd/system/proxmenux-monitor-firewall.service');
  const setting = (key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => m[1]);

  function rulesFile(text = rules): string {
    const file = path.join(tmp(), 'rules.nft');
    writeFileSync(file, text);
    return file;
  }

  // nft needs a netlink socket even to check a file, so every nft call runs in
  // a private network namespace of an unprivileged user namespace
  // (unshare -rn): it works without root and never touches this machine's firewall.
  const nft = (...args: string[]) => execFileSync('unshare', ['-rn', 'nft', ...args], { stdio: 'pipe', encoding: 'utf8' });

  it('passes nft -c', () => {
    expect(() => nft('-c', '-f', rulesFile())).not.toThrow();
  });

  it('nft -c rejects a broken file, so the check above means something', () => {
    expect(() => nft('-c', '-f', rulesFile(rules.replace('counter drop', 'counter dorp')))).toThrow();
  });

  it('replaces only its own table, never the whole ruleset', () => {
    expect(rules).not.toMatch(/flush\s+ruleset/);
    const tables = [...rules.matchAll(/^(?:(delete)\s+)?table\s+(\S+)\s+(\S+)/gm)].map(([, del, family, name]) => `${del ?? 'add'} ${family} ${name}`);
    expect(tables).toEqual(['add inet proxmenux_monitor', 'delete inet proxmenux_monitor', 'add inet proxmenux_monitor']);
  });

  it('filters nothing but TCP port 8008, and accepts everything else', () => {
    const chain = /chain input \{\n([\s\S]*?)\n\t\}/.exec(rules)?.[1] ?? '';
    const [hook, ...statements] = chain.split('\n').map((l) => l.trim());
    expect(hook).toMatch(/^type filter hook input priority .*; policy accept;$/);
    expect(statements).toHaveLength(3);
    for (const statement of statements) expect(statement).toMatch(/^tcp dport 8008 /);
    expect(statements.at(-1)).toMatch(/ drop$/);
  });

  it('lets the proxy and loopback through, drops strangers on IPv4 and IPv6, and leaves SSH and port 8006 open', { timeout: 30_000 }, () => {
    const remove = setting('ExecStop')[0]?.replace(/^-/, '') ?? '';
    const probe = path.resolve('tests/unit/support/firewall-probe.sh');
    const output = execFileSync('unshare', ['-rn', 'bash', probe, rulesFile(), remove], { encoding: 'utf8' });
    const result = Object.fromEntries(output.trim().split('\n').map((line) => line.split('=')));
    expect(result).toEqual({
      'loopback-8008': 'reached',
      'loopback6-8008': 'reached',
      'proxy-8008': 'reached',
      'stranger-8008': 'dropped',
      'stranger6-8008': 'dropped',
      'stranger-22': 'reached',
      'stranger-8006': 'reached',
      'stranger6-8006': 'reached',
      // Loaded twice, still three rules: loading replaces the table.
      rules: '3',
      // The unit's ExecStop removes them all.
      left: '0',
    });
  });

  it('the probe tells a closed port from an open one', { timeout: 30_000 }, () => {
    // Control: without the rules, the stranger reaches port 8008.
    const probe = path.resolve('tests/unit/support/firewall-probe.sh');
    const output = execFileSync('unshare', ['-rn', 'bash', probe, rulesFile('table inet proxmenux_monitor {}\n'), 'true'], { encoding: 'utf8' });
    expect(output).toContain('stranger-8008=reached');
    expect(output).toContain('rules=0');
  });

  it('is loaded at boot by a valid systemd unit, before the Monitor starts', () => {
    const file = path.join(tmp(), 'proxmenux-monitor-firewall.service');
    writeFileSync(file, unit);
    const verify = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(setting('Before')).toEqual(['proxmenux-monitor.service']);
    expect(setting('ExecStart')).toEqual(['/usr/sbin/nft -f /etc/proxmenux-monitor-firewall.nft']);
    expect(setting('ExecStop')).toEqual(['-/usr/sbin/nft delete table inet proxmenux_monitor']);
    expect(setting('WantedBy')).toEqual(['multi-user.target']);
  });

  it('reloads the rules when pasted again: restart, not just start', () => {
    expect(snippets.firewall.code).toMatch(/^systemctl restart proxmenux-monitor-firewall\.service$/m);
    expect(snippets.firewall.code).not.toMatch(/enable --now/);
  });
});

describe('audit log sample', () => {
  const lines = snippets.auditLog.code.split('\n');

  it('uses the Monitor’s real line format', () => {
    for (const line of lines) {
      expect(line).toMatch(
        /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} proxmenux-auth: (authentication failure; rhost=\S+ user=\S+|login rate limit exceeded; rhost=\S+ retry_after=\d+s)$/,
      );
    }
  });

  it('shows a direct IPv4 client the way a socket bound to :: reports it', () => {
    for (const line of lines) expect(line).toMatch(/ rhost=::ffff:192\.0\.2\.\d+ /);
  });

  it('hits the rate limit as the Monitor does: a sixth attempt within 5 minutes, told to wait until the oldest leaves the window', () => {
    // _LoginRateLimiter: 5 attempts per address in a sliding 300 s window;
    // retry_after = int(300 - (now - oldest attempt in the window)).
    const time = (line: string) => Date.parse(`${line.slice(0, 19).replace(' ', 'T')}.${line.slice(20, 23)}Z`) / 1000;
    const attempts = lines.filter((l) => l.includes('authentication failure')).map(time);
    const limited = lines.filter((l) => l.includes('rate limit exceeded'));
    expect(attempts).toHaveLength(5);
    expect(limited).toHaveLength(1);
    const now = time(limited[0] ?? '');
    const window = attempts.filter((t) => t >= now - 300);
    expect(window).toHaveLength(5);
    const retryAfter = Number(/retry_after=(\d+)s/.exec(limited[0] ?? '')?.[1]);
    expect(retryAfter).toBe(Math.max(1, Math.trunc(300 - (now - Math.min(...window)))));
  });
});

describe('every snippet', () => {
  it.each(all)('%s uses documentation addresses and no real secrets', (_, { code }) => {
    for (const ip of code.match(/\b\d{1,3}(\.\d{1,3}){3}\b/g) ?? []) {
      // Documentation ranges, loopback, and 0.0.0.0, which is nobody's address
      // (the Traefik example's allow-list that admits no client).
      expect(ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^127\.0\.0\.1$|^0\.0\.0\.0$/);
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
