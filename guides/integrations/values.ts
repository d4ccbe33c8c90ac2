/**
 * Every verbatim value the Integrations guide's prose mentions, by the name
 * its messages use as an argument: `set <code>{monitorVar}</code>` shows
 * "MONITOR" in every language. Translators never see or change these, so a
 * route, a JSON field or a screen label cannot be mistranslated or broken.
 *
 * - `ui…`: labels of the Monitor's screens, which exist only in English;
 * - `reply…`: messages the Monitor's API sends back;
 * - everything else: routes, JSON fields, metric labels, commands, files and
 *   settings of the tools the guide configures.
 */
export const VALUES = {
  // Screen labels of the Monitor
  uiSecurity: 'Security',
  uiApiAccessTokens: 'API Access Tokens',
  uiDisableAuthentication: 'Disable Authentication',
  uiResetPassword: 'Reset ProxMenux Monitor Password',
  uiUseProxmoxCertificate: 'Use Proxmox Certificate',

  // Replies of the Monitor's API
  replyAuthRequired: 'Authentication required',
  replyInvalidHeader: 'Invalid authorization header',
  replyInvalidToken: 'Invalid or expired token',
  replyUnauthorized: 'Unauthorized',
  replyBanned: 'Access denied. Your IP has been temporarily banned due to too many failed login attempts.',
  replyNoChannels: 'No channels configured or enabled',
  healthStubReply: '{"status": "healthy", "timestamp": "…", "version": "1.2.2"}',

  // Documentation addresses used by the examples
  exampleIp: '192.0.2.10',
  exampleHost: 'pve1.example.com',
  systemUrl: 'http://192.0.2.10:8008/api/system',
  exampleTokenName: 'Home Assistant 2026-09',

  // Authentication
  authorizationBearer: 'Authorization: Bearer <token>',
  authorizationHeader: 'Authorization',
  bearer: 'Bearer',
  errorField: 'error',
  scope: 'scope',
  readOnly: 'read_only',
  apiAuthPrefix: '/api/auth/',
  authJson: '/root/.config/proxmenux-monitor/auth.json',
  restartMonitor: 'systemctl restart proxmenux-monitor.service',

  // Routes
  getApiHealth: 'GET /api/health',
  getApiHealthFull: 'GET /api/health/full',
  getApiHealthStatus: 'GET /api/health/status',
  getApiNetworkSummary: 'GET /api/network/summary',
  getApiPrometheus: 'GET /api/prometheus',
  getApiStorageSummary: 'GET /api/storage/summary',
  getApiSystemInfo: 'GET /api/system-info',
  getApiVms: 'GET /api/vms',
  postAuthDisable: 'POST /api/auth/disable',
  postRevealSecret: 'POST /api/notifications/reveal-secret',
  postScriptsExecute: 'POST /api/scripts/execute',
  postTerminalTicket: 'POST /api/terminal/ticket',
  postTotpSetup: 'POST /api/auth/totp/setup',
  postVmControl: 'POST /api/vms/<vmid>/control',
  wsTerminal: '/ws/terminal',
  refreshParam: '?refresh=1',

  // JSON fields and their values
  activeErrors: 'active_errors',
  availableUpdates: 'available_updates',
  cpuUsage: 'cpu_usage',
  diskCount: 'disk_count',
  healthOverall: 'health.overall',
  healthStatus: 'health.status',
  healthSummary: 'health.summary',
  hostname: 'hostname',
  loadAverage: 'load_average',
  memoryTotal: 'memory_total',
  memoryUsage: 'memory_usage',
  memoryUsed: 'memory_used',
  name: 'name',
  status: 'status',
  storageAvailable: 'available',
  storageTotal: 'total',
  storageUsed: 'used',
  temperature: 'temperature',
  timestampField: 'timestamp',
  type: 'type',
  uptime: 'uptime',
  uptimeSeconds: 'uptime_seconds',
  vmid: 'vmid',
  healthy: 'healthy',
  warning: 'warning',
  critical: 'critical',
  okUpper: 'OK',
  warningUpper: 'WARNING',
  criticalUpper: 'CRITICAL',
  qemu: 'qemu',
  lxc: 'lxc',
  zero: '0',
  uptimeExample: '12 days, 3:04:05',
  eventTypeField: 'event_type',
  custom: 'custom',
  severityField: 'severity',
  severityInfo: 'info',
  severityWarning: 'warning',
  severityCritical: 'critical',
  severityError: 'error',

  // Shell
  jq: 'jq',
  aptInstallJq: 'apt install jq',
  monitorVar: 'MONITOR',
  httpsScheme: 'https://',
  curlHeaderFromFile: '-H @file',
  curlCacert: '--cacert pve-root-ca.pem',
  curlInsecure: '-k',
  pveRootCa: '/etc/pve/pve-root-ca.pem',
  certPathField: 'cert_path',
  pveproxySslPem: 'pveproxy-ssl.pem',
  pveSslPem: 'pve-ssl.pem',

  // Home Assistant
  haSecretsFile: 'secrets.yaml',
  haSecretTag: '!secret',
  haConfigFile: 'configuration.yaml',
  haTimeout: 'timeout',
  haJsonAttributes: 'json_attributes',
  haVerifySslFalse: 'verify_ssl: false',
  haCaFile: '/config/pve-root-ca.pem',
  haHeaderFile: '/config/proxmenux-pve1.header',

  // Homepage
  homepageFilePlaceholder: '{{HOMEPAGE_FILE_PROXMENUX_PVE1}}',
  homepageFileVar: 'HOMEPAGE_FILE_PROXMENUX_PVE1',
  homepageFilePrefix: 'HOMEPAGE_FILE_',
  homepageVarPrefix: 'HOMEPAGE_VAR_',
  servicesYaml: 'services.yaml',
  composeFile: 'compose.yaml',
  formatText: 'text',
  formatDuration: 'duration',

  // Prometheus and Grafana
  nodeLabel: 'node',
  periodLabel: 'period',
  period1m: '1m',
  period5m: '5m',
  period15m: '15m',
  diskLabel: 'disk',
  rate: 'rate()',
  scrapeTimeout: 'scrape_timeout',
  honorTimestampsFalse: 'honor_timestamps: false',
  promtoolCheckMetrics: 'promtool check metrics',
  tlsConfig: 'tls_config',
  caFile: 'ca_file',
  serverName: 'server_name',
  allowedHosts: 'allowedHosts',
  tlsAuthWithCaCert: 'tlsAuthWithCACert: true',
  tlsCaCert: 'secureJsonData.tlsCACert',

  // CORS and framing
  corsVar: 'PROXMENUX_CORS_ORIGINS',
  xFrameOptions: 'X-Frame-Options: DENY',
} as const satisfies Record<string, string>;
