import { defineDocument } from '@/lib/document/model';
import type en from '@/messages/en/docs/monitor/integrations.json';
import { snippets } from './snippets';
import { VALUES } from './values';

const GUIDE = '/docs/monitor/integrations';
const ACCESS = '/docs/monitor/access-auth';

/**
 * The Integrations guide: what an API token lets other tools do with the
 * Monitor, in reading order. The prose is in
 * messages/<locale>/docs/monitor/integrations.json; routes, fields and
 * commands in values.ts and snippets.ts.
 */
export const document = defineDocument<typeof en, keyof typeof snippets>()({
  values: VALUES,
  snippets,
  links: {
    // Sections of this guide
    troubleshootLink: { docs: `${GUIDE}#troubleshooting` },
    prometheusLink: { docs: `${GUIDE}#prometheus-grafana` },
    httpsLink: { docs: `${GUIDE}#https` },
    scriptsLink: { docs: `${GUIDE}#curl-and-scripts` },
    lifecycleLink: { docs: `${GUIDE}#token-lifecycle` },
    // Other docs pages
    tokensLink: { docs: `${ACCESS}#api-tokens` },
    proxyLink: { docs: `${ACCESS}#reverse-proxy` },
    recoverLink: { docs: `${ACCESS}#recovering-password` },
    fail2banLink: { docs: '/docs/security/fail2ban' },
    // The tools' own documentation
    haRestLink: { external: 'https://www.home-assistant.io/integrations/rest/' },
    haSecretsLink: { external: 'https://www.home-assistant.io/docs/configuration/secrets/' },
    haCommandLineLink: { external: 'https://www.home-assistant.io/integrations/command_line/' },
    homepageLink: { external: 'https://gethomepage.dev/widgets/services/customapi/' },
    homepageSecretsLink: { external: 'https://gethomepage.dev/installation/docker/#using-environment-secrets' },
    promConfigLink: { external: 'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config' },
    infinityLink: { external: 'https://grafana.com/docs/plugins/yesoreyeram-infinity-datasource/latest/' },
    grafanaProvisioningLink: { external: 'https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources' },
  },
  body: [
    // The security fact comes before any recipe.
    { callout: 'danger', title: 'intro.keyTitle', body: [{ p: 'intro.keyBody' }] },
    { p: 'intro.body' },
    {
      section: 'what-a-token-can-do',
      title: 'tokens.heading',
      blocks: [
        { p: 'tokens.intro' },
        { p: 'tokens.powersIntro' },
        { list: 'tokens.powers' },
        { p: 'tokens.needsPassword' },
        { callout: 'warning', title: 'tokens.habitsTitle', body: [{ list: 'tokens.habits' }] },
        {
          section: 'storing-a-token',
          title: 'tokens.storeTitle',
          blocks: [{ p: 'tokens.storeIntro' }, { code: 'saveToken' }, { p: 'tokens.checkIntro' }, { code: 'checkToken' }, { p: 'tokens.checkOutro' }],
        },
      ],
    },
    {
      section: 'endpoints',
      title: 'endpoints.heading',
      blocks: [
        { p: 'endpoints.intro' },
        {
          table: 'endpoints.rows',
          label: 'endpoints.heading',
          columns: [
            {
              header: 'endpoints.headerEndpoint',
              cell: {
                code: {
                  system: 'GET /api/system',
                  systemInfo: VALUES.getApiSystemInfo,
                  healthFull: VALUES.getApiHealthFull,
                  vms: VALUES.getApiVms,
                  storageSummary: VALUES.getApiStorageSummary,
                  prometheus: VALUES.getApiPrometheus,
                },
              },
            },
            {
              header: 'endpoints.headerToken',
              cell: {
                text: {
                  system: 'endpoints.tokenRequired',
                  systemInfo: 'endpoints.tokenNotRequired',
                  healthFull: 'endpoints.tokenNotRequired',
                  vms: 'endpoints.tokenRequired',
                  storageSummary: 'endpoints.tokenRequired',
                  prometheus: 'endpoints.tokenRequired',
                },
              },
            },
            { header: 'endpoints.headerReturns', cell: { field: 'returns' } },
            { header: 'endpoints.headerNotes', cell: { field: 'notes' } },
          ],
        },
        { callout: 'warning', title: 'endpoints.stubTitle', body: [{ p: 'endpoints.stubBody' }] },
        { p: 'endpoints.unitsIntro' },
        { list: 'endpoints.units' },
        { p: 'endpoints.noRateLimit' },
      ],
    },
    {
      section: 'curl-and-scripts',
      title: 'scripts.heading',
      blocks: [
        { p: 'scripts.intro' },
        { p: 'scripts.summaryIntro' },
        { code: 'systemSummary' },
        { p: 'scripts.healthIntro' },
        { code: 'healthCheck' },
        { p: 'scripts.guestsIntro' },
        { code: 'guests' },
        { p: 'scripts.expiryIntro' },
        { code: 'tokenExpiry' },
        { p: 'scripts.decodeIntro' },
        { code: 'tokenDecode' },
        { p: 'scripts.notifyIntro' },
        { code: 'sendNotification' },
        { p: 'scripts.notifyOutro' },
      ],
    },
    {
      section: 'home-assistant',
      title: 'homeAssistant.heading',
      blocks: [
        { p: 'homeAssistant.intro' },
        { p: 'homeAssistant.secretIntro' },
        { code: 'haSecrets' },
        { p: 'homeAssistant.restIntro' },
        { code: 'haRest' },
        { list: 'homeAssistant.notes' },
        {
          section: 'home-assistant-https',
          title: 'homeAssistant.httpsTitle',
          blocks: [{ p: 'homeAssistant.httpsBody' }, { code: 'haCommandLine' }, { p: 'homeAssistant.commandLineOutro' }],
        },
      ],
    },
    {
      section: 'homepage',
      title: 'homepage.heading',
      blocks: [
        { p: 'homepage.intro' },
        { code: 'homepageServices' },
        { p: 'homepage.tokenIntro' },
        { code: 'homepageToken' },
        { p: 'homepage.composeIntro' },
        { code: 'homepageCompose' },
        { list: 'homepage.notes' },
      ],
    },
    {
      section: 'prometheus-grafana',
      title: 'prometheus.heading',
      blocks: [
        { p: 'prometheus.intro' },
        { code: 'prometheusCheck' },
        {
          section: 'scrape-job',
          title: 'prometheus.jobTitle',
          blocks: [
            { p: 'prometheus.jobIntro' },
            { code: 'prometheusToken' },
            { p: 'prometheus.jobConfigIntro' },
            { code: 'prometheusJob' },
            { list: 'prometheus.jobNotes' },
          ],
        },
        {
          section: 'exporter-series',
          title: 'prometheus.metricsTitle',
          blocks: [
            { p: 'prometheus.metricsIntro' },
            {
              table: 'prometheus.metrics',
              label: 'prometheus.metricsTitle',
              columns: [
                {
                  header: 'prometheus.headerSeries',
                  cell: {
                    code: {
                      cpu: ['proxmox_cpu_usage'],
                      memory: ['proxmox_memory_used_bytes', 'proxmox_memory_total_bytes', 'proxmox_memory_usage_percent'],
                      load: ['proxmox_load_average'],
                      uptime: ['proxmox_uptime_seconds'],
                      temperature: ['proxmox_cpu_temperature_celsius'],
                      traffic: ['proxmox_network_bytes_received_total', 'proxmox_network_bytes_sent_total'],
                      guests: ['proxmox_vms_total', 'proxmox_vms_running', 'proxmox_vms_stopped'],
                      guestStatus: ['proxmox_vm_status', 'proxmox_vm_cpu_usage', 'proxmox_vm_memory_used_bytes', 'proxmox_vm_memory_max_bytes'],
                    },
                  },
                },
                { header: 'prometheus.headerMeaning', cell: { field: 'meaning' } },
              ],
            },
            { callout: 'warning', title: 'prometheus.gapsTitle', body: [{ list: 'prometheus.gaps' }] },
            { p: 'prometheus.lintNote' },
          ],
        },
        {
          section: 'grafana',
          title: 'prometheus.grafanaTitle',
          blocks: [
            { p: 'prometheus.queriesIntro' },
            { code: 'promqlQueries' },
            { p: 'prometheus.grafanaIntro' },
            { code: 'grafanaPrometheus' },
            { p: 'prometheus.infinityIntro' },
            { code: 'grafanaInfinity' },
            { p: 'prometheus.infinityOutro' },
          ],
        },
      ],
    },
    {
      section: 'https',
      title: 'https.heading',
      blocks: [
        { p: 'https.intro' },
        { p: 'https.checkIntro' },
        { code: 'httpsTrust' },
        { list: 'https.kinds' },
        { section: 'trusting-the-proxmox-ca', title: 'https.perToolTitle', blocks: [{ list: 'https.perTool' }, { p: 'https.proxyNote' }] },
      ],
    },
    {
      section: 'token-lifecycle',
      title: 'lifecycle.heading',
      blocks: [
        { p: 'lifecycle.intro' },
        { section: 'replacing-a-token', title: 'lifecycle.rotateTitle', blocks: [{ list: 'lifecycle.rotate', ordered: true }, { p: 'lifecycle.revokeNote' }] },
        { section: 'what-tokens-survive', title: 'lifecycle.survivesTitle', blocks: [{ list: 'lifecycle.survives' }] },
        {
          section: 'what-invalidates-every-token',
          title: 'lifecycle.breaksTitle',
          blocks: [{ p: 'lifecycle.breaksIntro' }, { list: 'lifecycle.breaks' }, { p: 'lifecycle.breaksOutro' }],
        },
      ],
    },
    {
      section: 'troubleshooting',
      title: 'troubleshoot.heading',
      blocks: [
        { callout: 'troubleshoot', title: 'troubleshoot.missingTitle', body: [{ p: 'troubleshoot.missingBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.formatTitle', body: [{ p: 'troubleshoot.formatBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.invalidTitle', body: [{ p: 'troubleshoot.invalidBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.listTitle', body: [{ p: 'troubleshoot.listBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.bannedTitle', body: [{ p: 'troubleshoot.bannedBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.resetTitle', body: [{ p: 'troubleshoot.resetBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.certTitle', body: [{ p: 'troubleshoot.certBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.haTitle', body: [{ p: 'troubleshoot.haBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.homepageTitle', body: [{ p: 'troubleshoot.homepageBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.promTitle', body: [{ p: 'troubleshoot.promBody' }] },
        {
          callout: 'troubleshoot',
          title: 'troubleshoot.corsTitle',
          body: [{ p: 'troubleshoot.corsBody' }, { code: 'corsOrigins' }, { p: 'troubleshoot.corsOutro' }],
        },
        { callout: 'troubleshoot', title: 'troubleshoot.iframeTitle', body: [{ p: 'troubleshoot.iframeBody' }] },
      ],
    },
    {
      section: 'where-next',
      title: 'whereNext.heading',
      blocks: [
        {
          links: 'whereNext.links',
          label: 'label',
          tail: 'tail',
          targets: {
            apiTokens: { docs: `${ACCESS}#api-tokens` },
            https: { docs: `${ACCESS}#https` },
            proxy: { docs: `${ACCESS}#reverse-proxy` },
            recover: { docs: `${ACCESS}#recovering-password` },
            fail2ban: { docs: '/docs/security/fail2ban' },
          },
        },
      ],
    },
  ],
});
