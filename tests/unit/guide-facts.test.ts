import { describe, expect, it } from 'vitest';
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

  it('describes the 2FA step that the login figure draws', () => {
    const alt = message('password.loginImageAlt');
    for (const label of ['Sign In', 'Two-Factor Authentication', 'Authentication Code', 'Back to login', 'Verify Code']) expect(alt).toContain(label);
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
