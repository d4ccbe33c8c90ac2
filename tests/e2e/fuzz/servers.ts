import { spawn, type ChildProcess } from 'node:child_process';
import { rawRequest } from '../raw-http';
import { NODE_SERVER, OWN_PORTS } from '../../../scripts/lib/ports';

/** The three deployments, started here so that their logs can be read. */
export type FuzzTarget = 'server' | 'proxied' | 'static';

export type Servers = {
  base: Record<FuzzTarget, string>;
  /** Everything a deployment's processes wrote to stdout and stderr so far. */
  log(target: FuzzTarget): string;
  /** Stops one deployment's processes (all of them without an argument). */
  stop(target?: FuzzTarget): void;
};

type Started = { child: ChildProcess; output: string[] };

function start(command: string, args: string[], env: Record<string, string> = {}): Started {
  // Its own process group, so that stop() ends nginx's workers and next-server with it.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
  return { child, output };
}

async function waitFor(base: string, started: Started): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await rawRequest(base, '/en/docs/')).status === 200) return;
    } catch {
      // Not listening yet.
    }
    if (started.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} did not come up:\n${started.output.join('')}`);
}

/**
 * `next start` on loopback, the same server behind deploy/nginx-node.conf
 * with TLS, and the static export behind deploy/nginx.conf, on ports of
 * their own (scripts/lib/ports.ts).
 */
export async function startServers(): Promise<Servers> {
  const ports = OWN_PORTS.fuzz;
  const node = start(NODE_SERVER.command, [...NODE_SERVER.args, '-H', '127.0.0.1', '-p', String(ports.server)]);
  const proxied = start('bash', ['scripts/serve-proxied.sh', String(ports.proxied), String(ports.server)]);
  const exported = start('bash', ['scripts/serve-static.sh', String(ports.static)]);
  const all: Record<FuzzTarget, Started> = { server: node, proxied, static: exported };
  const base: Record<FuzzTarget, string> = {
    server: `http://127.0.0.1:${ports.server}`,
    proxied: `https://127.0.0.1:${ports.proxied}`,
    static: `http://127.0.0.1:${ports.static}`,
  };
  const stop = (target?: FuzzTarget) => {
    for (const [name, { child }] of Object.entries(all)) {
      if ((!target || name === target) && child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    }
  };
  try {
    for (const target of ['server', 'proxied', 'static'] as const) await waitFor(base[target], all[target]);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, log: (target) => all[target].output.join(''), stop: (target) => stop(target) };
}
