import type { LinkTarget } from '@/components/doc/rich-tags';
import type { Text } from '@/i18n/text';
import type { Messages } from '@/i18n/catalog';
import { IDS } from './outline';
import { VERBATIM } from './verbatim';

/**
 * The guide's structure and data, next to its prose: the order of steps and
 * rows (their catalogs hold keyed messages), the table cells that are screen
 * labels or routes, and where links lead. The ids below are the keys of the
 * catalog's groups; the types reject one that does not exist, and
 * tests/unit/guide-content.test.ts checks that every message is shown.
 */

export type GuideMessages = Messages['docs']['monitor']['accessAuth'];
export type GuideText = Text<GuideMessages>;

type Ids<Group> = readonly (keyof Group & string)[];

/** The targets of the link tags its messages use. */
export const LINKS = {
  apiLink: { docs: '/docs/monitor/api' },
  intLink: { docs: '/docs/monitor/integrations' },
  gatewayLink: { docs: '/docs/monitor/dashboard/security' },
  fail2banLink: { docs: '/docs/security/fail2ban' },
  tailscaleLink: { external: 'https://tailscale.com/' },
  tsKeysLink: { external: 'https://login.tailscale.com/admin/settings/keys' },
} as const satisfies Record<string, LinkTarget>;

/** Tags of its messages that link to one of its own headings. */
export const ANCHORS = {
  proxyLink: IDS.proxy,
  realIpLink: IDS.realClientIp,
} as const satisfies Record<string, string>;

/** The two buttons of the first-launch dialog. */
export const FIRST_LAUNCH_CHOICES = [
  { id: 'setup', button: VERBATIM.uiYesSetupPassword, routes: [VERBATIM.postApiAuthSetup] },
  { id: 'skip', button: VERBATIM.uiNoContinueWithoutProtection, routes: ['POST /api/auth/skip', 'POST /api/auth/decline'] },
] as const satisfies readonly { id: keyof GuideMessages['firstLaunch']['choices']; button: string; routes: readonly string[] }[];

/** The fields of the create-user form, as the form labels them. */
export const SETUP_FIELDS = [
  { id: 'username', label: VERBATIM.uiUsername, required: true },
  { id: 'password', label: VERBATIM.uiPassword, required: true },
  { id: 'confirm', label: VERBATIM.uiConfirmPassword, required: true },
  { id: 'displayName', label: VERBATIM.uiDisplayName, required: false },
  { id: 'avatar', label: VERBATIM.uiAvatar, required: false },
] as const satisfies readonly { id: keyof GuideMessages['firstLaunch']['fields']; label: string; required: boolean }[];

/** The profile page's API. */
export const PROFILE_ENDPOINTS = [
  { id: 'getProfile', route: 'GET /api/auth/profile' },
  { id: 'putProfile', route: VERBATIM.putApiAuthProfile },
  { id: 'getAvatar', route: 'GET /api/auth/profile/avatar' },
  { id: 'postAvatar', route: VERBATIM.postApiAuthProfileAvatar },
  { id: 'deleteAvatar', route: 'DELETE /api/auth/profile/avatar' },
] as const satisfies readonly { id: keyof GuideMessages['firstLaunch']['endpoints']; route: string }[];

export const TOKEN_KINDS = ['session', 'api'] as const satisfies Ids<GuideMessages['password']['tokenKinds']>;
export const PUBLIC_ROUTES = ['signIn', 'systemInfo'] as const satisfies Ids<GuideMessages['password']['publicRoutes']>;
export const CRYPTO_ROWS = ['password', 'jwt', 'apiTokens', 'twofa', 'revocations'] as const satisfies Ids<GuideMessages['password']['crypto']>;

