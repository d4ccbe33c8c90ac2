import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { NODE_SERVER } from './ports';

/** A free TCP port on loopback, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls a URL until it answers with one of the statuses (redirects not followed), or fails after `attempts` × 200 ms. */
export async function waitFor(url: string, statuses: readonly number[] = [200], attempts = 150): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.body?.cancel();
      if (statuses.includes(response.status)) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up.`);
}

/**
 * Starts the Node.js server (`npm start`: Next.js behind server/front.ts)
 * on the server build in .next/, bound to loopback on a free port, and resolves once it answers `readyPath` with 200; rejects if
 * it exits first (no server build) or never answers.
 */
export async function startNext(readyPath = '/en/docs/'): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(NODE_SERVER.command, [...NODE_SERVER.args, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`The Node.js server exited (${code}): is there a server build in .next/ and .server/ (npm run build)?`))));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitFor(origin + readyPath), exited]);
  } catch (error) {
    child.kill();
    throw error;
  }
  exited.catch(() => undefined);
  return { origin, stop: () => child.kill() };
}

/**
 * Runs `next start` (startNext), hands its origin to `body`, and stops it
 * afterwards: how a build step reads the pages as next start serves them,
 * rather than from the build folder's internal layout.
 */
export async function withNextStart<T>(body: (origin: string) => Promise<T>, readyPath = '/en/docs/'): Promise<T> {
  const server = await startNext(readyPath);
  try {
    return await body(server.origin);
  } finally {
    server.stop();
  }
}
