/** The messages the fallback build removes from the Spanish guide (see scripts/build-fallback-fixture.ts). */
export const FALLBACK_FIXTURE = {
  file: 'docs/monitor/access-auth.json',
  port: 3101,
  removedKeys: ['intro.body', 'reaching.heading', 'twofa.apps.2.notes'],
} as const;
