/**
 * A worker thread of precompressFiles (lib/build/static-export.ts): for each
 * file path it is sent, writes file.gz (gzip by Zopfli, 15 iterations) and
 * file.br (Brotli 11) next to the file and answers with the three sizes.
 * Plain JavaScript, so that it runs in a worker as it is, without a loader.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

if (!parentPort) throw new Error('lib/build/precompress-worker.mjs runs as a worker thread');
const port = parentPort;

port.on('message', async (/** @type {string} */ file) => {
  const content = readFileSync(file);
  const gz = Buffer.from(await gzipAsync(content, { numiterations: 15 }));
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  port.postMessage({ raw: content.length, gzip: gz.length, brotli: br.length });
});
