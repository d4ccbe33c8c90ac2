/** Where each deployment is served during the end-to-end tests (and the benchmark). */
export const TARGETS = {
  /** `next start -H 127.0.0.1` (npm run build). */
  server: 3100,
  /** nginx with deploy/nginx.conf serving out/ (npm run build:static). */
  static: 3200,
  /** nginx with deploy/nginx-node.conf and TLS, in front of the server above. */
  proxied: 3400,
} as const;

export type TargetName = keyof typeof TARGETS;
