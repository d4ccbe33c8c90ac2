import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ScriptName } from '@/enhancements/elements';

/** Where the bundles are served from, and written to (in public/, so both targets serve them). */
export const ENHANCEMENTS_URL = '/enhancements/';
export const ENHANCEMENTS_DIR = path.join('public', 'enhancements');
/** What scripts/build-enhancements.ts built: which file holds each element's script. Not served. */
export const ENHANCEMENTS_MANIFEST = path.join('.enhancements', 'manifest.json');

export type EnhancementManifest = {
  /** Each script's URL, /enhancements/<name>-<hash>.js; every script is a single self-contained file. */
  scripts: Record<ScriptName, string>;
};

/** The manifest of the last enhancement build; fails with what to run when there is none. */
export function readEnhancementManifest(root: string = process.cwd()): EnhancementManifest {
  const file = path.join(/* turbopackIgnore: true */ root, ENHANCEMENTS_MANIFEST);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as EnhancementManifest;
  } catch (error) {
    throw new Error(`No enhancement bundles (${ENHANCEMENTS_MANIFEST}): run \`npx tsx scripts/build-enhancements.ts\` (npm run build does). ${(error as Error).message}`);
  }
}
