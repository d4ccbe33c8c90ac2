import type { AnyDocument } from '@/lib/document/model';
import type { Page } from '@/lib/pages';
import { document as accessAuth } from './access-auth/document';
import { document as integrations } from './integrations/document';

/** Every guide of the registry (lib/pages.ts, kind 'guide'), by id, with its document. */
export const DOCUMENTS = { accessAuth, integrations } as const satisfies Record<Extract<Page, { kind: 'guide' }>['id'], AnyDocument>;

export type GuideId = keyof typeof DOCUMENTS;
