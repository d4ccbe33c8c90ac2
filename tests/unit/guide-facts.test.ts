import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { flattenStrings } from '@/lib/catalog/tree';

/**
 * Statements of the Access & Authentication guide that were once wrong, in
 * every language: each check names the fact it protects.
 */
const guide = (locale: string) =>
  [...flattenStrings(JSON.parse(readFileSync(path.join('messages', locale, 'docs/monitor/access-auth.json'), 'utf8'))).values()].join('\n');

describe.each(routing.locales)('the %s guide', (locale) => {
  const text = guide(locale);

  it('looks the audit events up in the journal under the identifier the Monitor really writes', () => {
    // The syslog handler's ident and its message format both say
    // "proxmenux-auth", so journald stores the name twice.
    expect(text).toContain('<code>journalctl -t proxmenux-authproxmenux-auth</code>');
    // A look-up that does not depend on the identifier at all: facility AUTH is 4.
    expect(text).toContain('<code>journalctl SYSLOG_FACILITY=4 -g "authentication failure"</code>');
  });
});
