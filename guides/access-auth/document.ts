import { defineDocument } from '@/lib/document/model';
import type en from '@/messages/en/docs/monitor/access-auth.json';
import { figures } from './figures';
import { snippets } from './snippets';
import { VALUES } from './values';

/**
 * The Access & Authentication guide: its structure, in reading order. The
 * prose is in messages/<locale>/docs/monitor/access-auth.json; commands,
 * paths and screen labels in values.ts and snippets.ts.
 */
export const document = defineDocument<typeof en, keyof typeof snippets>()({
  values: VALUES,
  snippets,
  links: {
    apiLink: { docs: '/docs/monitor/api' },
    intLink: { docs: '/docs/monitor/integrations' },
    gatewayLink: { docs: '/docs/monitor/dashboard/security' },
    fail2banLink: { docs: '/docs/security/fail2ban' },
    tailscaleLink: { external: 'https://tailscale.com/' },
    tsKeysLink: { external: 'https://login.tailscale.com/admin/settings/keys' },
    proxyLink: { section: 'reverse-proxy' },
    realIpLink: { section: 'real-client-ip' },
    lostLink: { section: 'lost-authenticator' },
  },
  body: [
    { callout: 'info', title: 'intro.title', body: [{ p: 'intro.body' }] },
    {
      section: 'reaching-the-monitor',
      title: 'reaching.heading',
      blocks: [{ p: 'reaching.intro' }, { code: 'reachingUrls' }, { p: 'reaching.outro' }],
    },
    {
      section: 'first-launch',
      title: 'firstLaunch.heading',
      blocks: [
        { p: 'firstLaunch.intro' },
        { figure: figures.firstLaunch, alt: 'firstLaunch.imageAlt', caption: 'firstLaunch.imageCaption' },
        {
          table: 'firstLaunch.choices',
          label: 'firstLaunch.heading',
          columns: [
            { header: 'firstLaunch.headerButton', cell: { label: { setup: VALUES.uiYesSetupPassword, skip: VALUES.uiNoContinueWithoutProtection } } },
            { header: 'firstLaunch.headerWhat', cell: { field: 'what' } },
            { header: 'firstLaunch.headerApi', cell: { code: { setup: [VALUES.postApiAuthSetup], skip: ['POST /api/auth/skip', 'POST /api/auth/decline'] } } },
          ],
        },
        { callout: 'info', title: 'firstLaunch.twofaCalloutTitle', body: [{ p: 'firstLaunch.twofaCalloutBody' }] },
        { callout: 'warning', title: 'firstLaunch.claimTitle', body: [{ p: 'firstLaunch.claimBody' }] },
        {
          section: 'creating-the-first-user',
          title: 'firstLaunch.createTitle',
          blocks: [
            { p: 'firstLaunch.createIntro' },
            {
              table: 'firstLaunch.fields',
              label: 'firstLaunch.createTitle',
              columns: [
                {
                  header: 'firstLaunch.headerField',
                  cell: {
                    label: {
                      username: VALUES.uiUsername,
                      password: VALUES.uiPassword,
                      confirm: VALUES.uiConfirmPassword,
                      displayName: VALUES.uiDisplayName,
                      avatar: VALUES.uiAvatar,
                    },
                  },
                },
                {
                  header: 'firstLaunch.headerRequired',
                  cell: {
                    text: {
                      username: 'firstLaunch.requiredYes',
                      password: 'firstLaunch.requiredYes',
                      confirm: 'firstLaunch.requiredYes',
                      displayName: 'firstLaunch.requiredNo',
                      avatar: 'firstLaunch.requiredNo',
                    },
                  },
                },
                { header: 'firstLaunch.headerNotes', cell: { field: 'notes' } },
              ],
            },
            { figure: figures.createUser, alt: 'firstLaunch.createImageAlt', caption: 'firstLaunch.createImageCaption' },
            { callout: 'info', title: 'firstLaunch.saveCalloutTitle', body: [{ p: 'firstLaunch.saveCalloutBody' }] },
          ],
        },
        {
          section: 'avatar-and-profile',
          title: 'firstLaunch.avatarTitle',
          blocks: [
            { p: 'firstLaunch.avatarBody1' },
            { p: 'firstLaunch.avatarBody2' },
            { figure: figures.profile, alt: 'firstLaunch.profileImageAlt', caption: 'firstLaunch.profileImageCaption' },
            {
              table: 'firstLaunch.endpoints',
              label: 'firstLaunch.avatarTitle',
              columns: [
                {
                  header: 'firstLaunch.headerEndpoint',
                  cell: {
                    code: {
                      getProfile: 'GET /api/auth/profile',
                      putProfile: VALUES.putApiAuthProfile,
                      getAvatar: 'GET /api/auth/profile/avatar',
                      postAvatar: VALUES.postApiAuthProfileAvatar,
                      deleteAvatar: 'DELETE /api/auth/profile/avatar',
                    },
                  },
                },
                { header: 'firstLaunch.headerEpWhat', cell: { field: 'what' } },
              ],
            },
            { callout: 'warning', title: 'firstLaunch.reversibleTitle', body: [{ p: 'firstLaunch.reversibleBody' }] },
          ],
        },
      ],
    },
    {
      section: 'password-authentication',
      title: 'password.heading',
      blocks: [
        { p: 'password.intro' },
        { list: 'password.tokenKinds' },
        { figure: figures.login, alt: 'password.loginImageAlt', caption: 'password.loginImageCaption' },
        { callout: 'warning', title: 'password.rememberTitle', body: [{ p: 'password.rememberBody' }] },
        {
          section: 'login-flow',
          title: 'password.loginFlowTitle',
          blocks: [{ code: 'login' }, { code: 'loginResponse' }, { p: 'password.twofaIntro' }, { code: 'loginTotp' }, { p: 'password.rateLimitBody' }],
        },
        {
          section: 'public-endpoints',
          title: 'password.publicTitle',
          blocks: [{ p: 'password.publicIntro' }, { list: 'password.publicRoutes' }, { p: 'password.publicOutro' }, { p: 'password.publicMoreBody' }],
        },
        {
          section: 'security-model',
          title: 'password.cryptoTitle',
          blocks: [
            { p: 'password.cryptoIntro' },
            {
              table: 'password.crypto',
              label: 'password.cryptoTitle',
              columns: [
                { header: 'password.headerAsset', cell: { field: 'asset', strong: true } },
                { header: 'password.headerAlgo', cell: { field: 'algorithm' } },
                { header: 'password.headerWhere', cell: { field: 'where' } },
              ],
            },
            { callout: 'info', title: 'password.authJsonTitle', body: [{ p: 'password.authJsonBody' }] },
            { callout: 'warning', title: 'password.rotateTitle', body: [{ p: 'password.rotateBody' }] },
          ],
        },
        {
          section: 'recovering-password',
          title: 'password.recoverTitle',
          blocks: [
            { p: 'password.recoverIntro' },
            { code: 'resetPassword' },
            { callout: 'info', title: 'password.survivesTitle', body: [{ p: 'password.survivesBody' }] },
            { callout: 'warning', title: 'password.physicalTitle', body: [{ p: 'password.physicalBody' }] },
          ],
        },
      ],
    },
    {
      section: 'two-factor-authentication',
      title: 'twofa.heading',
      blocks: [
        { p: 'twofa.intro' },
        {
          section: 'authenticator-apps',
          title: 'twofa.pickTitle',
          blocks: [
            { p: 'twofa.pickIntro' },
            {
              table: 'twofa.apps',
              label: 'twofa.pickTitle',
              columns: [
                {
                  header: 'twofa.headerApp',
                  cell: {
                    link: {
                      google: { text: 'Google Authenticator', href: 'https://safety.google/authentication/' },
                      microsoft: { text: 'Microsoft Authenticator', href: 'https://www.microsoft.com/en-us/security/mobile-authenticator-app' },
                      authy: { text: 'Authy', href: 'https://authy.com/' },
                      apple: { text: 'Apple Passwords', href: 'https://support.apple.com/guide/passwords/welcome/mac' },
                      bitwarden: { text: 'Bitwarden', href: 'https://bitwarden.com/' },
                      onePassword: { text: '1Password', href: 'https://1password.com/' },
                      aegis: { text: 'Aegis Authenticator', href: 'https://getaegis.app/' },
                      raivo: { text: 'Raivo OTP', href: 'https://raivo-otp.com/' },
                      ente: { text: 'Ente Auth', href: 'https://ente.io/auth/' },
                      twoFas: { text: '2FAS', href: 'https://2fas.com/' },
                      freeOtp: { text: 'FreeOTP+', href: 'https://github.com/helloworld1/FreeOTPPlus' },
                    },
                  },
                },
                { header: 'twofa.headerPlatforms', cell: { field: 'platforms' } },
                { header: 'twofa.headerAppNotes', cell: { field: 'notes' } },
              ],
            },
            { callout: 'tip', title: 'twofa.backupTitle', body: [{ p: 'twofa.backupBody' }] },
          ],
        },
        {
          section: 'enabling-2fa',
          title: 'twofa.setupTitle',
          blocks: [
            { figure: figures.twofaSetup, alt: 'twofa.setupImageAlt', caption: 'twofa.setupImageCaption' },
            { list: 'twofa.setupSteps', ordered: true, after: { addAccount: [{ list: 'twofa.addAccountWays' }] } },
            { callout: 'warning', title: 'twofa.testTitle', body: [{ p: 'twofa.testBody' }] },
          ],
        },
        {
          section: 'lost-authenticator',
          title: 'twofa.lostTitle',
          blocks: [
            { p: 'twofa.lostIntro' },
            { list: 'twofa.lostWays', ordered: true, after: { backupCode: [{ code: 'backupCodeUnlock' }], hostShell: [{ code: 'disableTotp' }] } },
            { p: 'twofa.lostShellOutro' },
          ],
        },
        {
          section: 'disabling-2fa',
          title: 'twofa.disableTitle',
          blocks: [
            { p: 'twofa.disableBody' },
            {
              callout: 'troubleshoot',
              title: 'twofa.rejectedTitle',
              body: [{ p: 'twofa.rejectedIntro' }, { list: 'twofa.clocks' }, { p: 'twofa.rejectedOutro' }],
            },
          ],
        },
      ],
    },
    {
      section: 'api-tokens',
      title: 'apiTokens.heading',
      blocks: [
        { p: 'apiTokens.intro' },
        { callout: 'warning', title: 'apiTokens.scopeTitle', body: [{ p: 'apiTokens.scopeBody' }] },
        { figure: figures.apiTokens, alt: 'apiTokens.imageAlt', caption: 'apiTokens.imageCaption' },
        {
          section: 'generating-a-token',
          title: 'apiTokens.generateTitle',
          blocks: [
            { p: 'apiTokens.generateIntro' },
            { list: 'apiTokens.generateSteps', ordered: true },
            { p: 'apiTokens.generateCli' },
            { code: 'generateToken' },
            { code: 'generateTokenResponse' },
          ],
        },
        { section: 'using-a-token', title: 'apiTokens.useTitle', blocks: [{ code: 'useToken' }] },
        {
          section: 'revoking-a-token',
          title: 'apiTokens.revokeTitle',
          blocks: [
            { p: 'apiTokens.revokeBody' },
            { code: 'revokeToken' },
            { callout: 'tip', title: 'apiTokens.cheatTitle', body: [{ list: 'apiTokens.habits' }] },
            { p: 'apiTokens.outro' },
          ],
        },
      ],
    },
    {
      section: 'https',
      title: 'https.heading',
      blocks: [
        { p: 'https.intro' },
        { list: 'https.ways', ordered: true },
        { p: 'https.serverBody' },
        { callout: 'warning', title: 'https.calloutTitle', body: [{ p: 'https.calloutBody' }] },
      ],
    },
    {
      section: 'secure-gateway',
      title: 'gateway.heading',
      blocks: [
        { p: 'gateway.intro' },
        { callout: 'tip', title: 'gateway.calloutTitle', body: [{ p: 'gateway.calloutBody' }] },
        { callout: 'warning', title: 'gateway.natTitle', body: [{ p: 'gateway.natBody' }] },
        { p: 'gateway.deployBody' },
        { list: 'gateway.deploySteps', ordered: true },
        { p: 'gateway.approveBody' },
        { p: 'gateway.outro' },
      ],
    },
    {
      section: 'reverse-proxy',
      title: 'proxy.heading',
      blocks: [
        { p: 'proxy.intro' },
        { p: 'proxy.upstreamBody' },
        { p: 'proxy.routesBody' },
        { callout: 'warning', title: 'proxy.webhookTitle', body: [{ p: 'proxy.webhookBody' }] },
        { section: 'nginx', title: 'proxy.nginxTitle', blocks: [{ code: 'nginx' }, { p: 'proxy.nginxBody' }] },
        { section: 'caddy', title: 'proxy.caddyTitle', blocks: [{ code: 'caddy' }, { p: 'proxy.caddyBody' }] },
        { section: 'traefik', title: 'proxy.traefikTitle', blocks: [{ code: 'traefik' }, { p: 'proxy.traefikBody' }, { p: 'proxy.traefikTlsBody' }] },
        {
          section: 'real-client-ip',
          title: 'proxy.trustTitle',
          blocks: [
            { p: 'proxy.trustBody' },
            // Closing the port comes first: the variable is only safe once it is done.
            { callout: 'danger', title: 'proxy.firewallTitle', body: [{ p: 'proxy.firewallBody' }] },
            { code: 'firewall' },
            { p: 'proxy.firewallOutro' },
            { p: 'proxy.dropInBody' },
            { code: 'trustProxy' },
            { callout: 'warning', title: 'proxy.subPathTitle', body: [{ p: 'proxy.subPathBody' }] },
          ],
        },
      ],
    },
    {
      section: 'audit-log',
      title: 'audit.heading',
      blocks: [
        { p: 'audit.intro' },
        { code: 'auditLog' },
        { p: 'audit.outro' },
        { p: 'audit.addressesBody' },
        { p: 'audit.journalBody' },
        { p: 'audit.rotateBody' },
        { code: 'logrotate' },
      ],
    },
    {
      section: 'fail2ban',
      title: 'fail2ban.heading',
      blocks: [
        { callout: 'info', title: 'fail2ban.calloutTitle', body: [{ p: 'fail2ban.calloutBody' }] },
        { p: 'fail2ban.intro' },
        { list: 'fail2ban.jail' },
        { p: 'fail2ban.outro' },
      ],
    },
    {
      section: 'troubleshooting',
      title: 'troubleshoot.heading',
      blocks: [
        {
          callout: 'troubleshoot',
          title: 'troubleshoot.noScreenTitle',
          body: [{ p: 'troubleshoot.noScreenBody' }, { code: 'resetAuthJson' }, { p: 'troubleshoot.noScreenOutro' }],
        },
        {
          callout: 'troubleshoot',
          title: 'troubleshoot.tokenTitle',
          body: [{ p: 'troubleshoot.tokenBody' }, { code: 'checkToken' }, { p: 'troubleshoot.tokenOutro' }],
        },
        { callout: 'troubleshoot', title: 'troubleshoot.no2faTitle', body: [{ p: 'troubleshoot.no2faBody' }] },
        { callout: 'troubleshoot', title: 'troubleshoot.wsTitle', body: [{ p: 'troubleshoot.wsBody' }] },
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
            api: { docs: '/docs/monitor/api' },
            integrations: { docs: '/docs/monitor/integrations' },
            gateway: { docs: '/docs/monitor/dashboard/security' },
            fail2ban: { docs: '/docs/security/fail2ban' },
            monitorSettings: { docs: '/docs/settings/proxmenux-monitor' },
          },
        },
      ],
    },
  ],
});
