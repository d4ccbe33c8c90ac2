/**
 * Where each deployment is served during the end-to-end tests (and the
 * benchmark). E2E_PORT_BASE moves them all, so that two checkouts on one
 * machine can run their suites side by side.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
if (!Number.isInteger(base) || base < 1024 || base > 60000) throw new Error(`E2E_PORT_BASE must be a port between 1024 and 60000 (got "${process.env.E2E_PORT_BASE}").`);

export const TARGETS = {
  /** The Node.js server (`npm start -- -H 127.0.0.1`, after npm run build). */
  server: base,
  /** nginx with deploy/nginx.conf serving out/ (npm run build:static). */
  static: base + 100,
  /** nginx with deploy/nginx-node.conf and TLS, in front of the server above (its plain-HTTP block on the next port). */
  proxied: base + 300,
} as const;

/** Servers that tests and tools start themselves: one `next start` per binding and the fuzz suite's three (the benchmark's: scripts/bench.ts, + 510 to + 531). */
export const OWN_PORTS = {
  bindings: base + 410,
  fuzz: { server: base + 600, proxied: base + 700, static: base + 800 },
} as const;

/**
 * How the Node.js target is started (`npm start`): Next.js behind the
 * site's front (server/main.ts, bundled by `npm run build`), with
 * `next start`'s -H and -p options.
 */
export const NODE_SERVER = { command: 'node', args: ['.server/main.mjs'] } as const;

export type TargetName = keyof typeof TARGETS;
