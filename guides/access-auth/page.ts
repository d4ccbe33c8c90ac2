import { page, type Catalog } from '@/lib/page-entry';
import type en from '@/messages/en/docs/monitor/access-auth.json';

/** The Access & Authentication guide's registry entry (lib/pages.ts lists it). */
export const accessAuth = page<Catalog<typeof en>>()({
  id: 'accessAuth',
  path: '/docs/monitor/access-auth',
  catalog: 'docs/monitor/access-auth',
  kind: 'guide',
  section: 'monitor',
  sources: ['guides/access-auth', 'public/figures/monitor'],
  monitorVersion: '1.2.4',
});
