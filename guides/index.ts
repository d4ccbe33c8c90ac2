import 'server-only';

/** The guides' documents, for server code: see registry.ts. */
export * from './registry';
