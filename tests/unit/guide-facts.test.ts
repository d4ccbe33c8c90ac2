import { describe, expect, it } from 'vitest';
import { MENU_LANGUAGE, MENU_TRANSLATIONS } from '@/guides/access-auth/menu-labels';
import { routing } from '@/i18n/routing';
import { renderedGuide } from './support/guide';

/**
 * Statements of the Access & Authentication guide that were once wrong, in
 * every language: each check names the fact it protects.
 */
describe.each(routing.locales)('the %s guide', (locale) => {
  const rendered = renderedGuide(locale);
  const message = (key: string) => rendered.get(key) ?? '';
  const text = [...rendered.values()].join('\n');

  it('looks the audit events up in the journal under the identifier the Monitor really writes', () => {
    // The syslog handler's ident and its message format both say
    // "proxmenux-auth", so journald stores the name twice.
    expect(text).toContain('<code>journalctl -t proxmenux-authproxmenux-auth</code>');
    // A look-up that does not depend on the identifier at all: facility AUTH is 4.
    expect(text).toContain('<code>journalctl SYSLOG_FACILITY=4 -g "authentication failure"</code>');
  });

  it('quotes no Traefik timeout default, which was never verified', () => {
    expect(text).not.toMatch(/\b180\b/);
  });

  it('says that a decline, too, closes the setup route', () => {
    // POST /api/auth/setup refuses once `configured` is true, which
    // "No, Continue Without Protection" also sets, with no account at all.
    expect(message('firstLaunch.claimBody')).toContain('<strong>No, Continue Without Protection</strong>');
  });

  it('warns wherever auth.json is reset that the first visitor can claim the dashboard', () => {
    const claim = `<strong>${message('firstLaunch.claimTitle')}</strong>`;
    expect(message('firstLaunch.reversibleBody')).toContain(claim);
    expect(message('troubleshoot.noScreenOutro')).toContain(claim);
  });

  it('quotes the ProxMenux menu as it shows itself in this language, with the English label beside it', () => {
    // The menu is translated (lang/<code>.json upstream); the Monitor is not.
    const language = MENU_LANGUAGE[locale];
    const reset = 'Reset ProxMenux Monitor Password';
    const quoted = language ? `${MENU_TRANSLATIONS[language].menuResetPassword} (${reset})` : reset;
    expect(message('password.recoverIntro')).toContain(quoted);
    expect(message('firstLaunch.reversibleBody')).toContain(quoted);
    expect(message('troubleshoot.noScreenOutro')).toContain(quoted);
    const settings = language ? `${MENU_TRANSLATIONS[language].menuSettings} (Settings)` : 'Settings';
    expect(message('password.recoverIntro')).toContain(settings);
    const fail2ban = language ? MENU_TRANSLATIONS[language].menuFail2ban : 'Fail2Ban - Intrusion Prevention';
    expect(message('fail2ban.calloutBody')).toContain(`<strong>${fail2ban}`);
    // The Monitor's own Fail2Ban card and Security tab keep their English names.
    expect(message('fail2ban.calloutBody')).toContain('<strong>Fail2Ban</strong>');
    expect(message('fail2ban.calloutBody')).toMatch(/\bSecurity\b/);
  });

  it('quotes no API reply the Monitor never sends', () => {
    // Revoking deletes the entry, so a second revoke is "Token not found".
    expect(text).not.toContain('Token is already revoked');
    expect(message('apiTokens.revokeBody')).toContain('Token not found');
  });

  it('names the Secure Gateway wizard’s steps and fields as the wizard does', () => {
    expect(message('gateway.deploySteps.intro')).toContain('<strong>Secure Remote Access</strong>');
    expect(message('gateway.deploySteps.auth')).toContain('<strong>Tailscale Auth Key</strong>');
  });

  it('describes the 2FA step that the login figure draws', () => {
    const alt = message('password.loginImageAlt');
    for (const label of ['Sign In', 'Two-Factor Authentication', 'Authentication Code', 'Back to login', 'Verify Code']) expect(alt).toContain(label);
  });
});

describe('the English guide', () => {
  const en = renderedGuide('en');
  const message = (key: string) => en.get(key) ?? '';

  it('says plainly, wherever authentication is off, declined or not yet set up, that the port gives a root shell', () => {
    for (const key of ['intro.body', 'firstLaunch.choices.skip.what', 'firstLaunch.claimBody', 'firstLaunch.reversibleBody', 'troubleshoot.noScreenOutro']) {
      expect(message(key), key).toMatch(/root shell on the host/);
    }
  });

  it('explains why every same-host proxy example refuses the notification webhook', () => {
    expect(message('proxy.webhookBody')).toContain('<code>/api/notifications/webhook</code> with 403');
    expect(message('proxy.webhookBody')).toContain('<code>::ffff:127.0.0.1</code>');
  });

  it('sends the Traefik example, on another machine, to the Monitor over HTTPS', () => {
    expect(message('proxy.upstreamBody')).toMatch(/passwords and tokens would cross your network in clear text/);
    expect(message('proxy.traefikTlsBody')).toContain('<code>/etc/pve/pve-root-ca.pem</code>');
  });

  it('does not claim a token prefix tells tokens apart', () => {
    expect(message('apiTokens.imageCaption')).toMatch(/same for every token/);
    expect(message('password.crypto.apiTokens.algorithm')).toMatch(/same for every token/);
  });

  it('names the section a reference points to', () => {
    expect(message('reaching.outro')).toContain('<realIpLink>Real client IP behind a proxy</realIpLink>');
    expect(message('password.recoverTitle')).toBe('Resetting a lost password');
  });
});

describe('the Spanish guide', () => {
  const es = renderedGuide('es');

  it('says once, in the introduction, that the screen labels stay in English', () => {
    expect(es.get('intro.body')).toMatch(/^La interfaz del Monitor solo existe en inglés/);
  });

  it('names the pages of this site in Spanish, not in half-English paths', () => {
    const paths = [...es].filter(([key]) => /^whereNext\.links\.\w+\.label$|^(gateway|fail2ban)\.outro$/.test(key)).map(([, text]) => text);
    expect(paths.length).toBeGreaterThan(2);
    for (const text of paths) expect(text).not.toMatch(/\b(Security|Settings|Dashboard) →/);
  });
});
