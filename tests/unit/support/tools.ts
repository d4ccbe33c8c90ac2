import { execFileSync } from 'node:child_process';
import { describe, it } from 'vitest';

/** Whether a command-line tool is installed (in PATH or /usr/sbin). */
export function hasTool(name: string): boolean {
  for (const candidate of [name, `/usr/sbin/${name}`]) {
    try {
      execFileSync('sh', ['-c', `command -v "$0"`, candidate], { stdio: 'ignore' });
      return true;
    } catch {
      // Not this one.
    }
  }
  return false;
}

/**
 * A test that needs Debian tools (nginx, caddy, …). On a developer machine
 * without them it is skipped, and its name says why; in CI (CI is set,
 * `npm run test:all` installs them) it always runs, so a missing tool fails.
 */
export function itWithTools(tools: string[], name: string, fn: () => void | Promise<void>, timeout?: number): void {
  const missing = process.env.CI ? [] : tools.filter((t) => !hasTool(t));
  if (missing.length) {
    it.skip(`${name} (skipped: ${missing.join(', ')} not installed; scripts/install-test-tools.sh installs it, and CI requires it)`, fn);
  } else {
    it(name, fn, timeout);
  }
}

/** A group of tests that all need the given tools; skipped (saying why) only outside CI. */
export function describeWithTools(tools: string[], name: string, fn: () => void): void {
  const missing = process.env.CI ? [] : tools.filter((t) => !hasTool(t));
  if (missing.length) {
    describe.skip(`${name} (skipped: ${missing.join(', ')} not installed; scripts/install-test-tools.sh installs it, and CI requires it)`, fn);
  } else {
    describe(name, fn);
  }
}
