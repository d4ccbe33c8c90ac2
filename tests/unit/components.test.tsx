// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Callout, type CalloutVariant } from '@/components/doc/Callout';
import { CopyableCode } from '@/components/doc/CopyableCode';
import { DocHeader } from '@/components/doc/DocHeader';
import { DocTable } from '@/components/doc/DocTable';
import { Figure } from '@/components/doc/Figure';
import { DocSection, Heading } from '@/components/doc/Heading';
import { SmartLink } from '@/components/doc/SmartLink';
import { renderServer, toDocument } from './support/render';

const render = async (node: React.ReactNode) => toDocument(await renderServer(node));

describe('Callout', () => {
  const variants: [CalloutVariant, string][] = [
    ['info', 'Note'],
    ['tip', 'Tip'],
    ['success', 'Success'],
    ['warning', 'Warning'],
    ['danger', 'Danger'],
    ['troubleshoot', 'Troubleshooting'],
  ];

  it.each(variants)('%s is a note named by its variant, its title the first thing read in it', async (variant, spoken) => {
    const doc = await render(
      <Callout variant={variant} title={<>Mind <code>port</code> 8008</>}>
        <p>Body text</p>
      </Callout>,
    );
    const note = doc.querySelector('[role="note"]');
    expect(note?.classList.contains(`callout--${variant}`)).toBe(true);
    expect(note?.getAttribute('aria-label')).toBe(spoken);
    expect(note?.querySelector('.callout__title')?.textContent).toBe('Mind port 8008');
    expect(note?.textContent?.startsWith('Mind port 8008')).toBe(true);
    expect(note?.textContent).toContain('Body text');
  });

  it('without a title is named by its variant', async () => {
    const doc = await render(
      <Callout variant="danger">
        <p>Careful</p>
      </Callout>,
    );
    const note = doc.querySelector('[role="note"]');
    expect(note?.getAttribute('aria-label')).toBe('Danger');
    expect(note?.hasAttribute('aria-labelledby')).toBe(false);
  });
});

