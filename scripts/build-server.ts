/**
 * Bundles the Node.js target's front (server/main.ts and what it imports
 * from lib/) into .server/main.mjs, which `npm start` runs with plain
 * Node.js. Packages (Next.js) stay imports, loaded from node_modules.
 *
 *   npx tsx scripts/build-server.ts   (npm run build runs it first)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const SERVER_ENTRY = '.server/main.mjs';

export async function buildServer(root: string = process.cwd()): Promise<void> {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['server/main.ts'],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: path.join(root, SERVER_ENTRY),
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildServer();
}
