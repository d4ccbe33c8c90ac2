/** What the fallback build removes from the Spanish catalogs (see scripts/build-fallback-fixture.ts). */
export const FALLBACK_FIXTURE = {
  port: 3101,
  /** Catalog file → the message keys removed from it. */
  removed: {
    'docs/monitor/access-auth.json': ['intro.body', 'reaching.heading', 'twofa.apps.authy.notes'],
    'common.json': ['site.footerNote'],
  },
} as const;
