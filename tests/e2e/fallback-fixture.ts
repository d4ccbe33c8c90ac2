import { FIXTURE_PORTS } from './targets';

/** What the fallback build removes from the Spanish catalogs (see scripts/build-fallback-fixture.ts). */
export const FALLBACK_FIXTURE = {
  port: FIXTURE_PORTS.fallback,
  /** Catalog file → the message keys removed from it. */
  removed: {
    'docs/monitor/access-auth.json': ['intro.body', 'reaching.heading', 'twofa.apps.authy.notes'],
    'common.json': ['site.footerNote'],
  },
} as const;
