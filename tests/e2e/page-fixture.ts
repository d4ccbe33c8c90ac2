import { FIXTURE_PORTS } from './targets';

/** The build with one page added through the registry (scripts/build-page-fixture.ts). */
export const PAGE_FIXTURE = {
  port: FIXTURE_PORTS.pageFixture,
  /** Where the copy of the project with the added page is built. */
  dir: '.fixtures/new-page',
  /** The files that add the page (route folder and catalogs), and the registry entry. */
  source: 'tests/fixtures/new-page',
  page: { id: 'fixtureGuide', path: '/docs/monitor/fixture-guide', card: 'fixture-guide', catalog: 'docs/monitor/fixture-guide' },
} as const;