describe('CopyableCode', () => {
  it('highlights with the requested grammar and keeps the exact text', async () => {
    const code = 'server {\n    listen 443 ssl;\n    proxy_pass http://127.0.0.1:8008;\n}';
    const doc = await render(<CopyableCode code={code} lang="nginx" file="/etc/nginx/sites-available/x" />);
    const pre = doc.querySelector('pre');
    expect(pre?.classList.contains('shiki')).toBe(true);
    expect(pre?.textContent).toBe(code);
    // A keyword of the nginx grammar gets its own coloured token, by classes (one per theme), not inline styles.
    const tokens = [...(pre?.querySelectorAll('span[class]') ?? [])].map((s) => s.textContent?.trim());
    expect(tokens).toContain('server');
    const keyword = [...(pre?.querySelectorAll('span') ?? [])].find((s) => s.textContent === 'server');
    expect(keyword?.className).toMatch(/^l\d+ d\d+$/);
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    // Lines are the code's own newlines, with no wrapper elements.
    expect(pre?.querySelector('code')?.children).toHaveLength(pre?.querySelectorAll('code > span').length ?? -1);
    expect(pre?.textContent?.split('\n')).toHaveLength(4);
  });

  it('scrolls inside a keyboard-focusable, named group (not a landmark: a page has many)', async () => {
    const doc = await render(<CopyableCode code={'echo "' + 'x'.repeat(300) + '"'} lang="bash" />);
    const region = doc.querySelector('[role="group"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Code: Bash');
    expect(region?.classList.contains('code-block__scroll')).toBe(true);
    // Only the region takes focus; shiki's own tabindex on <pre> is removed.
    expect(doc.querySelector('pre')?.hasAttribute('tabindex')).toBe(false);
  });

  it('names plain text blocks and includes the title in the group name', async () => {
    const doc = await render(<CopyableCode code={"monitor.example.com {\n}"} lang="text" file="/etc/caddy/Caddyfile" />);
    expect(doc.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Code: plain text: /etc/caddy/Caddyfile');
    expect(doc.querySelector('.code-block__title')?.textContent).toBe('/etc/caddy/Caddyfile');
    expect(doc.querySelector('pre')?.textContent).toBe('monitor.example.com {\n}');
  });

  it('takes a caption from the messages, in the reader’s language, and names the group with it', async () => {
    const doc = await render(<CopyableCode code={'{"success": true}'} lang="json" caption="response" />);
    const caption = doc.querySelector('.code-block__title');
    expect(caption?.textContent).toBe('Response');
    // Text of the page, not code: no left-to-right override.
    expect(caption?.hasAttribute('dir')).toBe(false);
    expect(doc.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Code: JSON: Response');
  });

  it('renders a labelled copy button and an empty live region', async () => {
    const doc = await render(<CopyableCode code="ls" lang="bash" />);
    const button = doc.querySelector('button');
    expect(button?.getAttribute('type')).toBe('button');
    expect(button?.getAttribute('aria-label')).toBe('Copy code to the clipboard');
    expect(button?.textContent).toBe('Copy');
    expect(doc.querySelector('[role="status"]')?.textContent).toBe('');
  });
});

describe('DocHeader', () => {
  it('shows the section badge, title, description and reading time', async () => {
    const doc = await render(<DocHeader title="Access" description="How to sign in" section="Monitor" readingTime="12 min read" />);
    expect(doc.querySelector('h1')?.textContent).toBe('Access');
    expect(doc.querySelector('.doc-header__badge')?.textContent).toBe('Monitor');
    expect(doc.querySelector('.doc-header__description')?.textContent).toBe('How to sign in');
    expect(doc.querySelector('.doc-header__meta')?.textContent).toBe('12 min read');
  });
});

describe('Heading and DocSection', () => {
  it('links a heading to itself with a localized, named anchor', async () => {
    const doc = await render(<Heading level={3} id="security-model" title="Security model" />);
    const h3 = doc.querySelector('h3#security-model');
    const anchor = h3?.querySelector('a');
    expect(anchor?.getAttribute('href')).toBe('#security-model');
    expect(anchor?.getAttribute('aria-label')).toBe('Link to the section “Security model”');
  });

  it('labels a section by its h2', async () => {
    const doc = await render(
      <DocSection id="https" title="HTTPS">
        <p>Body</p>
      </DocSection>,
    );
    const section = doc.querySelector('section');
    expect(section?.getAttribute('aria-labelledby')).toBe('https');
    expect(section?.querySelector('h2#https')?.textContent).toContain('HTTPS');
  });
});

describe('DocTable', () => {
  it('has column headers, row headers and a focusable scroll region', async () => {
    const doc = await render(<DocTable label="Fields" headers={['Field', 'Notes']} rows={[['Username', 'Required'], ['Avatar', 'Optional']]} />);
    const region = doc.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Fields');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect([...doc.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).toEqual(['Field', 'Notes']);
    expect([...doc.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).toEqual(['Username', 'Avatar']);
    expect(doc.querySelectorAll('tbody td')).toHaveLength(2);
  });
});

describe('Figure', () => {
  it('renders the image with its size, alt text and caption', async () => {
    const doc = await render(<Figure src="/figures/x.svg" width={800} height={500} alt="A dialog" caption="The caption" />);
    const img = doc.querySelector('figure img');
    expect(img?.getAttribute('alt')).toBe('A dialog');
    expect(img?.getAttribute('width')).toBe('800');
    expect(img?.getAttribute('height')).toBe('500');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(doc.querySelector('figcaption')?.textContent).toBe('The caption');
  });
});

describe('SmartLink', () => {
  it('opens external links in a new tab, safely, and says so', async () => {
    const doc = await render(
      <SmartLink href="https://tailscale.com/" external newTabLabel="(opens in a new tab)">
        Tailscale
      </SmartLink>,
    );
    const a = doc.querySelector('a');
    expect(a?.getAttribute('target')).toBe('_blank');
    expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    // The icon is drawn by the stylesheet for a.external; the hint is spoken.
    expect(a?.classList.contains('external')).toBe(true);
    expect(a?.querySelector('.sr-only')?.textContent).toBe(' (opens in a new tab)');
  });

  it('keeps internal links plain', async () => {
    const doc = await render(
      <SmartLink href="/es/docs" newTabLabel="(se abre en una pestaña nueva)">
        Docs
      </SmartLink>,
    );
    const a = doc.querySelector('a');
    expect(a?.hasAttribute('target')).toBe(false);
    expect(a?.textContent).toBe('Docs');
  });
});

describe('server components in another language', () => {
  it('render in the locale they are asked for', async () => {
    const { setRequestLocale } = await import('next-intl/server');
    const { NotFoundView } = await import('@/components/site/NotFoundView');
    const spanish = await render(<NotFoundView locale="es" />);
    expect(spanish.querySelector('h1')?.textContent).toBe('Esta página no existe');
    setRequestLocale('es');
    try {
      const note = await render(<Callout variant="warning">x</Callout>);
      expect(note.querySelector('[role="note"]')?.getAttribute('aria-label')).toBe('Advertencia');
    } finally {
      setRequestLocale('en');
    }
  });
});
