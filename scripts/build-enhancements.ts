/**
 * Bundles the browser code in enhancements/ (one small module script per
 * custom element, enhancements/elements.ts) into public/enhancements/, with
 * content-hashed names, so both targets serve the same immutable files:
 * `next start` from public/, the static export from out/. Each script is one
 * self-contained file (a page loads one request per element it uses, no
 * chunks); the search dialog is a script of its own, loaded on first use.
 * The manifest (.enhancements/manifest.json) tells the server components
 * (components/site/Enhancement.tsx), `npm run size` and the static export's
 * post-processing which file is which. Next's client bundling is not
 * involved: pages need no framework runtime for these.
 *
 *   npx tsx scripts/build-enhancements.ts   (npm run build, build:static and dev run it first)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ENHANCEMENTS, ON_DEMAND, type ScriptName } from '../enhancements/elements';
import { ENHANCEMENTS_DIR, ENHANCEMENTS_MANIFEST, ENHANCEMENTS_URL, type EnhancementManifest } from '../lib/enhancements';

/** The browsers the site supports: those with custom elements, module scripts and private class fields. */
export const TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];

export async function buildEnhancements(root: string = process.cwd()): Promise<EnhancementManifest> {
  const outdir = path.join(root, ENHANCEMENTS_DIR);
  rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [...ENHANCEMENTS, ...ON_DEMAND].map((name) => `enhancements/${name}.ts`),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    outdir,
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    // Imports by URL at run time, on purpose: the search dialog, and Pagefind's UI from the index's folder.
    logOverride: { 'unsupported-dynamic-import': 'silent' },
  });
  const url = (file: string) => `${ENHANCEMENTS_URL}${path.relative(outdir, path.resolve(root, file)).split(path.sep).join('/')}`;
  const scripts: Partial<Record<ScriptName, string>> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (output.imports.some((i) => !i.external)) throw new Error(`${file} imports another bundle: every script must stand alone.`);
    const name = path.basename(output.entryPoint ?? '', '.ts') as ScriptName;
    scripts[name] = url(file);
  }
  const missing = [...ENHANCEMENTS, ...ON_DEMAND].filter((name) => !scripts[name]);
  if (missing.length) throw new Error(`No bundle for ${missing.join(', ')}`);
  const manifest = { scripts } as EnhancementManifest;
  const manifestFile = path.join(root, ENHANCEMENTS_MANIFEST);
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = await buildEnhancements();
  console.log(`Enhancements: ${Object.keys(manifest.scripts).length} scripts → ${ENHANCEMENTS_DIR}/`);
}