/** Authenticator apps: their names and official pages. */
export const AUTHENTICATOR_APPS = [
  { id: 'google', name: 'Google Authenticator', href: 'https://safety.google/authentication/' },
  { id: 'microsoft', name: 'Microsoft Authenticator', href: 'https://www.microsoft.com/en-us/security/mobile-authenticator-app' },
  { id: 'authy', name: 'Authy', href: 'https://authy.com/' },
  { id: 'apple', name: 'Apple Passwords', href: 'https://support.apple.com/guide/passwords/welcome/mac' },
  { id: 'bitwarden', name: 'Bitwarden', href: 'https://bitwarden.com/' },
  { id: 'onePassword', name: '1Password', href: 'https://1password.com/' },
  { id: 'aegis', name: 'Aegis Authenticator', href: 'https://getaegis.app/' },
  { id: 'raivo', name: 'Raivo OTP', href: 'https://raivo-otp.com/' },
  { id: 'ente', name: 'Ente Auth', href: 'https://ente.io/auth/' },
  { id: 'twoFas', name: '2FAS', href: 'https://2fas.com/' },
  { id: 'freeOtp', name: 'FreeOTP+', href: 'https://github.com/helloworld1/FreeOTPPlus' },
] as const satisfies readonly { id: keyof GuideMessages['twofa']['apps']; name: string; href: `https://${string}` }[];

/** Turning on 2FA, in order; the two ways to add the account belong to the step that asks for it. */
export const SETUP_STEPS = ['install', 'signIn', 'open', 'addAccount', 'verify', 'saveCodes', 'finish'] as const satisfies Ids<
  GuideMessages['twofa']['setupSteps']
>;
export const ADD_ACCOUNT_WAYS = ['scan', 'manual'] as const satisfies Ids<GuideMessages['twofa']['addAccountWays']>;
/** Ways back in without the authenticator, from least to most disruptive; the first comes with its API calls, the last with a shell snippet. */
export const LOST_WAYS = ['backupCode', 'restoreApp', 'hostShell'] as const satisfies Ids<GuideMessages['twofa']['lostWays']>;
export const CLOCKS = ['phone', 'host'] as const satisfies Ids<GuideMessages['twofa']['clocks']>;

export const TOKEN_STEPS = ['open', 'name', 'credentials', 'generate'] as const satisfies Ids<GuideMessages['apiTokens']['generateSteps']>;
export const TOKEN_HABITS = ['store', 'perClient', 'rotate'] as const satisfies Ids<GuideMessages['apiTokens']['habits']>;
export const HTTPS_WAYS = ['proxy', 'builtIn'] as const satisfies Ids<GuideMessages['https']['ways']>;
export const GATEWAY_STEPS = ['intro', 'auth', 'scope', 'advanced', 'review'] as const satisfies Ids<GuideMessages['gateway']['deploySteps']>;
export const JAIL_FACTS = ['filter', 'limits', 'actions', 'appBan'] as const satisfies Ids<GuideMessages['fail2ban']['jail']>;

/** Guides of the wider ProxMenux documentation this page points to. */
export const WHERE_NEXT = [
  { id: 'api', docs: '/docs/monitor/api' },
  { id: 'integrations', docs: '/docs/monitor/integrations' },
  { id: 'gateway', docs: '/docs/monitor/dashboard/security' },
  { id: 'fail2ban', docs: '/docs/security/fail2ban' },
  { id: 'monitorSettings', docs: '/docs/settings/proxmenux-monitor' },
] as const satisfies readonly { id: keyof GuideMessages['whereNext']['links']; docs: string }[];

/** Every keyed group of the catalog and the ids the page shows from it, for the completeness test. */
export const KEYED_GROUPS: Record<string, readonly string[]> = {
  'firstLaunch.choices': FIRST_LAUNCH_CHOICES.map((c) => c.id),
  'firstLaunch.fields': SETUP_FIELDS.map((f) => f.id),
  'firstLaunch.endpoints': PROFILE_ENDPOINTS.map((e) => e.id),
  'password.tokenKinds': TOKEN_KINDS,
  'password.publicRoutes': PUBLIC_ROUTES,
  'password.crypto': CRYPTO_ROWS,
  'twofa.apps': AUTHENTICATOR_APPS.map((a) => a.id),
  'twofa.setupSteps': SETUP_STEPS,
  'twofa.addAccountWays': ADD_ACCOUNT_WAYS,
  'twofa.lostWays': LOST_WAYS,
  'twofa.clocks': CLOCKS,
  'apiTokens.generateSteps': TOKEN_STEPS,
  'apiTokens.habits': TOKEN_HABITS,
  'https.ways': HTTPS_WAYS,
  'gateway.deploySteps': GATEWAY_STEPS,
  'fail2ban.jail': JAIL_FACTS,
  'whereNext.links': WHERE_NEXT.map((w) => w.id),
};
