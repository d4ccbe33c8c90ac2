/**
 * Builds the site a second time with a Spanish catalog that lacks a few
 * messages, into .next-fallback/, so the end-to-end tests can check what a
 * reader sees when a translation is incomplete: the notice at the top and
 * the English fragments marked lang="en".
 *
 *   npm run build:fallback   (then Playwright serves it on port 3101)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FALLBACK_FIXTURE } from '../tests/e2e/fallback-fixture';

const dir = path.resolve('.fixtures', 'fallback-messages');
rmSync(dir, { recursive: true, force: true });
cpSync('messages', dir, { recursive: true, filter: (src) => !src.endsWith('.d.json.ts') });

for (const [name, keys] of Object.entries(FALLBACK_FIXTURE.removed)) {
  const file = path.join(dir, 'es', name);
  const catalog = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of keys) {
    const segments = key.split('.');
    const last = segments.pop() ?? '';
    const parent = segments.reduce((node, s) => node[s], catalog);
    delete parent[last];
  }
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`);
}

// The pages render the enhancements' script URLs, from their build.
execFileSync('npx', ['tsx', 'scripts/build-enhancements.ts'], { stdio: 'inherit' });
execFileSync('npx', ['next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, MESSAGES_DIR: dir, NEXT_DIST_DIR: '.next-fallback', NEXT_TELEMETRY_DISABLED: '1' },
});
