import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Environment } from 'minijinja-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseDocument } from 'yaml';
import { document } from '@/guides/integrations/document';
import { snippets } from '@/guides/integrations/snippets';
import { VALUES } from '@/guides/integrations/values';
import { HEALTHY, HEALTH_FULL, PROMETHEUS, SYSTEM, VMS, apiToken, startMonitorStub, type MonitorStub } from './support/monitor-stub';
import { describeWithTools } from './support/tools';

/**
 * Every snippet of the Integrations guide, checked by the tool it targets.
 * The shell snippets run as written against a stand-in for the Monitor's API
 * (support/monitor-stub.ts), with only the documentation address replaced
 * by the stand-in's, so their curl calls and jq filters are proven on the
 * Monitor's real field names and replies. The configuration files for Home
 * Assistant, Homepage, Prometheus and Grafana (none of which is packaged for
 * Debian) are parsed and checked against the keys each tool documents, and
 * Home Assistant's templates are rendered by a Jinja engine on the replies.
 * curl, jq, shellcheck, openssl and systemd-analyze come from Debian packages
 * (scripts/install-test-tools.sh); without them, outside CI, the groups that
 * need them are skipped and say which tool is missing.
 */

const all = Object.entries(snippets);
const bash = all.filter(([, s]) => s.lang === 'bash');
const yamlSnippets = all.filter(([, s]) => s.lang === 'yaml');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'integrations-'));

/** The documentation address of the examples, replaced by the stand-in's. */
const MONITOR = `http://${VALUES.exampleIp}:8008`;
const HEADER_PATH = '.config/proxmenux/api-token.header';

type Result = { code: number; stdout: string; stderr: string };

/** Runs a snippet with bash, without blocking the stand-in server in this process. */
function run(code: string, options: { home?: string; cwd?: string; input?: string } = {}): Promise<Result> {
  const file = path.join(tmp(), 'snippet.sh');
  writeFileSync(file, code);
  return shell(['bash', file], options);
}

