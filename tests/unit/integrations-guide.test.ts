import { describe, expect, it } from 'vitest';
import { document } from '@/guides/integrations/document';
import { renderedGuide } from './support/guide';

/**
 * Statements of the Integrations guide a reader relies on, as the English
 * page renders them (other languages show the English text until they are
 * translated). Each check names the fact it protects.
 */
describe('the Integrations guide', () => {
  const rendered = renderedGuide('en', 'integrations');
  const message = (key: string) => rendered.get(key) ?? '';
  const text = [...rendered.values()].join('\n');

  it('says first, before any recipe, that a token is a full administrator key', () => {
    const [first] = document.body;
    expect(first).toMatchObject({ callout: 'danger', title: 'intro.keyTitle' });
    expect(message('intro.keyTitle')).toMatch(/full administrator key/);
    // No route checks the scope claim: the powers listed are every token's.
    expect(message('intro.keyBody')).toMatch(/root shell/);
    expect(message('intro.keyBody')).toMatch(/authentication off/);
  });

  it('quotes the header and the Monitor’s replies exactly as they are sent', () => {
    expect(message('tokens.intro')).toContain('<code>Authorization: Bearer <token></code>');
    expect(message('troubleshoot.missingTitle')).toBe('HTTP 401 “Authentication required”');
    expect(message('troubleshoot.formatTitle')).toBe('HTTP 401 “Invalid authorization header”');
    expect(message('troubleshoot.invalidTitle')).toBe('HTTP 401 “Invalid or expired token”');
  });

  it('warns that GET /api/health is a constant, not a health check', () => {
    // flask_server.py api_health always answers "healthy", with a stale version string.
    expect(message('endpoints.stubBody')).toMatch(/^<code>GET \/api\/health<\/code> always answers <code>\{"status": "healthy"/);
  });

  it('never suggests sharing one token between hosts', () => {
    // Each Monitor signs with its own jwt_secret: a token verifies only where it was issued.
    expect(message('tokens.habits.perHost')).toMatch(/works only on the host that issued it/);
    expect(text).not.toMatch(/same token (for|on) (several|all|every)/i);
  });
});

describe('the Access & Authentication guide’s pointer to it', () => {
  const tail = renderedGuide('en').get('whereNext.links.integrations.tail') ?? '';

  it('promises only what the Integrations guide covers', () => {
    expect(tail).not.toMatch(/Uptime Kuma/);
    for (const tool of ['cURL', 'Home Assistant', 'Homepage', 'Prometheus', 'Grafana']) expect(tail).toContain(tool);
  });
});
