/**
 * `npm start`: the Node.js target. Serves the production build in .next/
 * through the front (server/front.ts) with Next.js's documented custom
 * server API. Takes `next start`'s options for where to listen:
 *
 *   node .server/main.mjs [-H|--hostname <address>] [-p|--port <port>]
 *
 * The port defaults to $PORT, then 3000; without -H it listens on every
 * interface. `npm run build` bundles this file to .server/main.mjs
 * (scripts/build-server.ts); `next` itself is loaded from node_modules.
 */
import { pathToFileURL } from 'node:url';
import { createFrontServer } from './front';

export type ListenOptions = { hostname?: string; port: number };

/** Reads `-H`/`--hostname` and `-p`/`--port` (also `--port=3000`), as `next start` does. */
export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = process.env): ListenOptions {
  const options: ListenOptions = { port: Number(env.PORT || 3000) };
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    const value = () => {
      const given = inline ?? argv[++i];
      if (!given) throw new Error(`${flag} needs a value.`);
      return given;
    };
    if (flag === '-H' || flag === '--hostname') options.hostname = value();
    else if (flag === '-p' || flag === '--port') options.port = Number(value());
    else throw new Error(`Unknown option "${argv[i]}": use -H <address> and -p <port>.`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`Not a port: ${options.port}`);
  return options;
}

async function main(): Promise<void> {
  const { hostname, port } = parseArgs(process.argv.slice(2));
  // A production build only; React and Next.js read this when loaded.
  Object.assign(process.env, { NODE_ENV: 'production' });
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createFrontServer((req, res) => handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  const shown = hostname ?? 'localhost';
  process.stdout.write(`Serving the documentation on http://${shown.includes(':') ? `[${shown}]` : shown}:${port}\n`);
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
