// @vitest-environment jsdom
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderServer, toDocument } from './support/render';

describe('probe', () => {
  it('renders the whole guide route', async () => {
    const { default: GuideRoute } = await import('@/app/[locale]/docs/[...slug]/page');
    const html = await renderServer(await GuideRoute({ params: Promise.resolve({ locale: 'es', slug: ['monitor', 'access-auth'] }) } as never));
    const doc = toDocument(html);
    console.log(html.length, doc.querySelector('h1')?.textContent, doc.querySelectorAll('[lang="en"]').length);
  });
});
