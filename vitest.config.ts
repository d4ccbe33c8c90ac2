import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The guard module throws outside React Server Components; tests render
      // server components directly.
      { find: /^server-only$/, replacement: `${root}/tests/unit/support/empty.ts` },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/support/setup.ts'],
    globalSetup: ['tests/unit/support/global-setup.ts'],
    // What next.config.ts (trailingSlash: true) tells next-intl at build time.
    env: { _next_intl_trailing_slash: 'true' },
    restoreMocks: true,
    // Some tests render whole pages or read git history; give them room on a busy two-core machine.
    testTimeout: 20_000,
    // Vitest's default is one worker fewer than the machine has cores: one
    // on a two-core CI machine. The tests wait on child processes (tsx,
    // nginx -t, git) often enough that two keep both cores busy.
    maxWorkers: 2,
    // next-intl imports `next/server` without an extension, which only a
    // bundler resolves; let Vite process it.
    server: { deps: { inline: ['next-intl'] } },
  },
});
