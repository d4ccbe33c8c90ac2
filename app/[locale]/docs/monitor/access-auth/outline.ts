import type { ReactNode } from 'react';
import type { TextKey } from '@/i18n/text';
import type { GuideMessages, GuideText } from './content';

/**
 * The guide's headings: their ids (the same in every language, and linked
 * from other pages, e.g. #recovering-password) and the message of their
 * title. Sections render their headings from here, and the table of
 * contents is built from it.
 */
export const IDS = {
  reaching: 'reaching-the-monitor',
  firstLaunch: 'first-launch',
  createUser: 'creating-the-first-user',
  avatar: 'avatar-and-profile',
  password: 'password-authentication',
  loginFlow: 'login-flow',
  publicEndpoints: 'public-endpoints',
  securityModel: 'security-model',
  recoverPassword: 'recovering-password',
  twofa: 'two-factor-authentication',
  apps: 'authenticator-apps',
  enable2fa: 'enabling-2fa',
  lostAuthenticator: 'lost-authenticator',
  disable2fa: 'disabling-2fa',
  apiTokens: 'api-tokens',
  generateToken: 'generating-a-token',
  useToken: 'using-a-token',
  revokeToken: 'revoking-a-token',
  https: 'https',
  gateway: 'secure-gateway',
  proxy: 'reverse-proxy',
  nginx: 'nginx',
  caddy: 'caddy',
  traefik: 'traefik',
  realClientIp: 'real-client-ip',
  audit: 'audit-log',
  fail2ban: 'fail2ban',
  troubleshooting: 'troubleshooting',
  whereNext: 'where-next',
} as const;

export type OutlineEntry = { id: string; title: TextKey<GuideMessages>; children?: OutlineEntry[] };

export const OUTLINE: OutlineEntry[] = [
  { id: IDS.reaching, title: 'reaching.heading' },
  {
    id: IDS.firstLaunch,
    title: 'firstLaunch.heading',
    children: [
      { id: IDS.createUser, title: 'firstLaunch.createTitle' },
      { id: IDS.avatar, title: 'firstLaunch.avatarTitle' },
    ],
  },
  {
    id: IDS.password,
    title: 'password.heading',
    children: [
      { id: IDS.loginFlow, title: 'password.loginFlowTitle' },
      { id: IDS.publicEndpoints, title: 'password.publicTitle' },
      { id: IDS.securityModel, title: 'password.cryptoTitle' },
      { id: IDS.recoverPassword, title: 'password.recoverTitle' },
    ],
  },
  {
    id: IDS.twofa,
    title: 'twofa.heading',
    children: [
      { id: IDS.apps, title: 'twofa.pickTitle' },
      { id: IDS.enable2fa, title: 'twofa.setupTitle' },
      { id: IDS.lostAuthenticator, title: 'twofa.lostTitle' },
      { id: IDS.disable2fa, title: 'twofa.disableTitle' },
    ],
  },
  {
    id: IDS.apiTokens,
    title: 'apiTokens.heading',
    children: [
      { id: IDS.generateToken, title: 'apiTokens.generateTitle' },
      { id: IDS.useToken, title: 'apiTokens.useTitle' },
      { id: IDS.revokeToken, title: 'apiTokens.revokeTitle' },
    ],
  },
  { id: IDS.https, title: 'https.heading' },
  { id: IDS.gateway, title: 'gateway.heading' },
  {
    id: IDS.proxy,
    title: 'proxy.heading',
    children: [
      { id: IDS.nginx, title: 'proxy.nginxTitle' },
      { id: IDS.caddy, title: 'proxy.caddyTitle' },
      { id: IDS.traefik, title: 'proxy.traefikTitle' },
      { id: IDS.realClientIp, title: 'proxy.trustTitle' },
    ],
  },
  { id: IDS.audit, title: 'audit.heading' },
  { id: IDS.fail2ban, title: 'fail2ban.heading' },
  { id: IDS.troubleshooting, title: 'troubleshoot.heading' },
  { id: IDS.whereNext, title: 'whereNext.heading' },
];

const ENTRIES = OUTLINE.flatMap((entry) => [entry, ...(entry.children ?? [])]);

/** Props of the heading with this id: the id, its plain title and its rendered text. */
export function heading(t: GuideText, id: string): { id: string; title: string; heading: ReactNode } {
  const entry = ENTRIES.find((e) => e.id === id);
  if (!entry) throw new Error(`No heading "${id}" in the outline`);
  return { id, title: t.string(entry.title), heading: t(entry.title) };
}