function shell(argv: string[], options: { home?: string; cwd?: string; input?: string } = {}): Promise<Result> {
  return new Promise((resolve) => {
    const [command = 'bash', ...args] = argv;
    const child = execFile(
      command,
      args,
      { cwd: options.cwd, env: { ...process.env, HOME: options.home ?? tmp(), LC_ALL: 'C.UTF-8' }, encoding: 'utf8', timeout: 15_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** The snippet as a reader pastes it, pointed at the stand-in. */
const against = (code: string, stub: MonitorStub) => {
  expect(code).toContain(`MONITOR=${MONITOR}`);
  return code.replace(`MONITOR=${MONITOR}`, `MONITOR=${stub.url}`);
};

/** The header file the guide's first snippet writes, as saveToken leaves it. */
function homeWithToken(token: string): string {
  const home = tmp();
  mkdirSync(path.join(home, path.dirname(HEADER_PATH)), { recursive: true });
  writeFileSync(path.join(home, HEADER_PATH), `Authorization: Bearer ${token}\n`, { mode: 0o600 });
  return home;
}

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

// ---- Shell snippets, without running them ----------------------------------------

describe('shell snippets', () => {
  it.each(bash)('%s parses as bash', (_, { code }) => {
    const file = path.join(tmp(), 'snippet.sh');
    writeFileSync(file, code);
    expect(() => execFileSync('bash', ['-n', file], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(bash)('%s works pasted alone: it sets every variable it uses (but HOME) before using it', (_, { code }) => {
    // Quoted here-documents, single-quoted strings (jq programs span lines) and comments are not expanded.
    const expanded = code
      .replace(/<<'EOF'\n[\s\S]*?\nEOF/g, '')
      .replace(/'[^']*'/g, "''")
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'));
    const defined = new Set(['HOME']);
    for (const line of expanded) {
      for (const [, name] of line.replace(/#[^"']*$/, '').matchAll(/\$\{?([A-Za-z_]\w*)/g)) expect(defined, `$${name} is used before it is set`).toContain(name);
      for (const [, name] of line.matchAll(/(?:^|\s)([A-Za-z_]\w*)=/g)) if (name) defined.add(name);
      // read -rsp 'prompt' NAME sets NAME.
      for (const [, name] of line.matchAll(/\bread -\w+ '' ([A-Za-z_]\w*)/g)) if (name) defined.add(name);
    }
  });

  it.each(bash)('%s never puts a token on a command line, where the process list shows it', (_, { code }) => {
    expect(code).not.toMatch(/-H\s+["']?Authorization/);
    expect(code).not.toMatch(/Bearer \$/);
  });

  it.each(bash)('%s sends well-formed JSON bodies', (_, { code }) => {
    for (const [, body] of code.matchAll(/-d '(\{[^']*\})'/g)) expect(() => JSON.parse(body ?? '')).not.toThrow();
  });
});

describeWithTools(['shellcheck'], 'shellcheck', () => {
  it.each(bash)('%s passes shellcheck', (_, { code }) => {
    const file = path.join(tmp(), 'snippet.sh');
    writeFileSync(file, code);
    const result = execFileSync('shellcheck', ['--shell=bash', '--format=gcc', file], { encoding: 'utf8', stdio: 'pipe' });
    expect(result).toBe('');
  });

  it('catches a variable that is used but never set, so the check above means something', () => {
    const file = path.join(tmp(), 'snippet.sh');
    writeFileSync(file, snippets.checkToken.code.replace('"$HEADER_FILE" "$MONITOR/api/system" |', '"$HEADER_FILE" "$MONITOR/api/sytem$suffix" |'));
    const result = spawnSync('shellcheck', ['--shell=bash', '--format=gcc', file], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/suffix is referenced but not assigned/);
  });
});

// ---- Shell snippets, run against the stand-in ------------------------------------

describeWithTools(['curl', 'jq'], 'scripts against a stand-in Monitor', () => {
  const now = Math.floor(Date.now() / 1000);
  const issuedAt = now - 30 * 86400;
  const token = apiToken('Home Assistant', issuedAt);
  let stub: MonitorStub;
  beforeAll(async () => {
    stub = await startMonitorStub({ tokens: [{ name: 'Home Assistant', token, issuedAt }] });
  });
  afterAll(() => stub.close());

  it('saveToken writes the header file, readable by its owner only, from a token typed at the prompt', async () => {
    const home = tmp();
    const result = await run(snippets.saveToken.code, { home, input: `${token}\n` });
    expect(result.code).toBe(0);
    const file = path.join(home, HEADER_PATH);
    expect(readFileSync(file, 'utf8')).toBe(`Authorization: Bearer ${token}\n`);
    expect(mode(file)).toBe('600');
    expect(result.stdout).toMatch(/^-rw------- /m);
    // A file left readable by an earlier attempt is closed too.
    writeFileSync(file, 'old\n', { mode: 0o644 });
    await run(snippets.saveToken.code, { home, input: `${token}\n` });
    expect(mode(file)).toBe('600');
  });

  it('saveToken pasted whole reads the token, not the next pasted line, thanks to its braces', async () => {
    // A paste reaches the shell as one stream: the snippet, then what is typed at the prompt.
    const paste = async (code: string) => {
      const home = tmp();
      await shell(['bash'], { home, input: `${code}\n${token}\n` });
      const file = path.join(home, HEADER_PATH);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    };
    expect(await paste(snippets.saveToken.code)).toBe(`Authorization: Bearer ${token}\n`);
    // Without the braces, read would take the next line of the paste as the token, and no header file would hold it.
    const unbraced = snippets.saveToken.code.replace(/^\{\n/m, '').replace(/\n\}$/, '');
    expect(unbraced).not.toBe(snippets.saveToken.code);
    expect(await paste(unbraced)).toBeUndefined();
  });

  it('checkToken prints 200 and "accepted" for a token the Monitor issued', async () => {
    const result = await run(against(snippets.checkToken.code, stub), { home: homeWithToken(token) });
    expect(result.stdout).toBe('200\naccepted\n');
    // The token travelled in the header, as the Monitor wants it.
    expect(stub.requests.at(-1)?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('checkToken prints 401 and the reason for a token from another Monitor', async () => {
    const foreign = apiToken('Home Assistant', issuedAt + 1);
    const result = await run(against(snippets.checkToken.code, stub), { home: homeWithToken(foreign) });
    expect(result.stdout).toBe('401\nInvalid or expired token\n');
  });

  it('without the header the Monitor answers 401 "Authentication required"', async () => {
    const home = homeWithToken(token);
    writeFileSync(path.join(home, HEADER_PATH), '');
    const result = await run(against(snippets.checkToken.code, stub), { home });
    expect(result.stdout).toBe('401\nAuthentication required\n');
  });

  it('checkToken says so when Fail2Ban has banned the address', async () => {
    const banned = await startMonitorStub({ tokens: [{ name: 'Home Assistant', token, issuedAt }], banned: true });
    try {
      const result = await run(against(snippets.checkToken.code, banned), { home: homeWithToken(token) });
      expect(result.stdout).toBe(`403\n${VALUES.replyBanned}\n`);
    } finally {
      await banned.close();
    }
  });

  it('systemSummary reads the real field names of /api/system', async () => {
    const result = await run(against(snippets.systemSummary.code, stub), { home: homeWithToken(token) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      host: 'pve1',
      cpu_percent: 12.4,
      memory_percent: 61.8,
      memory_gib: '38.8 of 62.7',
      temperature_c: 47.5,
      load_1m: 0.42,
      uptime: '12 days, 3:04:05',
      pending_updates: 12,
    });
  });

  describe('healthCheck', () => {
    it('prints the verdict and exits 1 when the host is not healthy, without sending a token', async () => {
      const before = stub.requests.length;
      const result = await run(against(snippets.healthCheck.code, stub));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('warning: Updates: 12 updates pending\n');
      expect(stub.requests.slice(before).map((r) => [r.path, r.headers.authorization])).toEqual([['/api/system-info', undefined]]);
    });

    it('prints the verdict and exits 0 when the host is healthy', async () => {
      const healthy = await startMonitorStub({ tokens: [], health: HEALTHY });
      try {
        const result = await run(against(snippets.healthCheck.code, healthy));
        expect(result).toMatchObject({ code: 0, stdout: 'healthy: All systems operational\n' });
      } finally {
        await healthy.close();
      }
    });

    it('fails when the Monitor does not answer', async () => {
      const gone = await startMonitorStub({ tokens: [] });
      await gone.close();
      const result = await run(against(snippets.healthCheck.code, gone));
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
    });
  });

  it('guests lists each guest of the node, then counts them', async () => {
    const result = await run(against(snippets.guests.code, stub), { home: homeWithToken(token) });
    expect(result.code).toBe(0);
    const [tsv, counts] = [result.stdout.slice(0, result.stdout.indexOf('{')), result.stdout.slice(result.stdout.indexOf('{'))];
    expect(tsv).toBe(VMS.map((vm) => `${vm.vmid}\t${vm.type}\t${vm.status}\t${vm.name}\n`).join(''));
    expect(JSON.parse(counts)).toEqual({ total: 3, running: 2, stopped: 1 });
  });

  it('tokenExpiry reads the expiry dates the Monitor writes, microseconds and all', async () => {
    const result = await run(against(snippets.tokenExpiry.code, stub), { home: homeWithToken(token) });
    expect(result.code).toBe(0);
    const expires = issuedAt + 365 * 86400;
    const days = Math.floor((expires - now) / 86400);
    expect(result.stdout).toMatch(new RegExp(`^Home Assistant\\t${new Date(expires * 1000).toISOString().slice(0, 10)}\\t(${days}|${days - 1}) days left\\n$`));
  });

  it('tokenExpiry reports the 401 of the token routes, which refuse a lower-case "bearer"', async () => {
    const home = homeWithToken(token);
    writeFileSync(path.join(home, HEADER_PATH), `Authorization: bearer ${token}\n`);
    const result = await run(against(snippets.tokenExpiry.code, stub), { home });
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/curl: \(22\).* 401/);
  });

  it.each(['Home Assistant', 'Homepage', 'Grafana pve1'])('tokenDecode reads the claims of a token named “%s” without sending it', async (name) => {
    // Names of different lengths exercise every base64url padding.
    const iat = 1788220800;
    const before = stub.requests.length;
    const result = await run(snippets.tokenDecode.code, { home: homeWithToken(apiToken(name, iat)) });
    expect(result.stdout).toBe(`name: ${name}  scope: read_only  issued: 2026-09-01T00:00:00Z  expires: 2027-09-01T00:00:00Z\n`);
    expect(stub.requests.length).toBe(before);
  });

  it('sendNotification sends a custom event the Monitor accepts and shows the delivery', async () => {
    const result = await run(against(snippets.sendNotification.code, stub), { home: homeWithToken(token) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ success: true, channels_sent: ['telegram'], errors: [] });
    const sent = stub.requests.at(-1);
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent?.body ?? '')).toMatchObject({ event_type: VALUES.custom, severity: 'WARNING' });
  });

  it('prometheusCheck shows the host-wide series of the Monitor’s exporter', async () => {
    const result = await run(against(snippets.prometheusCheck.code, stub), { home: homeWithToken(token) });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.map((l) => l.split('{')[0])).toEqual(['proxmox_cpu_usage', 'proxmox_memory_usage_percent', 'proxmox_uptime_seconds', 'proxmox_vms_running']);
    for (const line of lines) expect(PROMETHEUS).toContain(line);
  });
});

// ---- HTTPS with a CA, as with the Proxmox certificate -------------------------------

describeWithTools(['curl', 'jq', 'openssl'], 'a Monitor on built-in HTTPS', () => {
  const dir = tmp();
  const token = apiToken('Scripts', Math.floor(Date.now() / 1000));
  let stub: MonitorStub;
  const port = () => stub.port;

  beforeAll(async () => {
    // A cluster CA and a node certificate it signed, the way Proxmox sets them up.
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=Test Cluster CA', '-keyout', 'ca.key', '-out', 'pve-root-ca.pem');
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', 'pve-ssl.key', '-out', 'node.csr');
    writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
    ssl('x509', '-req', '-in', 'node.csr', '-CA', 'pve-root-ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-extfile', 'san.ext', '-out', 'pve-ssl.pem');
    stub = await startMonitorStub({
      tokens: [{ name: 'Scripts', token, issuedAt: 0 }],
      tls: { key: readFileSync(path.join(dir, 'pve-ssl.key'), 'utf8'), cert: readFileSync(path.join(dir, 'pve-ssl.pem'), 'utf8') },
    });
  });
  afterAll(() => stub.close());

  /** httpsTrust pointed at the stand-in; the scp and ssh to the Proxmox host become their local equivalents. */
  function httpsTrust(): string {
    const code = snippets.httpsTrust.code;
    const replaced = code
      .replace('MONITOR=https://pve1.example.com:8008', `MONITOR=https://localhost:${port()}`)
      .replace('scp root@pve1.example.com:/etc/pve/pve-root-ca.pem ./pve-root-ca.pem', `cp ${dir}/pve-root-ca.pem ./pve-root-ca.pem`)
      .replace('ssh root@pve1.example.com openssl x509 -in /etc/pve/local/pve-ssl.pem', `openssl x509 -in ${dir}/pve-ssl.pem`);
    expect(replaced.match(/pve1\.example\.com/g)).toBeNull();
    return replaced;
  }

  it('httpsTrust finds the certificate, copies the CA, lists the certificate’s names and makes a verified request', async () => {
    const cwd = tmp();
    const result = await run(httpsTrust(), { home: homeWithToken(token), cwd });
    expect(result.code).toBe(0);
    const [status, ...rest] = result.stdout.split('\n}\n');
    expect(JSON.parse(`${status}\n}`)).toMatchObject({ ssl_enabled: true, source: 'proxmox', cert_path: '/etc/pve/local/pve-ssl.pem' });
    const tail = rest.join('\n');
    expect(tail).toContain('DNS:localhost');
    expect(tail.trim().split('\n').at(-1)).toBe('200');
  });

  it('without the CA, curl refuses the certificate, so the check above means something', async () => {
    const result = await run(httpsTrust().replace('--cacert ./pve-root-ca.pem ', ''), { home: homeWithToken(token), cwd: tmp() });
    expect(result.code).toBe(60);
  });

  it('plain HTTP to the HTTPS port breaks the connection, as the troubleshooting section says', async () => {
    const result = await run(against(snippets.checkToken.code, { ...stub, url: `http://127.0.0.1:${port()}` }), { home: homeWithToken(token) });
    expect(result.stdout.split('\n')[0]).toBe('000');
    expect(result.stderr).toMatch(/curl: \((52|56|35)\)/);
  });

  it('the Home Assistant command-line sensor’s curl command checks the certificate and reads the vitals', async () => {
    const config = tmp();
    writeFileSync(path.join(config, 'pve-root-ca.pem'), readFileSync(path.join(dir, 'pve-root-ca.pem')));
    writeFileSync(path.join(config, 'proxmenux-pve1.header'), `Authorization: Bearer ${token}\n`);
    const sensor = parseYaml(snippets.haCommandLine.code).command_line[0].sensor;
    const command = String(sensor.command).replaceAll('/config/', `${config}/`).replace('https://pve1.example.com:8008', `https://localhost:${port()}`);
    const result = await shell(['sh', '-c', command]);
    expect(result.code).toBe(0);
    expect(new Environment().renderStr(sensor.value_template, { value_json: JSON.parse(result.stdout) })).toBe('12.4');
  });
});

// ---- Home Assistant ---------------------------------------------------------------

/** Keys of homeassistant/components/rest/schema.py (RESOURCE_SCHEMA, SENSOR_SCHEMA, BINARY_SENSOR_SCHEMA) and the template entities' base schema. */
const HA_REST = ['resource', 'resource_template', 'authentication', 'headers', 'params', 'method', 'username', 'password', 'payload', 'verify_ssl', 'ssl_cipher_list', 'timeout', 'encoding', 'scan_interval', 'sensor', 'binary_sensor'];
const HA_BASE = ['name', 'unique_id', 'icon', 'picture', 'availability'];
const HA_REST_SENSOR = [...HA_BASE, 'device_class', 'state_class', 'unit_of_measurement', 'json_attributes', 'json_attributes_path', 'value_template', 'force_update'];
const HA_REST_BINARY = [...HA_BASE, 'device_class', 'value_template', 'force_update'];
/** https://www.home-assistant.io/integrations/command_line/ (sensor). */
const HA_COMMAND_SENSOR = [...HA_BASE, 'command', 'command_timeout', 'json_attributes', 'json_attributes_path', 'device_class', 'state_class', 'unit_of_measurement', 'value_template', 'scan_interval'];

/** Home Assistant's YAML, where `!secret name` stands for a value of secrets.yaml. */
function parseHomeAssistant(code: string) {
  return parseDocument(code, { customTags: [{ tag: '!secret', resolve: (name: string) => ({ secret: name }) }] }).toJS();
}

describe('Home Assistant', () => {
  const secrets = parseYaml(snippets.haSecrets.code) as Record<string, string>;
  const rest: { resource: string; headers: { Authorization: { secret: string } }; scan_interval: number; timeout: number; sensor?: Record<string, unknown>[]; binary_sensor?: Record<string, unknown>[] }[] =
    parseHomeAssistant(snippets.haRest.code).rest;
  /** What each resource answers, from the stand-in's data. */
  const replies: Record<string, unknown> = { '/api/system': SYSTEM, '/api/health/full': HEALTH_FULL, '/api/vms': VMS };
  const render = (template: unknown, resource: string) => new Environment().renderStr(String(template), { value_json: replies[new URL(resource).pathname] });

  it('keeps the whole header value in the secret, which the Monitor splits into "Bearer" and the token', () => {
    for (const block of rest) {
      const value = secrets[block.headers.Authorization.secret];
      expect(value).toBeDefined();
      expect(value?.split(/\s+/)).toEqual(['Bearer', 'PASTE_THE_API_TOKEN_HERE']);
    }
  });

  it('uses only documented keys, whole seconds and unique ids', () => {
    const ids: unknown[] = [];
    for (const block of rest) {
      expect(Object.keys(block).filter((k) => !HA_REST.includes(k))).toEqual([]);
      expect(Number.isInteger(block.scan_interval) && Number.isInteger(block.timeout)).toBe(true);
      expect(new URL(block.resource).origin).toBe(MONITOR);
      for (const sensor of block.sensor ?? []) expect(Object.keys(sensor).filter((k) => !HA_REST_SENSOR.includes(k))).toEqual([]);
      for (const sensor of block.binary_sensor ?? []) expect(Object.keys(sensor).filter((k) => !HA_REST_BINARY.includes(k))).toEqual([]);
      ids.push(...[...(block.sensor ?? []), ...(block.binary_sensor ?? [])].map((s) => s.unique_id));
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renders each template on the Monitor’s reply to its resource', () => {
    const states = Object.fromEntries(rest.flatMap((block) => [...(block.sensor ?? []), ...(block.binary_sensor ?? [])].map((s) => [s.unique_id, render(s.value_template, block.resource)])));
    expect(states).toEqual({
      pve1_proxmenux_cpu: '12.4',
      pve1_proxmenux_memory: '61.8',
      pve1_proxmenux_cpu_temperature: '47.5',
      pve1_proxmenux_pending_updates: '12',
      pve1_proxmenux_uptime: '12 days, 3:04:05',
      pve1_proxmenux_health: 'WARNING',
      pve1_proxmenux_active_errors: '1',
      // Home Assistant reads "true"/"True" alike for a binary sensor.
      pve1_proxmenux_health_problem: 'true',
      pve1_proxmenux_guests_running: '2',
      pve1_proxmenux_guests_stopped: '1',
    });
  });

  it('reads attributes that exist where json_attributes_path points', () => {
    for (const block of rest) {
      for (const sensor of block.sensor ?? []) {
        if (!sensor.json_attributes) continue;
        // rest/sensor.py: the JSONPath's first match, then the listed keys of that object.
        const at = String(sensor.json_attributes_path ?? '$').replace(/^\$\.?/, '').split('.').filter(Boolean).reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], replies[new URL(block.resource).pathname]);
        for (const key of sensor.json_attributes as string[]) expect(at).toHaveProperty(key);
      }
    }
  });

  it('a template that names a field the Monitor does not send renders nothing, so the check above can fail', () => {
    expect(render('{{ value_json.health.status }}', `${MONITOR}/api/health/full`)).toBe('');
  });

  it('the command-line sensor uses only documented keys', () => {
    const entries: { sensor: Record<string, unknown> }[] = parseYaml(snippets.haCommandLine.code).command_line;
    for (const { sensor } of entries) expect(Object.keys(sensor).filter((k) => !HA_COMMAND_SENSOR.includes(k))).toEqual([]);
  });
});

// ---- Homepage -----------------------------------------------------------------------

/** gethomepage/homepage docs/widgets/services/customapi.md. */
const CUSTOMAPI = ['type', 'url', 'refreshInterval', 'username', 'password', 'method', 'headers', 'requestBody', 'display', 'mappings'];
const MAPPING = ['field', 'label', 'format', 'locale', 'dateStyle', 'timeStyle', 'style', 'numeric', 'additionalField', 'remap', 'scale', 'prefix', 'suffix'];
const FORMATS = ['text', 'number', 'float', 'percent', 'duration', 'bytes', 'bitrate', 'size', 'date', 'relativeDate'];

describe('Homepage', () => {
  const placeholder = VALUES.homepageFilePlaceholder;
  /** Homepage's substituteEnvironmentVars: the file's contents pasted in as they are, before the YAML is parsed. */
  const substitute = (yaml: string, contents: string) => yaml.replaceAll(placeholder, contents);
  const widgetOf = (services: unknown) => (services as { Proxmox: { pve1: { widget: Record<string, unknown> } }[] }[])[0]?.Proxmox[0]?.pve1.widget;

  it('a card on /api/system whose every mapping reads a number the Monitor sends, in a documented format', () => {
    const widget = widgetOf(parseYaml(snippets.homepageServices.code)) ?? {};
    expect(Object.keys(widget).filter((k) => !CUSTOMAPI.includes(k))).toEqual([]);
    expect(widget.type).toBe('customapi');
    expect(widget.url).toBe(VALUES.systemUrl);
    for (const mapping of widget.mappings as Record<string, string>[]) {
      expect(Object.keys(mapping).filter((k) => !MAPPING.includes(k))).toEqual([]);
      expect(FORMATS).toContain(mapping.format);
      expect(typeof (SYSTEM as Record<string, unknown>)[mapping.field ?? '']).toBe('number');
    }
  });

  it.each([
    ['without a final newline', 'TOKEN'],
    ['with a final newline', 'TOKEN\n'],
  ])('the unquoted placeholder gives a header the Monitor accepts from a token file %s', (_, contents) => {
    const widget = widgetOf(parseYaml(substitute(snippets.homepageServices.code, contents)));
    expect(String((widget?.headers as Record<string, string>).Authorization).split(/\s+/).filter(Boolean)).toEqual(['Bearer', 'TOKEN']);
  });

  it('a quoted placeholder would break services.yaml on a token file with a final newline', () => {
    const quoted = snippets.homepageServices.code.replace(`Bearer ${placeholder}`, `"Bearer ${placeholder}"`);
    expect(quoted).not.toBe(snippets.homepageServices.code);
    expect(() => parseYaml(substitute(quoted, 'TOKEN\n'))).toThrow();
  });

  describeWithTools(['bash'], 'the token file', () => {
    it('homepageToken writes the token alone, with no final newline, readable by its owner only', async () => {
      const cwd = tmp();
      const result = await run(snippets.homepageToken.code, { cwd, input: 'TOKEN\n' });
      expect(result.code).toBe(0);
      const file = path.join(cwd, 'proxmenux-pve1.token');
      expect(readFileSync(file, 'utf8')).toBe('TOKEN');
      expect(mode(file)).toBe('600');
    });
  });

  it('Compose hands that file to Homepage under the variable services.yaml names', () => {
    const compose = parseYaml(snippets.homepageCompose.code);
    const service = compose.services.homepage;
    const variable = VALUES.homepageFileVar;
    expect(placeholder).toBe(`{{${variable}}}`);
    expect(Object.keys(service.environment).every((name) => name.startsWith('HOMEPAGE_'))).toBe(true);
    const secret = /^\/run\/secrets\/(\w+)$/.exec(service.environment[variable])?.[1];
    expect(service.secrets).toEqual([secret]);
    expect(compose.secrets[secret ?? '']).toEqual({ file: './proxmenux-pve1.token' });
    expect(snippets.homepageToken.code).toContain('> proxmenux-pve1.token');
  });
});

// ---- Prometheus and Grafana ------------------------------------------------------------

/** Metric names in a piece of text. */
const metrics = (text: string) => new Set(text.match(/\bproxmox_[a-z_]+/g));
const exported = metrics(PROMETHEUS);

describe('Prometheus', () => {
  const config = parseYaml(snippets.prometheusJob.code);
  const [job] = config.scrape_configs;
  const TOKEN_FILE = '/etc/prometheus/proxmenux-pve1.token';

  describeWithTools(['bash'], 'the token file', () => {
    it('prometheusToken writes the token alone, for the prometheus user only', async () => {
      const dir = tmp();
      const file = path.join(dir, 'proxmenux-pve1.token');
      // chown needs root and the prometheus user: record the call instead.
      const code = `chown() { printf 'chown %s\\n' "$*"; }\n${snippets.prometheusToken.code.replaceAll(TOKEN_FILE, file)}`;
      const result = await run(code, { input: 'TOKEN\n' });
      expect(readFileSync(file, 'utf8')).toBe('TOKEN');
      expect(mode(file)).toBe('600');
      expect(result.stdout).toContain(`chown prometheus: ${file}`);
    });
  });

  it('the job scrapes /api/prometheus of one Monitor with the token from that file', () => {
    expect(config.scrape_configs).toHaveLength(1);
    expect(job).toMatchObject({
      metrics_path: '/api/prometheus',
      scheme: 'http',
      honor_timestamps: false,
      authorization: { type: 'Bearer', credentials_file: TOKEN_FILE },
      static_configs: [{ targets: [`${VALUES.exampleIp}:8008`] }],
    });
    expect(snippets.prometheusToken.code).toContain(`> ${TOKEN_FILE}`);
  });

  it('leaves the scrape a timeout no longer than its interval, as Prometheus requires', () => {
    const seconds = (d: string) => Number(/^(\d+)s$/.exec(d)?.[1]);
    expect(seconds(job.scrape_timeout)).toBeLessThanOrEqual(seconds(job.scrape_interval));
  });

  it('the starter queries use series the exporter really sends, and the job’s name', () => {
    const queries = snippets.promqlQueries.code;
    expect([...metrics(queries)].filter((m) => !exported.has(m))).toEqual([]);
    expect(queries).toContain(`up{job="${job.job_name}"}`);
    expect(PROMETHEUS).toMatch(/^proxmox_load_average\{node="pve1",period="1m"\} /m);
  });

  it('the guide’s table of series names only series the exporter really sends', () => {
    const table = JSON.stringify(document.body);
    const named = [...metrics(table)];
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((m) => !exported.has(m))).toEqual([]);
  });
});

/** Data-source keys of grafana.com/docs/grafana/latest/administration/provisioning/ (data sources). */
const DATASOURCE = ['name', 'type', 'access', 'url', 'uid', 'orgId', 'user', 'database', 'basicAuth', 'basicAuthUser', 'withCredentials', 'isDefault', 'jsonData', 'secureJsonData', 'version', 'editable'];

describe('Grafana', () => {
  it('provisions data sources with documented keys', () => {
    for (const code of [snippets.grafanaPrometheus.code, snippets.grafanaInfinity.code]) {
      const file = parseYaml(code);
      expect(file.apiVersion).toBe(1);
      for (const source of file.datasources) expect(Object.keys(source).filter((k) => !DATASOURCE.includes(k))).toEqual([]);
    }
  });

  it('gives Infinity the token from the environment and lets it reach the Monitor’s API only', () => {
    const [source] = parseYaml(snippets.grafanaInfinity.code).datasources;
    expect(source.jsonData.auth_method).toBe('bearerToken');
    expect(source.secureJsonData.bearerToken).toMatch(/^\$\{[A-Z0-9_]+\}$/);
    // pkg/infinity/client.go CanAllowURL: the URL starts with an allowed entry and has its host.
    const allowed = (url: string) => (source.jsonData.allowedHosts as string[]).some((a) => url.startsWith(a) && new URL(url).host === new URL(a).host);
    expect(allowed(VALUES.systemUrl)).toBe(true);
    expect(allowed(`${MONITOR}/`)).toBe(false);
    expect(allowed('http://192.0.2.99:8008/api/system')).toBe(false);
  });
});

// ---- CORS ----------------------------------------------------------------------------

describe('the CORS drop-in', () => {
  const dropIn = /cat > (\S+) <<'EOF'\n([\s\S]*?)\nEOF/.exec(snippets.corsOrigins.code);

  it('sets exact origins for the Monitor’s service', () => {
    expect(dropIn?.[1]).toBe('/etc/systemd/system/proxmenux-monitor.service.d/cors-origins.conf');
    const origins = /^Environment=PROXMENUX_CORS_ORIGINS=(.+)$/m.exec(dropIn?.[2] ?? '')?.[1]?.split(',') ?? [];
    expect(origins.length).toBeGreaterThan(0);
    // flask-cors compares the Origin header with each entry as it is: scheme, host and port, no path.
    for (const origin of origins) expect(new URL(origin).origin).toBe(origin);
  });

  describeWithTools(['systemd-analyze'], 'with systemd', () => {
    it('is a valid [Service] section', () => {
      const file = path.join(tmp(), 'proxmenux-monitor.service');
      writeFileSync(file, `[Unit]\nDescription=Stand-in for the Monitor's unit\n\n[Service]\nExecStart=/bin/true\n\n${dropIn?.[2] ?? ''}\n`);
      const verify = execFileSync('systemd-analyze', ['verify', file], { encoding: 'utf8', stdio: 'pipe' });
      expect(verify).toBe('');
    });
  });
});

// ---- Every snippet ------------------------------------------------------------------------

describe('every snippet', () => {
  it.each(yamlSnippets)('%s is valid YAML', (_, { code }) => {
    expect(() => parseHomeAssistant(code)).not.toThrow();
  });

  it.each(all)('%s uses documentation addresses and no real secrets', (_, { code }) => {
    for (const ip of code.match(/\b\d{1,3}(\.\d{1,3}){3}\b/g) ?? []) expect(ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^127\.0\.0\.1$/);
    for (const host of code.match(/\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net)\b/g) ?? []) expect(host).toMatch(/(^|\.)example\.(com|org|net)$/);
    expect(code).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });

  it.each(all)('%s names its file in the code block’s title, not in a first comment line', (_, snippet) => {
    expect(snippet.code.split('\n')[0]).not.toMatch(/^#\s*\/?[\w./-]+\.(ya?ml|json|conf|sh)\b/);
  });
});
