/**
 * Stores the content-hashed assets of the server build (.next/static/, the
 * files Next.js serves at /_next/static/) pre-compressed next to
 * themselves, as .br (Brotli 11) and .gz (gzip, by Zopfli). Next.js itself only
 * gzips, on the fly; behind deploy/nginx-node.conf, nginx serves
 * /_next/static/ straight from this folder with brotli_static and
 * gzip_static. Run by `npm run build`, after `next build`.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../lib/build/build-output';
import { COMPRESSED_EXTENSIONS, precompressFiles } from '../lib/build/static-export';

const root = path.join(distDir(), 'static');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const text = files(root).filter((file) => (COMPRESSED_EXTENSIONS as readonly string[]).includes(path.extname(file)));
const { raw, brotli } = await precompressFiles(text);
console.log(`Pre-compressed ${text.length} files in ${root}/: ${(raw / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB Brotli.`);
