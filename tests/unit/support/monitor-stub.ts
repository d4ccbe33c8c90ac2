import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A stand-in for ProxMenux Monitor's HTTP API (upstream snapshot f90f72dc,
 * Monitor 1.2.4), for running the Integrations guide's snippets against the
 * replies they will really get. Paths below are AppImage/scripts/ files.
 *
 * - The JSON replies have the field names and types the Monitor's routes
 *   build (values are invented): /api/system (flask_server.py api_system),
 *   /api/system-info (flask_health_routes.py get_system_info), /api/vms
 *   (get_proxmox_vms), /api/health/full, /api/ssl/status
 *   (flask_auth_routes.py ssl_status), the token list
 *   (auth_manager.py list_api_tokens) and /api/notifications/send
 *   (notification_manager.py send_notification).
 * - /api/prometheus serves tests/fixtures/monitor-api/prometheus.txt: the
 *   output of the Monitor's own api_prometheus() run on invented host data
 *   (two disks, a bond, three guests, a UPS, one fan), with its repeated HELP
 *   lines and without the UPS and disk-temperature series it never emits.
 * - Authentication follows the Monitor: routes under require_auth
 *   (jwt_middleware.py) answer 401 with its three bodies, split the header on
 *   whitespace and take "bearer" in any letter case; the /api/auth/ token
 *   routes strip a literal "Bearer " (flask_auth_routes.py); the public
 *   routes answer without a token; a banned address gets the 403 of the
 *   Fail2Ban check (flask_server.py check_fail2ban_ban).
 */

