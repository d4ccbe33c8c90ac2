import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { flattenStrings } from '@/lib/catalog/tree';

/**
 * Statements of the Access & Authentication guide that were once wrong, in
 * every language: each check names the fact it protects.
 */
const messages = (locale: string) => JSON.parse(readFileSync(path.join('messages', locale, 'docs/monitor/access-auth.json'), 'utf8'));
const guide = (locale: string) => [...flattenStrings(messages(locale)).values()].join('\n');

describe.each(routing.locales)('the %s guide', (locale) => {
  const text = guide(locale);

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
    expect(messages(locale).firstLaunch.claimBody).toContain('<strong>No, Continue Without Protection</strong>');
  });

  it('warns wherever auth.json is reset that the first visitor can claim the dashboard', () => {
    const { firstLaunch, troubleshoot } = messages(locale);
    const claim = `<strong>${firstLaunch.claimTitle}</strong>`;
    expect(firstLaunch.reversibleBody).toContain(claim);
    expect(troubleshoot.noScreenOutro).toContain(claim);
  });

  it('describes the 2FA step that the login figure draws', () => {
    const alt = messages(locale).password.loginImageAlt;
    for (const label of ['Sign In', 'Two-Factor Authentication', 'Authentication Code', 'Back to login', 'Verify Code']) expect(alt).toContain(label);
  });
});

describe('the Spanish guide', () => {
  const es = messages('es');

  it('says once, in the introduction, that the screen labels stay in English', () => {
    expect(es.intro.body).toMatch(/^La interfaz del Monitor solo existe en inglés/);
  });

  it('names the pages of this site in Spanish, not in half-English paths', () => {
    const paths = [...es.whereNext.items.map((item: { label: string }) => item.label), es.gateway.outro, es.fail2ban.outro];
    for (const text of paths) expect(text).not.toMatch(/\b(Security|Settings|Dashboard) →/);
  });
});
