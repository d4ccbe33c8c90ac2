import { page, type Catalog } from '@/lib/page-entry';
import type en from '@/messages/en/docs/monitor/integrations.json';

/** The Integrations guide's registry entry (lib/pages.ts lists it). */
export const integrations = page<Catalog<typeof en>>()({
  id: 'integrations',
  path: '/docs/monitor/integrations',
  catalog: 'docs/monitor/integrations',
  kind: 'guide',
  section: 'monitor',
  sources: ['guides/integrations'],
  monitorVersion: '1.2.4',
});