/** An API token with the claims the Monitor puts in one (flask_auth_routes.py generate_api_token). */
export function apiToken(name: string, issuedAt: number, scope = 'read_only'): string {
  const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');
  const header = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const claims = { username: 'admin', token_name: name, exp: issuedAt + 365 * 86400, iat: issuedAt, iss: 'proxmenux-monitor', aud: 'api', scope };
  const payload = b64(JSON.stringify(claims));
  const signature = createHmac('sha256', 'a throwaway secret for tests').update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** The Monitor writes created_at and expires_at with utcnow().isoformat() + "Z": microseconds, no offset. */
const monitorTime = (seconds: number) => `${new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '')}.123470Z`;

export const SYSTEM = {
  cpu_usage: 12.4,
  cpu_user: 8.1,
  cpu_system: 4.3,
  memory_usage: 61.8,
  memory_total: 62.7,
  memory_used: 38.8,
  memory_cached: 14.2,
  // Not rounded by the Monitor; 0 when no sensor is readable.
  temperature: 47.5,
  temperature_sparkline: [
    { timestamp: 1796400000, value: 46.0 },
    { timestamp: 1796400060, value: 47.0 },
  ],
  uptime: '12 days, 3:04:05',
  load_average: [0.42, 0.51, 0.47],
  hostname: 'pve1',
  proxmox_node: 'pve1',
  node_id: 'pve1',
  timestamp: '2026-12-04T10:30:00.123456',
  cpu_cores: 8,
  cpu_threads: 16,
  proxmox_version: '9.1.2',
  kernel_version: '6.17.2-1-pve',
  available_updates: 12,
};

export const HEALTHY = { status: 'healthy', summary: 'All systems operational' };
export const WARNING = { status: 'warning', summary: 'Updates: 12 updates pending' };

export const VMS = [
  { vmid: 100, name: 'homeassistant', status: 'running', type: 'qemu', cpu: 0.031, mem: 2147483648, maxmem: 4294967296, disk: 0, maxdisk: 34359738368, uptime: 1040000, netin: 912345678, netout: 123456789, diskread: 1234567, diskwrite: 7654321, maxcpu: 2 },
  { vmid: 101, name: 'media', status: 'stopped', type: 'qemu', cpu: 0, mem: 0, maxmem: 8589934592, disk: 0, maxdisk: 68719476736, uptime: 0, netin: 0, netout: 0, diskread: 0, diskwrite: 0, maxcpu: 4 },
  { vmid: 200, name: 'dns', status: 'running', type: 'lxc', cpu: 0.002, mem: 134217728, maxmem: 536870912, disk: 1073741824, maxdisk: 8589934592, uptime: 1040100, netin: 45678901, netout: 34567890, diskread: 123456, diskwrite: 654321, maxcpu: 1, update_check: { available: 3 } },
];

export const HEALTH_FULL = {
  health: {
    overall: 'WARNING',
    summary: 'Updates: 12 updates pending',
    details: {
      ...Object.fromEntries(['cpu', 'memory', 'storage', 'disks', 'network', 'vms', 'services', 'logs', 'security'].map((c) => [c, { status: 'OK' }])),
      updates: { status: 'WARNING', reason: '12 updates pending' },
    },
    timestamp: '2026-12-04T10:30:00.123456',
  },
  active_errors: [
    {
      id: 7, error_key: 'updates_pending', category: 'updates', severity: 'WARNING', reason: '12 updates pending', details: { count: 12 },
      first_seen: '2026-12-02T08:00:00', last_seen: '2026-12-04T10:30:00', resolved_at: null, resolution_type: null, resolution_reason: null,
      acknowledged: 0, acknowledged_at: null, notification_sent: 1, occurrence_count: 4, suppression_hours: 24,
    },
  ],
  dismissed: [],
  custom_suppressions: [],
  timestamp: '2026-12-04T10:30:00.123456',
};

export const SSL_STATUS = {
  success: true,
  ssl_enabled: true,
  source: 'proxmox',
  cert_path: '/etc/pve/local/pve-ssl.pem',
  key_path: '/etc/pve/local/pve-ssl.key',
  proxmox_available: true,
  proxmox_cert: '/etc/pve/local/pve-ssl.pem',
  proxmox_key: '/etc/pve/local/pve-ssl.key',
  cert_info: { subject: 'OU = PVE Cluster Node, O = Proxmox Virtual Environment, CN = pve1.example.com', expires: 'Nov 30 10:00:00 2028 GMT', issuer: 'CN = Proxmox Virtual Environment, OU = 0123abcd, O = PVE Cluster Manager CA', is_self_signed: false },
};

export const PROMETHEUS = readFileSync(path.resolve('tests/fixtures/monitor-api/prometheus.txt'), 'utf8');

/** Severities /api/notifications/send accepts (flask_notification_routes.py _VALID_SEVERITIES). */
const SEVERITIES = new Set(['info', 'warning', 'critical', 'error', 'INFO', 'WARNING', 'CRITICAL', 'ERROR']);

export type Recorded = { method: string; path: string; headers: IncomingHttpHeaders; body: string };

export type StubOptions = {
  /** The tokens this Monitor issued, by name, with their issue time (Unix seconds). */
  tokens: { name: string; token: string; issuedAt: number }[];
  /** The Health Monitor's verdict (/api/system-info). */
  health?: typeof HEALTHY | typeof WARNING;
  /** Every request comes from an address Fail2Ban has banned. */
  banned?: boolean;
  /** Serve HTTPS only, with this certificate, like the Monitor with built-in HTTPS on. */
  tls?: { key: string; cert: string };
};

export type MonitorStub = { url: string; port: number; requests: Recorded[]; close(): Promise<void> };

export async function startMonitorStub(options: StubOptions): Promise<MonitorStub> {
  const requests: Recorded[] = [];
  const valid = new Set(options.tokens.map((t) => t.token));
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  /** jwt_middleware.require_auth, with authentication on. */
  const requireAuth = (headers: IncomingHttpHeaders): object | undefined => {
    const header = headers.authorization;
    if (!header) return { error: 'Authentication required', message: 'No authorization header provided' };
    const parts = header.trim().split(/\s+/);
    if (parts.length !== 2 || parts[0]?.toLowerCase() !== 'bearer') {
      return { error: 'Invalid authorization header', message: 'Authorization header must be in format: Bearer <token>' };
    }
    if (!valid.has(parts[1] ?? '')) return { error: 'Invalid or expired token', message: 'Please log in again' };
    return undefined;
  };
  /** The token routes: request.headers.get('Authorization', '').replace('Bearer ', ''). */
  const tokenRouteOk = (headers: IncomingHttpHeaders) => valid.has((headers.authorization ?? '').replace('Bearer ', ''));

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const route = (req.url ?? '').split('?')[0] ?? '';
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
    if (options.banned) {
      return json(res, 403, { success: false, message: 'Access denied. Your IP has been temporarily banned due to too many failed login attempts.' });
    }
    const key = `${req.method} ${route}`;
    // Public routes: no decorator.
    if (key === 'GET /api/system-info') {
      return json(res, 200, { hostname: 'pve1', uptime_seconds: 1047845, uptime: '12d 3h 4m', health: options.health ?? WARNING, timestamp: '2026-12-04T10:30:00.123456' });
    }
    if (key === 'GET /api/health/full') return json(res, 200, HEALTH_FULL);
    if (key === 'GET /api/ssl/status') return json(res, 200, SSL_STATUS);
    // Token routes.
    if (key === 'GET /api/auth/api-tokens') {
      if (!tokenRouteOk(req.headers)) return json(res, 401, { success: false, message: 'Unauthorized' });
      const tokens = options.tokens.map(({ name, token, issuedAt }) => ({
        // store_api_token_metadata: the first 16 hex digits of the token's SHA-256.
        id: createHash('sha256').update(token).digest('hex').slice(0, 16),
        name,
        token_prefix: `${token.slice(0, 12)}...`,
        created_at: monitorTime(issuedAt),
        expires_at: monitorTime(issuedAt + 365 * 86400),
        revoked: false,
        valid: true,
      }));
      return json(res, 200, { success: true, tokens });
    }
    // Everything else is behind require_auth.
    const protectedRoutes: Record<string, () => void> = {
      'GET /api/system': () => json(res, 200, SYSTEM),
      'GET /api/vms': () => json(res, 200, VMS),
      'GET /api/prometheus': () => {
        res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
        res.end(PROMETHEUS);
      },
      'POST /api/notifications/send': () => {
        let data: Record<string, unknown> | undefined;
        try {
          data = JSON.parse(body);
        } catch {
          data = undefined;
        }
        if (!data) return json(res, 400, { error: 'No data provided' });
        if (!/^[a-zA-Z0-9_]{1,64}$/.test(String(data.event_type ?? 'custom'))) return json(res, 400, { error: 'Invalid event_type (alphanumeric/underscore, 1-64 chars)' });
        if (!SEVERITIES.has(String(data.severity ?? 'INFO'))) return json(res, 400, { error: 'Invalid severity' });
        return json(res, 200, { success: true, channels_sent: ['telegram'], errors: [], total_channels: 1 });
      },
    };
    const serve = protectedRoutes[key];
    if (!serve) return json(res, 404, { error: 'Not found' });
    const refused = requireAuth(req.headers);
    if (refused) return json(res, 401, refused);
    return serve();
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  };
  const server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createHttpServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
